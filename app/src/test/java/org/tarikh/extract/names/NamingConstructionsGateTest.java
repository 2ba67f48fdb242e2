package org.tarikh.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The cheap test before the search for a place or namesake word before a name lets through every stretch it matches
 * in; the test of the first letters after a name answers as the patterns after it.
 */
class NamingConstructionsGateTest {

    private static int matched;

    private static void gateLetsThroughEveryMatch(String text) {
        for (int start = 0; start <= text.length(); start++) {
            for (int from = Math.max(0, start - 40); from <= start; from++) {
                if (NamingConstructions.searchedBefore(text, from, start)) {
                    matched++;
                    assertThat(NamingConstructions.mayHoldBeforeWord(text, from, start)).as("%s [%d, %d)", text, from, start)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void onTheConstructions() {
        matched = 0;
        for (String t : List.of("институт имени Абая", "школа им. Абая", "имени покойного Абая", "a school named after Abai",
                "in honour of Abai", "the town of Turkestan", "улица Абая", "ул. Байтурсынова", "город Мирзоян",
                "г. Киров", "село Ашан", "пос. Ашан", "станция Луговая", "ПРОСПЕКТ Абая", "ИМЕНИ Абая")) {
            gateLetsThroughEveryMatch(t);
            gateLetsThroughEveryMatch(t.toUpperCase(Locale.ROOT));
        }
        assertThat(matched).isGreaterThan(20); // the comparison saw matches
        assertThat(NamingConstructions.mayHoldBeforeWord("Ақын Сәкен", 0, 5)).isFalse();
    }

    private static final List<String> PIECES = List.of("имени", "ИМ.", "им", ".", " ", "\n", "покойного ", "named",
            "after", "in", "honor", "honour", "of", "town", "улица", "ул", "г", "2 ", "город", "село", "аул", "пос",
            "станция", "Абая", "x", "\u00a0", "İ", "ſ", "\u2003", "\u0085");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(10).map(l -> String.join(" ", l));
    }

    @Property(tries = 500)
    void onRandomTexts(@ForAll("texts") String text) {
        gateLetsThroughEveryMatch(text);
    }

    @Test
    void whiteSpaceIsWhatTheUnicodePatternsTakeForIt() {
        java.util.regex.Pattern space = java.util.regex.Pattern.compile("(?U)\\s");
        for (char c = 0; c < 0xFFFF; c++) {
            assertThat(NamingConstructions.whiteSpace(c)).as("%04x", (int) c)
                    .isEqualTo(space.matcher(String.valueOf(c)).matches());
        }
    }

    @Test
    void foldsEveryCharAsThePatternFolds() {
        for (char c = 0; c < 0x3000; c++) {
            assertThat(NamingConstructions.foldChar(c)).as("%04x", (int) c)
                    .isEqualTo((char) Character.toLowerCase(Character.toUpperCase(c)));
        }
    }

    private static int namesakes;

    private static void beforeAnswersAsTheWholeSearch(String text) {
        for (int start = 0; start <= text.length(); start++) {
            boolean scanned = NamingConstructions.namesakeBeforeScanned(text, start);
            if (scanned) namesakes++;
            assertThat(NamingConstructions.namesakeBefore(text, start)).as("%s at %d", text, start).isEqualTo(scanned);
        }
    }

    @Test
    void beforeANameOnTheConstructionsAndTheGoldenTexts() throws java.io.IOException {
        namesakes = 0;
        for (String t : List.of("институт имени покойного Абая", "a school named after Abai", "in honour of  Abai",
                "the town of Turkestan", "ул. Байтурсынова", "1937 г. Киров", "1937 г.Киров", "в г. Киров",
                "жылы  Ашан", "xимени Абая", "имени покойного \u00a0 \u2003 \u00a0 ", "a school named\u00a0after Abai", "an honour of\tAbai")) {
            beforeAnswersAsTheWholeSearch(t);
            beforeAnswersAsTheWholeSearch(t.toUpperCase(Locale.ROOT));
            beforeAnswersAsTheWholeSearch("Некий текст, длиной больше сорока знаков: " + t);
        }
        for (String language : List.of("kk", "ru", "en")) {
            beforeAnswersAsTheWholeSearch(new String(NamingConstructionsGateTest.class.getResourceAsStream(
                    "/events/" + language + ".txt").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(namesakes).isGreaterThan(30); // the comparison saw constructions
    }

    @Property(tries = 3000)
    void beforeANameOnRandomTexts(@ForAll("texts") String text) {
        beforeAnswersAsTheWholeSearch(text);
    }

    private static int tails;

    private static void afterAnswersAsThePatterns(String text) {
        for (int end = 0; end <= text.length(); end++) {
            NamingConstructions.Tail scanned = NamingConstructions.afterScanned(text, end);
            if (scanned != NamingConstructions.Tail.NONE) tails++;
            assertThat(NamingConstructions.after(text, end)).as("%s at %d", text, end).isEqualTo(scanned);
            int to = Math.min(text.length(), end + 60);
            assertThat(NamingConstructions.leadEnd(text, end, to)).as("%s at %d", text, end)
                    .isEqualTo(NamingConstructions.leadEndScanned(text, end, to));
        }
    }

    @Test
    void afterANameOnTheConstructionsAndTheGoldenTexts() throws java.io.IOException {
        tails = 0;
        for (String t : List.of("Абай көшесі", "Жүргенов ауылы", "Lenin Street", "Romanov Family", "Abai (Kunanbaev) street",
                "Kirov uezd", "Kirov uiezd", "Kirov yezd", "Ашан селу", "Абай атындағы театр", "Абай көш. 5", "Mountain",
                "Абай) ауданы", "Kazybek MOUNTAINS", "Абай, ауылы", "Абай сел", "x s", "x Ѕchool")) {
            afterAnswersAsThePatterns(t);
            afterAnswersAsThePatterns(t.toUpperCase(Locale.ROOT));
        }
        for (String language : List.of("kk", "ru", "en")) {
            afterAnswersAsThePatterns(new String(NamingConstructionsGateTest.class.getResourceAsStream(
                    "/events/" + language + ".txt").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(tails).isGreaterThan(30); // the comparison saw nouns after names
    }

    private static final List<String> TAIL_PIECES = List.of("Абай", " ", "  ", ")", "(", "(Ибрагим)", "\n", "\u00a0",
            "\u2003", "көшесі", "көш.", "ауылы", "street", "STREET", "uezd", "uyezd", "yezd", "сел", "село", "селу",
            "mountain", "mountains", "ſtreet", "İnstitute", "музея", "лагерь", ",", "x", "атындағы");

    @Provide
    Arbitrary<String> tailTexts() {
        return Arbitraries.of(TAIL_PIECES).list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void afterANameOnRandomTexts(@ForAll("tailTexts") String text) {
        afterAnswersAsThePatterns(text);
    }
}
