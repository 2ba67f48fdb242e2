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
 * The name finder read only as far as each question needs answers as reading the whole text first: on the golden
 * texts of every language, for stretches asked in text order and in random order, and after another document was
 * left half read on the same thread.
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

    /** The spans of the whole text, read at once as before. */
    private static List<int[]> whole(String text, String language) {
        PersonNameFinder finder = PersonNameFinder.load(language);
        List<List<Token>> sentences = SENTENCES.group(text, Tokens.tokenize(text), Token::start);
        List<String[]> words = sentences.stream().map(Tokens::texts).toList();
        List<List<opennlp.tools.util.Span>> found = finder.findInDocument(words);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (opennlp.tools.util.Span s : found.get(i)) {
                spans.add(new int[] {sentences.get(i).get(s.getStart()).start(), sentences.get(i).get(s.getEnd() - 1).end()});
            }
        }
        return spans;
    }

    private static boolean overlapsAny(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s[0] < end && start < s[1]);
    }

    @Test
    void answersAsTheWholeTextReadFirst() throws IOException {
        Random random = new Random(12);
        int yes = 0, no = 0;
        for (String language : List.of("kk", "ru", "en")) {
            String text = golden(language);
            List<int[]> expected = whole(text, language);
            assertThat(expected).as(language).hasSizeGreaterThan(10);
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
            // and the whole text read again after a half-read one gives the same spans
            DocumentExtractor.statisticalPersons(golden("ru"), "ru").overlaps(0, 300);
            assertThat(whole(text, language)).usingRecursiveComparison().isEqualTo(expected);
        }
        assertThat(yes).isGreaterThan(50);
        assertThat(no).isGreaterThan(50);
    }

    @Test
    void aLanguageWithoutModelHasNoSpans() {
        assertThat(DocumentExtractor.statisticalPersons("Karl Marx schrieb.", "de").overlaps(0, 10)).isFalse();
    }
}
