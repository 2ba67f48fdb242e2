package org.tarikh.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capitalised words of a text, read code point by code point, are the ones the word pattern finds. */
class CapitalisedWordsTest {

    @Test
    void readsTheWordsThePatternFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "A", "a", "Римский-Корсаков", "Семёнов-Тян-Шанский", "Ab-", "Ab--Cd",
                "Ab-1", "Ab‐cd", "Ǆa ǅa Ab\u0301c 𝐀b 𝐀 Xʼy ИВАНОВ-петров", "camelCase ЛЕКЕРОВ Азимбай", "Ab-\u0301c"));
        for (String language : List.of("kk", "ru", "en")) {
            texts.add(new String(CapitalisedWordsTest.class.getResourceAsStream("/events/" + language + ".txt")
                    .readAllBytes(), StandardCharsets.UTF_8));
        }
        int words = 0;
        for (String text : texts) {
            List<int[]> expected = PersonFinder.capitalisedWordsScanned(text, 0, text.length());
            words += expected.size();
            assertThat(PersonFinder.capitalisedWords(text, 0, text.length())).as(text)
                    .usingRecursiveComparison().isEqualTo(expected);
            // and within stretches of the text, cut anywhere
            for (int from = 0; from < text.length() && from < 400; from += 7) {
                int to = Math.min(text.length(), from + 23);
                assertThat(PersonFinder.capitalisedWords(text, from, to)).as("%s [%d, %d)", text, from, to)
                        .usingRecursiveComparison().isEqualTo(PersonFinder.capitalisedWordsScanned(text, from, to));
            }
        }
        assertThat(words).isGreaterThan(300);
    }
}
