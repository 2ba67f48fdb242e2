package org.tarikh.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.tarikh.text.SentenceSplitter;

/**
 * The shortcuts the extractor takes per sentence give what the work they replace gives: the card-line gate lets
 * through every sentence {@code CARD_LINE} matches in, and the walk over sorted spans picks the spans the filter
 * over the whole list picks, in the same order.
 */
class SentenceShortcutsTest {

    private static List<String> golden() throws IOException {
        List<String> out = new ArrayList<>();
        for (String language : List.of("en", "ru", "kk")) {
            String file = new String(SentenceShortcutsTest.class.getResourceAsStream("/events/" + language + ".txt")
                    .readAllBytes(), StandardCharsets.UTF_8);
            for (String line : file.split("\n")) {
                if (!line.startsWith("T: ")) continue;
                String text = line.substring(3).replaceAll("</?p(?::[^>]*)?>", "");
                out.add(text);
                out.add(text.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static void gateLetsThroughEveryCardLine(String sentence) {
        if (EventExtractor.CARD_LINE.matcher(sentence).find()) {
            assertThat(EventExtractor.hasCardYear(sentence)).as(sentence).isTrue();
        }
    }

    @Test
    void cardLineGateOnTheGoldenTexts() throws IOException {
        int cards = 0;
        for (String text : golden()) {
            for (SentenceSplitter.Sentence s : new SentenceSplitter().split(text)) {
                String sentence = text.substring(s.start(), s.end());
                gateLetsThroughEveryCardLine(sentence);
                cards += EventExtractor.CARD_LINE.matcher(sentence).find() ? 1 : 0;
            }
        }
        assertThat(cards).isGreaterThan(0); // the check saw card lines
    }

    @Test
    void cardLineGateRefusesYearsWithoutADash() {
        assertThat(EventExtractor.hasCardYear("В 1937 году арестован.")).isFalse();
        assertThat(EventExtractor.hasCardYear("1920-1921-инструктор губисполкома")).isTrue();
        assertThat(EventExtractor.hasCardYear("1925 \t– секретарь")).isTrue();
    }

    private static final List<String> CARD_PIECES = List.of("1920", "1921", "1899", "2001", "-", "–", "—", " ", "  ",
            "\t", "\n", ". ", "; ", ": ", "* ", "с ", "в ", "инструктор ", "зав. ", "Секретарь ", "жылы ", "е годы ",
            ", затем ", ", одновременно ", "x");

    @Provide
    Arbitrary<String> cardTexts() {
        return Arbitraries.of(CARD_PIECES).list().ofMaxSize(16).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void cardLineGateOnRandomTexts(@ForAll("cardTexts") String text) {
        gateLetsThroughEveryCardLine(text);
    }

    @Provide
    Arbitrary<List<int[]>> spans() {
        Arbitrary<int[]> span = Combinators.combine(Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(1, 8)).as((start, length) -> new int[] {start, start + length});
        return span.list().ofMaxSize(12);
    }

    @Property(tries = 1000)
    void walkOverSortedSpansIsTheFilter(@ForAll("spans") List<int[]> given, @ForAll("spans") List<int[]> cuts) {
        List<PersonSpan> sorted = given.stream().map(a -> new PersonSpan("p" + a[0] + "-" + a[1], a[0], a[1]))
                .sorted(Comparator.comparingInt(PersonSpan::start)).toList();
        // sentences in text order, as the splitter gives them
        List<SentenceSplitter.Sentence> sentences = cuts.stream().map(a -> new SentenceSplitter.Sentence(a[0], a[1]))
                .sorted(Comparator.comparingInt(SentenceSplitter.Sentence::start)).toList();
        int from = 0;
        for (SentenceSplitter.Sentence s : sentences) {
            while (from < sorted.size() && sorted.get(from).start() < s.start()) from++;
            List<PersonSpan> filtered = sorted.stream().filter(p -> p.start() >= s.start() && p.end() <= s.end())
                    .toList();
            assertThat(EventExtractor.within(sorted, from, s, PersonSpan::start, PersonSpan::end)).isEqualTo(filtered);
        }
    }
}
