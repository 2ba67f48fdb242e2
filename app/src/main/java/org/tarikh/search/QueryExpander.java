package org.tarikh.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.search.query.Query;
import org.tarikh.search.query.Query.And;
import org.tarikh.search.query.Query.Boost;
import org.tarikh.search.query.Query.Not;
import org.tarikh.search.query.Query.Or;
import org.tarikh.search.query.Query.Phrase;
import org.tarikh.search.query.Query.Word;

/**
 * Rewrites a query so that the thesaurus concepts it names are also searched under their other labels, with a
 * lower weight: {@code ашаршылық Рыскулов} → {@code (ашаршылық OR "famine"^0.3 OR "голод"^0.3 …) Рыскулов}. The rewritten tree is
 * engine-neutral: any {@code SearchIndex} can render it.
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
    record Expanded(Query query, List<Expansion> expansions) {
        Expanded {
            expansions = List.copyOf(expansions);
        }
    }

    /**
     * The query with each concept named by a run of plain {@code ANY} words side by side (in an {@link And}, or the
     * query's one word) also searched under its other labels. Words under a {@link Not}, a {@link Boost} or a field
     * are left as they are: the reader chose them exactly.
     */
    Expanded expand(Query query) {
        List<Expansion> expansions = new ArrayList<>();
        Query out = expand(query, expansions);
        return new Expanded(out, expansions);
    }

    private Query expand(Query query, List<Expansion> expansions) {
        return switch (query) {
            case Word w when isPlainWord(w) -> Query.and(expandRun(List.of(w), expansions));
            case And and -> {
                List<Query> out = new ArrayList<>();
                List<Query> run = new ArrayList<>();
                for (Query child : and.children()) {
                    if (child instanceof Word w && isPlainWord(w)) {
                        run.add(w);
                        continue;
                    }
                    out.addAll(expandRun(run, expansions));
                    run.clear();
                    out.add(child instanceof Or ? expand(child, expansions) : child);
                }
                out.addAll(expandRun(run, expansions));
                yield Query.and(out);
            }
            case Or or -> Query.or(or.children().stream().map(c -> expand(c, expansions)).toList());
            default -> query;
        };
    }

    private List<Query> expandRun(List<Query> run, List<Expansion> expansions) {
        if (run.isEmpty()) return List.of();
        List<String> chunks = run.stream().map(q -> ((Word) q).text()).toList();
        List<Group> groups = groups(chunks);
        if (groups.isEmpty()) return List.copyOf(run);
        List<Query> out = new ArrayList<>();
        int c = 0;
        for (Group g : groups) {
            while (c < g.first()) out.add(run.get(c++));
            out.add(g.query());
            c = g.last() + 1;
            expansions.add(g.expansion());
        }
        while (c < run.size()) out.add(run.get(c++));
        return out;
    }

    private static boolean isPlainWord(Word w) {
        return w.field() == Query.Field.ANY && isPlain(w.text());
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
     * labels.
     */
    record Group(int first, int last, Query query, Expansion expansion) {}

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
            List<Query> either = new ArrayList<>();
            either.add(Query.and(chunks.subList(first, last + 1).stream().<Query>map(Word::new).toList()));
            for (String label : labels) {
                either.add(new Boost(new Phrase(Query.Field.ANY, label, 0), LABEL_WEIGHT));
            }
            groups.add(new Group(first, last, new Or(either), new Expansion(typed, match.concept().id(), labels)));
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

    static boolean isPlain(String chunk) {
        String upper = chunk.toUpperCase(Locale.ROOT);
        if (upper.equals("AND") || upper.equals("OR") || upper.equals("NOT")) return false;
        return PLAIN.matcher(chunk).matches();
    }
}
