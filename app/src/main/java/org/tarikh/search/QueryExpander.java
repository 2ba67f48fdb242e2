package org.tarikh.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a query so that the thesaurus concepts it names are also searched under their other labels, with a
 * lower weight: {@code ашаршылық Рыскулов} → {@code (ашаршылық OR "famine"^0.3 OR "голод"^0.3 …) Рыскулов}.
 *
 * <p>Rules: only plain words are read (not quoted phrases, {@code field:} terms, wildcards, fuzzy or boosted terms,
 * operators, or words with a leading {@code +}, {@code -} or {@code !}: the user chose those exactly). A concept must
 * be named by whole words, and words of one concept are kept together with AND. Labels equal to what the user typed
 * are not repeated. Thread-safe.
 */
final class QueryExpander {
    /** Weight of a label the user did not type, against 1 for the user's own words. */
    static final float LABEL_WEIGHT = 0.3f;
    private static final Pattern CHUNK = Pattern.compile("\"[^\"]*\"?|\\S+");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");

    private final Thesaurus thesaurus;

    QueryExpander(Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    /** The rewritten query and what was added to it. */
    record Expanded(String query, List<Expansion> expansions) {
        Expanded {
            expansions = List.copyOf(expansions);
        }
    }

    Expanded expand(String query) {
        List<String> chunks = chunks(query);
        List<Group> groups = groups(chunks);
        if (groups.isEmpty()) return new Expanded(query, List.of());
        StringBuilder out = new StringBuilder();
        List<Expansion> expansions = new ArrayList<>();
        int c = 0;
        for (Group g : groups) {
            while (c < g.first()) out.append(chunks.get(c++)).append(' ');
            out.append(g.query()).append(' ');
            c = g.last() + 1;
            expansions.add(g.expansion());
        }
        while (c < chunks.size()) out.append(chunks.get(c++)).append(' ');
        return new Expanded(out.toString().strip(), expansions);
    }

    /** The chunks of a query as this expander reads it: quoted phrases and runs of non-space characters. */
    static List<String> chunks(String query) {
        List<String> chunks = new ArrayList<>();
        Matcher m = CHUNK.matcher(query);
        while (m.find()) chunks.add(m.group());
        return chunks;
    }

    /**
     * Chunks {@code first..last} (inclusive) name a concept: {@code query} searches them and the concept's other
     * labels, in the query syntax.
     */
    record Group(int first, int last, String query, Expansion expansion) {}

    /** The concepts named by whole plain chunks, in order, not overlapping. */
    List<Group> groups(List<String> chunks) {
        // the words of the plain chunks, and for each word the chunk it belongs to
        List<String> words = new ArrayList<>();
        List<Integer> chunkOf = new ArrayList<>();
        List<Integer> firstWordOf = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            firstWordOf.add(words.size());
            if (!isPlain(chunks.get(c))) {
                words.add("\u0000"); // a barrier no label matches
                chunkOf.add(c);
                continue;
            }
            for (String w : Thesaurus.words(chunks.get(c))) {
                words.add(w);
                chunkOf.add(c);
            }
        }
        List<Group> groups = new ArrayList<>();
        int next = 0;
        for (Thesaurus.Match match : thesaurus.find(words)) {
            int first = chunkOf.get(match.start());
            int last = chunkOf.get(match.end() - 1);
            boolean wholeChunks = firstWordOf.get(first) == match.start()
                    && (last + 1 == chunks.size() ? words.size() : firstWordOf.get(last + 1)) == match.end();
            if (!wholeChunks || first < next) continue;
            String typed = String.join(" ", chunks.subList(first, last + 1));
            List<String> labels = otherLabels(match.concept(), typed);
            if (labels.isEmpty()) continue;
            StringBuilder out = new StringBuilder("((").append(String.join(" AND ", chunks.subList(first, last + 1)))
                    .append(')');
            for (String label : labels) {
                out.append(" OR \"").append(label.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"^")
                        .append(String.format(Locale.ROOT, "%.2f", LABEL_WEIGHT));
            }
            out.append(')');
            groups.add(new Group(first, last, out.toString(), new Expansion(typed, match.concept().id(), labels)));
            next = last + 1;
        }
        return groups;
    }

    private static List<String> otherLabels(Thesaurus.Concept concept, String typed) {
        String typedWords = String.join(" ", Thesaurus.words(typed));
        List<String> labels = new ArrayList<>();
        for (String label : concept.allLabels()) {
            if (!String.join(" ", Thesaurus.words(label)).equals(typedWords)) labels.add(label);
        }
        return labels;
    }

    private static boolean isPlain(String chunk) {
        String upper = chunk.toUpperCase(Locale.ROOT);
        if (upper.equals("AND") || upper.equals("OR") || upper.equals("NOT")) return false;
        return PLAIN.matcher(chunk).matches();
    }
}
