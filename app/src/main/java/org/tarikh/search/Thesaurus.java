package org.tarikh.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tarikh.search.analysis.WordStems;

/**
 * The thesaurus of the period's concepts (resource {@code /thesaurus/concepts.tsv}: SKOS concepts with prefLabel
 * and altLabels in English, Russian and Kazakh, in the flat shape that file's header documents), and where a run of
 * words names one of them.
 *
 * <p>Rules of matching: labels and words are compared lower-cased with ё read as е, word by word (hyphens and
 * other punctuation separate words); a word matches a label word when both are the same, or when the label word
 * has at least {@value #MIN_STEMMED} letters and the two share a stem ({@link WordStems}, every language), so
 * that {@code ашаршылықтың} names the concept of {@code ашаршылық} and {@code голода} that of {@code голод}, while
 * short words ({@code ату}, {@code бай}) must be written as the label writes them. The longest label wins; among
 * labels of one length, the one written most like the query (same word, then the label a stem of the query word),
 * then the concept listed first.
 *
 * <p>Immutable and thread-safe; loading reads the resource once.
 */
public final class Thesaurus {
    /** Shorter label words match only as written: their stems are too often other words. */
    static final int MIN_STEMMED = 5;
    private static final String RESOURCE = "/thesaurus/concepts.tsv";
    private static final List<String> LANGUAGES = List.of("en", "ru", "kk");

    /** One concept with its labels per language, prefLabel first. */
    public record Concept(String id, Map<String, List<String>> labels) {
        public Concept {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) throw new IllegalArgumentException("blank concept id");
            Map<String, List<String>> copy = new LinkedHashMap<>();
            labels.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
            labels = Map.copyOf(copy);
            if (labels.values().stream().allMatch(List::isEmpty)) throw new IllegalArgumentException("concept " + id + " has no label");
        }

        /** The prefLabel in a language, or null. */
        public String prefLabel(String language) {
            List<String> list = labels.getOrDefault(language, List.of());
            return list.isEmpty() ? null : list.get(0);
        }

        /** Every label: the prefLabels in English, Russian, Kazakh first, then the altLabels. */
        public List<String> allLabels() {
            Set<String> all = new LinkedHashSet<>();
            for (String lang : LANGUAGES) if (prefLabel(lang) != null) all.add(prefLabel(lang));
            for (String lang : LANGUAGES) all.addAll(labels.getOrDefault(lang, List.of()));
            return List.copyOf(all);
        }
    }

    /** Words {@code start} (inclusive) to {@code end} (exclusive) name {@code concept} through {@code label}. */
    public record Match(int start, int end, Concept concept, String label) {
        public Match {
            if (start < 0 || end <= start) throw new IllegalArgumentException("bad word range " + start + ".." + end);
        }
    }

    private record Entry(Concept concept, String label, List<Set<String>> words) {}

    private final List<Concept> concepts;
    /** Entries by every form of their first word. */
    private final Map<String, List<Entry>> byFirstForm = new HashMap<>();

    private Thesaurus(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        WordStems stems = new WordStems();
        for (Concept concept : this.concepts) {
            for (String label : concept.allLabels()) {
                List<String> words = words(label);
                if (words.isEmpty()) continue;
                List<Set<String>> forms = words.stream().map(w -> forms(w, stems)).toList();
                Entry entry = new Entry(concept, label, forms);
                for (String form : forms.get(0)) byFirstForm.computeIfAbsent(form, k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** The project's thesaurus. */
    public static Thesaurus load() {
        try (InputStream in = Thesaurus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the thesaurus resource " + RESOURCE + " is missing");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /** Reads the TSV shape: {@code id<TAB>en labels<TAB>ru labels<TAB>kk labels}, labels separated by {@code |}. */
    static Thesaurus parse(List<String> lines) {
        List<Concept> concepts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length != 1 + LANGUAGES.size()) {
                throw new IllegalArgumentException("thesaurus line " + n + ": expected 4 tab-separated cells, got " + cells.length);
            }
            if (!ids.add(cells[0].strip())) throw new IllegalArgumentException("thesaurus line " + n + ": duplicate id " + cells[0]);
            Map<String, List<String>> labels = new LinkedHashMap<>();
            for (int i = 0; i < LANGUAGES.size(); i++) {
                List<String> list = new ArrayList<>();
                for (String label : cells[i + 1].split("\\|")) if (!label.isBlank()) list.add(label.strip());
                labels.put(LANGUAGES.get(i), list);
            }
            concepts.add(new Concept(cells[0].strip(), labels));
        }
        return new Thesaurus(concepts);
    }

    public List<Concept> concepts() {
        return concepts;
    }

    /** The words of a text as this thesaurus compares them: letters and digits, lower-cased, ё as е. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    /** The concepts named in a run of words ({@link #words}), longest first at each place, not overlapping. */
    public List<Match> find(List<String> words) {
        WordStems stems = new WordStems();
        List<Set<String>> forms = words.stream().map(w -> forms(w, stems)).toList();
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Entry best = null;
            int bestQuality = 0;
            for (String form : forms.get(i)) {
                for (Entry entry : byFirstForm.getOrDefault(form, List.of())) {
                    int quality = quality(entry, forms, words, i);
                    if (quality == 0) continue;
                    boolean longer = best == null || entry.words().size() > best.words().size();
                    boolean better = best != null && entry.words().size() == best.words().size() && quality > bestQuality;
                    if (longer || better) {
                        best = entry;
                        bestQuality = quality;
                    }
                }
            }
            if (best == null) {
                i++;
            } else {
                matches.add(new Match(i, i + best.words().size(), best.concept(), best.label()));
                i += best.words().size();
            }
        }
        return matches;
    }

    /**
     * How well a label matches the words at {@code at}: 0 not at all; else per word 3 when written alike, 2 when the
     * label word is a stem of the query word ({@code голода} → {@code голод}), 1 when they only share a stem.
     */
    private static int quality(Entry entry, List<Set<String>> forms, List<String> words, int at) {
        if (at + entry.words().size() > words.size()) return 0;
        int quality = 0;
        for (int k = 0; k < entry.words().size(); k++) {
            Set<String> labelForms = entry.words().get(k);
            String labelWord = labelForms.iterator().next();
            String word = words.get(at + k);
            if (labelWord.equals(word)) {
                quality += 3;
            } else if (labelWord.length() < MIN_STEMMED) {
                return 0;
            } else if (forms.get(at + k).contains(labelWord)) {
                quality += 2;
            } else if (labelForms.stream().anyMatch(forms.get(at + k)::contains)) {
                quality += 1;
            } else {
                return 0;
            }
        }
        return quality;
    }

    /** The word first, then its stems. */
    private static Set<String> forms(String word, WordStems stems) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.addAll(stems.stems(word, null));
        return forms;
    }

    /** The thesaurus as SKOS in Turtle, for exchange with other tools. */
    public String toTurtle() {
        StringBuilder out = new StringBuilder("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "@prefix t: <https://tarikh.org/thesaurus/> .\n\nt:scheme a skos:ConceptScheme .\n");
        for (Concept c : concepts) {
            out.append("\nt:").append(c.id()).append(" a skos:Concept ;\n  skos:inScheme t:scheme");
            for (String lang : LANGUAGES) {
                List<String> list = c.labels().getOrDefault(lang, List.of());
                for (int i = 0; i < list.size(); i++) {
                    out.append(" ;\n  skos:").append(i == 0 ? "prefLabel" : "altLabel").append(" \"")
                            .append(list.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"@").append(lang);
                }
            }
            out.append(" .\n");
        }
        return out.toString();
    }
}
