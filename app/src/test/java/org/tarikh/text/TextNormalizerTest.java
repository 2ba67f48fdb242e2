package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private String norm(String text) {
        return normalizer.normalize(text).text();
    }

    @Test
    void replacesLatinLookAlikesInsideCyrillicWords() {
        assertThat(norm("Пapиж")).isEqualTo("Париж");
        assertThat(norm("Kазақстан")).isEqualTo("Казақстан");
        assertThat(norm("кoлxoз")).isEqualTo("колхоз");
        assertThat(norm("ТOBАPИЩ")).isEqualTo("ТОВАРИЩ");
    }

    @Test
    void turnsLatinIIntoKazakhIInsideAndAtTheStartOfCyrillicWords() {
        assertThat(norm("Iс жүргізу")).isEqualTo("Іс жүргізу");
        assertThat(norm("бiлiм")).isEqualTo("білім");
    }

    @Test
    void turnsALatinInitialBeforeACyrillicNameIntoCyrillic() {
        assertThat(norm("I. Жансүгіров")).isEqualTo("І. Жансүгіров");
        assertThat(norm("Б. Майлин, I. Жансүгіров")).isEqualTo("Б. Майлин, І. Жансүгіров");
        assertThat(norm("M. Әуезов")).isEqualTo("М. Әуезов");
    }

    @Test
    void replacesAWordOfLookAlikesBetweenCyrillicWords() {
        assertThat(norm("отец a мать")).isEqualTo("отец а мать");
        assertThat(norm("встреча c другом")).isEqualTo("встреча с другом");
    }

    @Test
    void keepsLatinWordsAndRomanNumerals() {
        assertThat(norm("Semipalatinsk and Alash")).isEqualTo("Semipalatinsk and Alash");
        assertThat(norm("в XX веке, в I веке")).isEqualTo("в XX веке, в I веке");
        assertThat(norm("Qazaqstan Respublikasy")).isEqualTo("Qazaqstan Respublikasy");
        assertThat(norm("Николай II")).isEqualTo("Николай II");
        assertThat(norm("a Tashkentте")).isEqualTo("a Tashkentте");
    }

    @Test
    void joinsWordsHyphenatedAtALineEnd() {
        NormalizedText n = normalizer.normalize("в Семипала-\nтинск уезде");
        assertThat(n.text()).isEqualTo("в Семипалатинск уезде");
        Span city = new Span(2, 2 + "Семипалатинск".length());
        assertThat(n.offsets().toOriginal(city)).isEqualTo(new Span(2, 2 + "Семипала-\nтинск".length()));
    }

    @Test
    void keepsAHyphenAtALineEndBeforeACapital() {
        assertThat(norm("Алма-\nАта")).isEqualTo("Алма-\nАта");
    }

    @Test
    void removesSoftHyphensAndJoinsThemAtALineEnd() {
        assertThat(norm("Семи\u00ADпалатинск")).isEqualTo("Семипалатинск");
        assertThat(norm("Семипала\u00AD\nтинск")).isEqualTo("Семипалатинск");
    }

    @Test
    void turnsOddSpacesIntoSpacesAndLineEndsIntoLf() {
        assertThat(norm("1930\u00A0ж.\u2009бастап\r\nкейін\rсодан")).isEqualTo("1930 ж. бастап\nкейін\nсодан");
    }

    @Test
    void keepsYo() {
        assertThat(norm("Голощёкин")).isEqualTo("Голощёкин");
    }

    @Test
    void composesDecomposedLettersAndMapsThemBack() {
        String original = "Голощ\u0435\u0308кин и Й";
        NormalizedText n = normalizer.normalize(original);
        assertThat(n.text()).isEqualTo("Голощёкин и Й");
        int afterYo = "Голощё".length();
        assertThat(n.offsets().toOriginal(afterYo)).isEqualTo("Голощ\u0435\u0308".length());
        assertThat(n.offsets().toOriginal(n.text().length())).isEqualTo(original.length());
    }

    @Test
    void mapsEveryOffsetBackMonotonically() {
        String original = "\uFEFFҚазақ\u00A0тілі\r\nI. Жансүгіров Семипала-\n  тинск";
        NormalizedText n = normalizer.normalize(original);
        int previous = 0;
        for (int i = 0; i <= n.text().length(); i++) {
            int o = n.offsets().toOriginal(i);
            assertThat(o).isBetween(previous, original.length());
            previous = o;
        }
        assertThat(n.offsets().toNormalized(original.indexOf("Жансүгіров"))).isEqualTo(n.text().indexOf("Жансүгіров"));
    }

    @Test
    void leavesACleanTextAloneWithAnIdentityMap() {
        NormalizedText n = normalizer.normalize("A clean text.\n\nТаза мәтін.");
        assertThat(n.offsets().isIdentity()).isTrue();
    }
}
