package org.tarikh.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the parser over the golden files {@code dates/{en,ru,kk}.tsv} (format at the top of each file) and
 * reports every line whose mentions differ from the expected ones.
 */
class DateParserGoldenTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void findsExactlyTheGoldenDates(String language) throws IOException {
        List<String> lines = read("/dates/" + language + ".tsv");
        List<String> failures = new ArrayList<>();
        int expressions = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String sentence = columns[0];
            List<String> expected = new ArrayList<>();
            for (int c = 1; c + 1 < columns.length; c += 2) {
                expected.add(columns[c] + " => " + columns[c + 1]);
                expressions++;
            }
            List<DateMention> found = parser.find(sentence);
            List<String> actual = new ArrayList<>();
            for (int k = 0; k < found.size(); k++) {
                DateMention m = found.get(k);
                boolean withKind = k < expected.size() && expected.get(k).split(" => ")[1].contains(" ");
                actual.add(m.text() + " => " + m.date().value() + (withKind ? " " + m.kind() : ""));
            }
            if (!actual.equals(expected)) {
                failures.add(language + ".tsv:" + (i + 1) + ": " + sentence + "\n    expected " + expected
                        + "\n    found    " + actual);
            }
        }
        assertThat(expressions).as("expressions in %s.tsv", language).isGreaterThanOrEqualTo(70);
        assertThat(failures).as("lines of %s.tsv that fail", language).isEmpty();
    }

    private static List<String> read(String resource) throws IOException {
        try (InputStream in = DateParserGoldenTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
