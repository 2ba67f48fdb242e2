package org.tarikh.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.Shared;
import org.tarikh.ingest.FrontMatter;

/**
 * Measures the extractor on the dev gold of the seed documents ({@code ../shared/gold/dev.json}) the way the
 * project's scorer does: an event matches when person, type and date agree, a more precise date inside the gold
 * one also counting. Person mentions are test scaffolding: every gold surface form found by plain string search.
 * Prints precision and recall over dated events of the gold's types, and the missed and spurious ones.
 */
class SeedGoldEventsTest {

    private static final Set<String> GOLD_TYPES = Set.of("birth", "death", "arrest", "sentence", "execution",
            "exile", "release", "rehabilitation", "burial");

    @Test
    void findsMostDevGoldEventsOnTheSeeds() throws IOException {
        Path shared = sharedFolder();
        Path goldFile = shared.resolve("gold/dev.json");
        assumeTrue(Files.isReadable(goldFile), "no shared gold at " + goldFile);
        JsonNode documents = new ObjectMapper().readTree(Files.readString(goldFile, StandardCharsets.UTF_8))
                .get("documents");
        EventExtractor extractor = new EventExtractor();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int undated = 0;
        List<String> report = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = documents.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> doc = it.next();
            String raw = Files.readString(shared.resolve("corpus/seeds").resolve(doc.getKey()), StandardCharsets.UTF_8);
            String text = FrontMatter.startsWithFrontMatter(raw) ? FrontMatter.parse(raw).documentText() : raw;
            List<PersonSpan> spans = spans(text, doc.getValue().get("persons"));
            List<Event> events = extractor.extract(text, doc.getValue().get("language").asText(), spans);
            Set<String> gold = new HashSet<>();
            for (JsonNode e : doc.getValue().get("events")) {
                gold.add(e.get("person").asText() + ":" + e.get("type").asText() + ":" + e.get("date").asText());
            }
            Set<String> system = new HashSet<>();
            for (Event e : events) {
                report.add("  " + doc.getKey().substring(0, 3) + " " + e.type() + " " + e.personId() + " "
                        + e.date() + " " + e.place() + " " + e.details());
                if (!GOLD_TYPES.contains(e.type().wire())) {
                    continue;
                }
                if (e.date() == null) {
                    undated++;
                    continue;
                }
                system.add(e.personId() + ":" + e.type() + ":" + e.date());
            }
            Set<String> matchedSystem = new HashSet<>();
            for (String g : gold) {
                String hit = system.stream().filter(s -> !matchedSystem.contains(s) && fits(s, g)).findFirst()
                        .orElse(null);
                if (hit == null) {
                    fn++;
                    report.add("MISSED   " + doc.getKey() + " " + g);
                } else {
                    tp++;
                    matchedSystem.add(hit);
                }
            }
            for (String s : system) {
                if (!matchedSystem.contains(s)) {
                    fp++;
                    report.add("SPURIOUS " + doc.getKey() + " " + s);
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        System.out.printf(Locale.ROOT, "seed gold events (dated, gold types): found %d of %d; P %.3f R %.3f "
                + "(tp %d fp %d fn %d); undated events of gold types left out: %d%n", tp, tp + fn, precision, recall,
                tp, fp, fn, undated);
        report.forEach(System.out::println);
        assertThat(recall).as("recall on the seed gold").isGreaterThanOrEqualTo(0.75);
        assertThat(precision).as("precision on the seed gold").isGreaterThanOrEqualTo(0.6);
    }

    /** {@code ../shared} beside the repository; a worktree elsewhere names it in {@code TARIKH_SHARED}. */
    static Path sharedFolder() {
        String override = System.getenv("TARIKH_SHARED");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Shared.home().resolveSibling("shared");
    }

    private static boolean fits(String system, String gold) {
        int cut = gold.lastIndexOf(':');
        String head = gold.substring(0, cut + 1);
        String date = gold.substring(cut + 1);
        return system.startsWith(head) && (system.substring(cut + 1).equals(date)
                || system.substring(cut + 1).startsWith(date + "-"));
    }

    /** Test scaffolding: every gold surface form found in the text, longest first, whole words, no overlaps. */
    static List<PersonSpan> spans(String text, JsonNode persons) {
        List<String[]> forms = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = persons.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> person = it.next();
            for (JsonNode form : person.getValue()) {
                forms.add(new String[] {person.getKey(), form.asText()});
            }
        }
        forms.sort(Comparator.comparingInt((String[] f) -> -f[1].length()));
        boolean[] taken = new boolean[text.length()];
        List<PersonSpan> spans = new ArrayList<>();
        for (String[] form : forms) {
            int from = 0;
            while (true) {
                int at = text.indexOf(form[1], from);
                if (at < 0) {
                    break;
                }
                int end = at + form[1].length();
                from = at + 1;
                boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
                boolean wordEnd = end >= text.length() || !Character.isLetter(text.charAt(end))
                        || form[1].endsWith(".");
                boolean free = true;
                for (int i = at; i < end; i++) {
                    free &= !taken[i];
                }
                if (wordStart && wordEnd && free) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    spans.add(new PersonSpan(form[0], at, end));
                }
            }
        }
        spans.sort(Comparator.comparingInt(PersonSpan::start));
        return spans;
    }
}
