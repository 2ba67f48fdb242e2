package org.tarikh.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tarikh.extract.names.PersonFinder;
import org.tarikh.extract.names.ner.PersonNameFinder;
import org.tarikh.extract.names.ner.Token;
import org.tarikh.extract.names.ner.Tokens;
import org.tarikh.text.SentenceSplitter;

/**
 * The name finder read only at the sentences asked about answers as reading each sentence after the two before it:
 * on the golden texts of every language, for stretches asked in text order and in random order, and after another
 * document was left half read on the same thread; and it finds what reading the whole text finds in most sentences.
 */
class StatisticalSpansTest {
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();

    private static String golden(String language) throws IOException {
        String file = new String(StatisticalSpansTest.class.getResourceAsStream("/events/" + language + ".txt")
                .readAllBytes(), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (String line : file.split("\n")) {
            if (line.startsWith("T: ")) text.append(line.substring(3).replaceAll("</?p(?::[^>]*)?>", "")).append('\n');
        }
        return text.toString();
    }

    /** The spans of the whole text, each sentence read after the two before it. */
    private static List<int[]> windowed(String text, String language) {
        PersonNameFinder finder = PersonNameFinder.load(language);
        List<List<Token>> sentences = sentences(text);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<String[]> window = sentences.subList(Math.max(0, i - 2), i + 1).stream().map(Tokens::texts).toList();
            List<List<opennlp.tools.util.Span>> found = finder.findInDocument(window);
            spans.addAll(offsets(sentences.get(i), found.get(found.size() - 1)));
        }
        return spans;
    }

    /** The spans of the whole text, read at once. */
    private static List<int[]> whole(String text, String language) {
        List<List<Token>> sentences = sentences(text);
        List<List<opennlp.tools.util.Span>> found = PersonNameFinder.load(language)
                .findInDocument(sentences.stream().map(Tokens::texts).toList());
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) spans.addAll(offsets(sentences.get(i), found.get(i)));
        return spans;
    }

    private static List<List<Token>> sentences(String text) {
        return SENTENCES.group(text, Tokens.tokenize(text), Token::start).stream().filter(s -> !s.isEmpty()).toList();
    }

    private static List<int[]> offsets(List<Token> sentence, List<opennlp.tools.util.Span> found) {
        return found.stream()
                .map(s -> new int[] {sentence.get(s.getStart()).start(), sentence.get(s.getEnd() - 1).end()})
                .toList();
    }

    private static boolean overlapsAny(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s[0] < end && start < s[1]);
    }

    @Test
    void answersAsEachSentenceReadAfterTheTwoBeforeIt() throws IOException {
        Random random = new Random(12);
        int yes = 0, no = 0;
        for (String language : List.of("kk", "ru", "en")) {
            String text = golden(language);
            List<int[]> expected = windowed(text, language);
            assertThat(expected).as(language).hasSizeGreaterThan(10);
            // two sentences of context find nearly what the whole document read before them finds
            List<int[]> all = whole(text, language);
            long same = expected.stream().filter(e -> all.stream().anyMatch(a -> a[0] == e[0] && a[1] == e[1])).count();
            // (measured: kk and ru above 0.9, en 0.89; the English model learnt from transliterations is the least sure)
            assertThat((double) same / Math.max(expected.size(), all.size())).as(language).isGreaterThan(0.85);
            // in text order, as PersonFinder mostly asks
            PersonFinder.StatisticalSpans ordered = DocumentExtractor.statisticalPersons(text, language);
            for (int at = 0; at < text.length(); at += 1 + random.nextInt(40)) {
                int end = Math.min(text.length(), at + 1 + random.nextInt(30));
                boolean want = overlapsAny(expected, at, end);
                assertThat(ordered.overlaps(at, end)).as("%s [%d, %d)", language, at, end).isEqualTo(want);
                if (want) yes++; else no++;
            }
            // in random order, after another text was left half read on this thread
            DocumentExtractor.statisticalPersons(golden("kk"), "kk").overlaps(0, 200);
            PersonFinder.StatisticalSpans shuffled = DocumentExtractor.statisticalPersons(text, language);
            for (int i = 0; i < 400; i++) {
                int at = random.nextInt(text.length());
                int end = Math.min(text.length(), at + 1 + random.nextInt(30));
                assertThat(shuffled.overlaps(at, end)).as("%s [%d, %d)", language, at, end)
                        .isEqualTo(overlapsAny(expected, at, end));
            }
            // and the windows read again after a half-read text give the same spans
            DocumentExtractor.statisticalPersons(golden("ru"), "ru").overlaps(0, 300);
            assertThat(windowed(text, language)).usingRecursiveComparison().isEqualTo(expected);
        }
        assertThat(yes).isGreaterThan(50);
        assertThat(no).isGreaterThan(50);
    }

    @Test
    void aLanguageWithoutModelHasNoSpans() {
        assertThat(DocumentExtractor.statisticalPersons("Karl Marx schrieb.", "de").overlaps(0, 10)).isFalse();
    }
}
