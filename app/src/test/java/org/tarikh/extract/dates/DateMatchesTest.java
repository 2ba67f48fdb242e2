package org.tarikh.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Trying a date pattern only where its first character can stand finds exactly what scanning every position finds:
 * every pattern of the parser, on the golden sentences of dates and events (as written, upper- and lower-cased), in
 * zones and in the whole text, and on random texts.
 */
class DateMatchesTest {
    private static List<Pattern> patterns() throws IllegalAccessException {
        List<Pattern> out = new ArrayList<>();
        for (Field f : DateParser.class.getDeclaredFields()) {
            if (f.getType() == Pattern.class && Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                out.add((Pattern) f.get(null));
            }
        }
        return out;
    }

    private static List<String> golden() throws IOException {
        List<String> out = new ArrayList<>();
        for (String file : List.of("/dates/en.tsv", "/dates/ru.tsv", "/dates/kk.tsv", "/events/en.txt", "/events/ru.txt",
                "/events/kk.txt")) {
            String text = new String(DateMatchesTest.class.getResourceAsStream(file).readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String sentence = line.startsWith("T: ") ? line.substring(3) : line.split("\t")[0];
                out.add(sentence);
                out.add(sentence.toUpperCase(Locale.ROOT));
                out.add(sentence.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static List<String> described(List<MatchResult> matches) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : matches) {
            StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) b.append(',').append(m.start(g)).append(':').append(m.end(g));
            out.add(b.toString());
        }
        return out;
    }

    private static void same(List<Pattern> patterns, String text, int[] zones) {
        for (Pattern p : patterns) {
            assertThat(described(DateParser.matches(p, text, zones)))
                    .as("%s in %s", p.pattern(), text).isEqualTo(described(DateParser.scan(p, text, zones)));
        }
    }

    @Test
    void sameMatchesOnTheGoldenSentences() throws Exception {
        List<Pattern> patterns = patterns();
        assertThat(patterns).hasSizeGreaterThan(20);
        List<String> sentences = golden();
        assertThat(sentences).hasSizeGreaterThan(1000);
        int found = 0;
        for (String s : sentences) {
            same(patterns, s, new int[] {0, s.length()});
            if (s.length() > 20) same(patterns, s, new int[] {3, s.length() / 2, s.length() / 2 + 5, s.length() - 2});
            found += DateParser.matches(patterns.get(0), s, new int[] {0, s.length()}).size();
        }
        assertThat(found).isGreaterThan(0); // the comparison saw matches, not only empty lists
    }

    @Test
    void mostCharactersBeginNoMatchOfADayOrYearPattern() throws Exception {
        // a filter that let every character through would pass the comparisons and save nothing
        Field f = DateParser.class.getDeclaredField("SINGLE_YEAR");
        f.setAccessible(true);
        boolean[] first = DateParser.firstChars((Pattern) f.get(null));
        assertThat(first['1']).isTrue();
        assertThat(first['2']).isTrue();
        assertThat(first['a']).isFalse();
        assertThat(first['ж']).isFalse();
        assertThat(first[' ']).isFalse();
    }

    @Test
    void theGateLooksAtTheCharactersBeforeAndAfter() throws Exception {
        DateParser.Gate year = DateParser.gate(pattern("SINGLE_YEAR"));
        assertThat(year.mayBegin(" 1937", 1, 5)).isTrue();
        assertThat(year.mayBegin("x1937", 1, 5)).isFalse(); // a letter before: (?<![\\p{L}\\d])
        assertThat(year.mayBegin("21937", 1, 5)).isFalse(); // a digit before
        assertThat(year.mayBegin(" 1a37", 1, 5)).isFalse(); // no year begins with 1a
        assertThat(year.mayBegin(" 1", 1, 2)).isTrue(); // nothing after it inside the region: let through
        DateParser.Gate month = DateParser.gate(pattern("MONTH_YEAR"));
        assertThat(month.mayBegin("в марте 1938", 2, 12)).isTrue();
        assertThat(month.mayBegin("смарт 1938", 1, 10)).isFalse(); // inside a word
        assertThat(month.mayBegin("в мсте 1938", 2, 11)).isFalse(); // no month word begins with мс
    }

    private static Pattern pattern(String name) throws Exception {
        Field f = DateParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }

    /** The qualifier look-backs are searched only where their precondition holds: never where they would match. */
    private static void preconditionsHold(String text) throws Exception {
        Pattern position = pattern("POSITION_BEFORE");
        Pattern approx = pattern("APPROX_BEFORE");
        for (int at = 0; at <= text.length(); at++) {
            int from = Math.max(0, at - 48);
            if (position.matcher(text).region(from, at).useTransparentBounds(true).find()) {
                assertThat(DateParser.mayEndPositionWord(text, from, at)).as("%s at %d", text, at).isTrue();
            }
            if (approx.matcher(text).region(from, at).useTransparentBounds(true).find()) {
                assertThat(DateParser.mayEndApproxWord(text, from, at)).as("%s at %d", text, at).isTrue();
            }
        }
    }

    @Test
    void qualifierPreconditionsOnTheGoldenSentences() throws Exception {
        for (String s : golden()) preconditionsHold(s);
        // and they do refuse: a plain preposition before a year is neither a position nor an approximation
        assertThat(DateParser.mayEndPositionWord("arrested in 1937", 0, 12)).isFalse();
        assertThat(DateParser.mayEndApproxWord("arrested in 1937", 0, 12)).isFalse();
        assertThat(DateParser.mayEndPositionWord("at the END OF 1937", 0, 14)).isTrue();
        assertThat(DateParser.mayEndApproxWord("около 1937", 0, 6)).isTrue();
    }

    private static final List<String> QUALIFIER_PIECES = List.of("early ", "EARLY", "mid-", "mid ", "late ",
            "end of ", "End Of the ", "beginning of ", "first half of ", "начале ", "КОНЦЕ ", "конец ", "середины ",
            "первой половины ", "c.", "ca. ", "Ca.", "circa ", "approx. ", "around ", "около ", "ок. ", "примерно в ",
            "шамамен ", "в ", " ", "  ", "-", "\n", "1937", "x", "the ", "of", "his ");

    @Provide
    Arbitrary<String> qualifierTexts() {
        return Arbitraries.of(QUALIFIER_PIECES).list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void qualifierPreconditionsOnRandomTexts(@ForAll("qualifierTexts") String text) throws Exception {
        preconditionsHold(text);
    }

    private static final List<String> PIECES = List.of("1937", "1938 ", "20", "-", "–", " ", ", ", ".", "г.", "года ",
            "жылы ", "жылғы ", "ж. ", "26 ", "февраля ", "February ", "Feb. ", "ақпанда ", "ақпанның ", "наурыз ",
            "May ", "мая ", "мамыр ", "qazan ", "spring ", "весной ", "көктемде ", "20-30-е годы ", "1920s ", "XIX века ",
            "19th century ", "Ф. ", "№", "(", ")", "c. ", "около ", "конец ", "басында ", "between ", "and ", "дейін ",
            "II", ".02.", "1924/25 ", "?", "1 920 000 ", "%", "тонн ", "Сейфуллин ", "x");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(20).map(l -> String.join("", l));
        Arbitrary<String> noise = Arbitraries.strings().withChars("19380 .-–жаFfМмқq(),").ofMaxLength(40);
        return Arbitraries.oneOf(pieces, pieces.map(t -> t.toUpperCase(Locale.ROOT)),
                Combinators.combine(pieces, noise).as(String::concat), Combinators.combine(noise, pieces).as(String::concat));
    }

    @Property(tries = 1000)
    void sameMatchesOnRandomTexts(@ForAll("texts") String text) throws Exception {
        same(patterns(), text, new int[] {0, text.length()});
    }
}
