package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

    @Test
    void tellsKazakhFromRussianByItsLetters() {
        assertThat(LANGUAGES.identify("Ол 1929 жылы тұтқындалып, ату жазасына кесілді.")).isEqualTo("kk");
        assertThat(LANGUAGES.identify("Он был арестован в 1929 году и приговорён к расстрелу.")).isEqualTo("ru");
    }

    @Test
    void namesEnglishGermanAndUkrainian() {
        assertThat(LANGUAGES.identify("He was arrested in 1929 and sentenced to death by the troika."))
                .isEqualTo("en");
        assertThat(LANGUAGES.identify("Er wurde 1941 mit seiner Familie nach Kasachstan deportiert und lebte dort."))
                .isEqualTo("de");
        assertThat(LANGUAGES.identify("Його заарештували у 1937 році, а через рік розстріляли.")).isEqualTo("uk");
    }

    @Test
    void namesKazakhInTheLatinAlphabet() {
        assertThat(LANGUAGES.identify("Qazaqstan Respublikasynyń tarıhy men mádenıeti týraly kitap")).isEqualTo("kk");
    }

    @Test
    void saysUndeterminedForTooShortText() {
        assertThat(LANGUAGES.identify("UF")).isEqualTo("und");
        assertThat(LANGUAGES.identify("")).isEqualTo("und");
        assertThat(LANGUAGES.identify("1929–1933")).isEqualTo("und");
    }
}
