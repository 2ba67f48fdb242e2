package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class SearchFacetsYearsTest {
    @Test
    void findsTheYearsOfTheText() {
        assertThat(SearchFacets.years("в 1937 и 1938 гг., 26.02.1938, 1799 2040 12345 1937г ж1937 (2039)"))
                .containsExactly("1937", "1938", "2039");
    }

    /** The scan finds what the rule's pattern finds, on texts of digits, letters, other numbers and separators. */
    @Test
    void findsWhatThePatternFinds() {
        String[] pieces = {"1", "8", "9", "2", "0", "3", "7", "18", "19", "20", "203", "a", "ж", "Ұ", " ", ".", "-",
                "\n", "٣", "Ⅻ", "½", "𝐀", "\u0301", "_", "'"};
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]);
            Set<String> expected = new TreeSet<>();
            Matcher m = SearchFacets.YEARS.matcher(text);
            while (m.find()) expected.add(m.group(1));
            assertThat(SearchFacets.years(text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }
}
