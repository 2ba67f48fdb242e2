package org.tarikh.extract.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TransliterationTest {
    private final Transliteration latin = new Transliteration();

    @Test
    void writesKazakhNamesInPlainLatinWithCapitalsKept() {
        assertThat(latin.token("Сәкен", "kk")).isEqualTo("Saken");
        assertThat(latin.token("Жүсіпбек", "kk")).isEqualTo("Zhusipbek");
    }

    @Test
    void writesRussianNamesWithoutSoftSignMarks() {
        assertThat(latin.token("Голощёкин", "ru")).isEqualTo("Goloshchekin");
        assertThat(latin.token("Гольдман", "ru")).isEqualTo("Goldman");
    }

    @Test
    void keepsTokensAndSpansOfASample() {
        NameSample sample = new NameSample(new String[] {"Арестован", "Турар", "Рыскулов", "."},
                new Span[] {new Span(1, 3, "person")}, true);
        NameSample copy = latin.sample(sample, "ru");
        assertThat(copy.getSentence()).containsExactly("Arestovan", "Turar", "Ryskulov", ".");
        assertThat(copy.getNames()).containsExactly(new Span(1, 3, "person"));
    }
}
