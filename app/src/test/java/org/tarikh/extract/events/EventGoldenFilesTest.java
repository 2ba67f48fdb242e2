package org.tarikh.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files {@code events/<language>.txt}: blocks separated by blank lines; {@code T:} lines hold the text
 * with persons marked {@code <p:id>surface</p>}, {@code E:} lines the expected events as
 * {@code type person date [key=value | key=value]} ({@code -} for no date). Only the detail keys an expected line
 * names are compared. A block without {@code E:} lines expects no event.
 */
class EventGoldenFilesTest {

    private static final Pattern PERSON = Pattern.compile("<p:([^>]+)>(.*?)</p>");

    record Case(int line, String text, List<PersonSpan> persons, List<String> expected) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk"})
    void extractsTheAnnotatedEvents(String language) throws IOException {
        EventExtractor extractor = new EventExtractor();
        List<String> failures = new ArrayList<>();
        List<Case> cases = read(language);
        for (Case c : cases) {
            List<Event> events = extractor.extract(c.text(), language, c.persons());
            List<String> actual = new ArrayList<>();
            for (Event e : events) {
                actual.add(render(e, c.expected()));
            }
            List<String> want = c.expected().stream().map(EventGoldenFilesTest::canonical).sorted().toList();
            List<String> got = actual.stream().sorted().toList();
            if (!want.equals(got)) {
                failures.add("line " + c.line() + ": " + c.text() + "\n    expected " + want + "\n    got      " + got);
            }
        }
        assertThat(cases).as("golden cases for " + language).hasSizeGreaterThanOrEqualTo(10);
        assertThat(failures).as("golden file events/" + language + ".txt").isEmpty();
    }

    private static String canonical(String expected) {
        String[] head = expected.split("\\s+\\[", 2);
        String base = head[0].strip();
        if (head.length == 1) {
            return base;
        }
        Map<String, String> details = new TreeMap<>();
        for (String pair : head[1].replaceFirst("]\\s*$", "").split("\\s*\\|\\s*")) {
            int eq = pair.indexOf('=');
            details.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return base + " " + details;
    }

    /** The event in the expected format, with only the detail keys that expected lines of its type name. */
    private static String render(Event e, List<String> expected) {
        String base = e.type() + " " + e.personId() + " " + (e.date() == null ? "-" : e.date());
        Map<String, String> details = new TreeMap<>();
        for (String x : expected) {
            if (!x.startsWith(base + " ") || !x.contains("[")) {
                continue;
            }
            for (String pair : x.substring(x.indexOf('[') + 1).replaceFirst("]\\s*$", "").split("\\s*\\|\\s*")) {
                String key = pair.substring(0, pair.indexOf('=')).strip();
                String value = key.equals("place") ? e.place() : e.details().get(key);
                details.put(key, value == null ? "null" : value);
            }
        }
        return details.isEmpty() ? base : base + " " + details;
    }

    static List<Case> read(String language) throws IOException {
        List<Case> cases = new ArrayList<>();
        String content;
        try (InputStream in = EventGoldenFilesTest.class.getResourceAsStream("/events/" + language + ".txt")) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = content.split("\n", -1);
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!text.isEmpty()) {
                    cases.add(parse(start, text.toString(), expected));
                }
                text.setLength(0);
                expected = new ArrayList<>();
            } else if (line.startsWith("T: ")) {
                if (text.isEmpty()) {
                    start = i + 1;
                } else {
                    text.append('\n');
                }
                text.append(line.substring(3));
            } else if (line.startsWith("E: ")) {
                expected.add(line.substring(3).strip());
            }
        }
        return cases;
    }

    private static Case parse(int line, String marked, List<String> expected) {
        StringBuilder plain = new StringBuilder();
        List<PersonSpan> persons = new ArrayList<>();
        Matcher m = PERSON.matcher(marked);
        int last = 0;
        while (m.find()) {
            plain.append(marked, last, m.start());
            int s = plain.length();
            plain.append(m.group(2));
            persons.add(new PersonSpan(m.group(1), s, plain.length()));
            last = m.end();
        }
        plain.append(marked.substring(last));
        return new Case(line, plain.toString(), persons, List.copyOf(expected));
    }
}
