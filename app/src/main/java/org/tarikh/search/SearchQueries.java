package org.tarikh.search;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.tarikh.search.analysis.TarikhAnalyzers;

/**
 * The Lucene query of a search, the same for every engine: a query tree of plain words read as a searcher means it
 * ({@link WordsQuery}), any other tree rendered leaf by leaf ({@link LuceneQueries}) after the thesaurus added its
 * labels ({@link QueryExpander}), and the near-spelling retry of a query that found nothing. {@link LuceneSearchIndex}
 * runs it; {@link OpenSearchIndex} renders it to the query DSL ({@link OpenSearchDsl}) and highlights with it, so
 * that what a query means is decided in one place and both engines find the same documents. Thread-safe.
 */
final class SearchQueries {
    private static final java.util.regex.Pattern PLAIN_WORDS =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*");

    private final Analyzer analyzer;
    private final UnaryOperator<String> keyer;
    private final LinkedFacets linked;
    private final Set<SearchFeature> features;
    private final String idField;
    private final QueryExpander expander;
    private final WordsQuery words;

    SearchQueries(Analyzer analyzer, UnaryOperator<String> keyer, Thesaurus thesaurus, LinkedFacets linked,
                  Set<SearchFeature> features, String idField) {
        this.analyzer = analyzer;
        this.keyer = keyer;
        this.linked = linked;
        this.features = Set.copyOf(features);
        this.idField = idField;
        this.expander = new QueryExpander(thesaurus);
        this.words = new WordsQuery(this::render, expander, linked, idField, TarikhAnalyzers.TEXT,
                features.contains(SearchFeature.KEYS) ? keyer : null);
    }

    /** The query of a tree and the thesaurus concepts it named. */
    record Built(Query query, List<Expansion> expansions) {}

    Built build(org.tarikh.search.query.Query tree) {
        boolean thesaurus = features.contains(SearchFeature.THESAURUS);
        QueryExpander.Expanded expanded = thesaurus
                ? expander.expand(tree) : new QueryExpander.Expanded(tree, List.of());
        List<String> plain = org.tarikh.search.query.Query.plainWords(tree);
        Query query = WordsQuery.isPlain(plain) ? words.build(plain, thesaurus).query() : render(expanded.query());
        return new Built(query, expanded.expansions());
    }

    /** The near-spelling retry of a query that found nothing, or null when there is none ({@link #nearSpellings}). */
    Query retry(org.tarikh.search.query.Query tree) {
        return features.contains(SearchFeature.NEAR_SPELLINGS) ? nearSpellings(tree) : null;
    }

    /**
     * The query for OCR-damaged or misspelt words, tried when a plain-word query finds nothing: every word must
     * match, a word of 5–7 letters within 1 edit, a longer one within 2 (as typed and as its script-independent key,
     * so a Latin query meets a damaged Cyrillic word); shorter words exactly. Null when the query uses syntax
     * (fields, phrases, operators): the user asked for exactly that.
     */
    Query nearSpellings(org.tarikh.search.query.Query tree) {
        List<String> plain = org.tarikh.search.query.Query.plainWords(tree);
        if (plain.isEmpty() || !plain.stream().allMatch(w -> PLAIN_WORDS.matcher(w).matches())) return null;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyFuzzy = false;
        for (String word : plain) {
            String folded = analyzer.normalize(TarikhAnalyzers.TEXT, word).utf8ToString();
            int letters = folded.codePointCount(0, folded.length());
            int edits = letters >= 8 ? 2 : letters >= 5 ? 1 : 0;
            Query one;
            if (edits == 0) {
                one = render(new org.tarikh.search.query.Query.Word(word));
            } else {
                anyFuzzy = true;
                BooleanQuery.Builder either = new BooleanQuery.Builder()
                        .add(new FuzzyQuery(new Term(TarikhAnalyzers.TEXT, folded), edits), BooleanClause.Occur.SHOULD);
                String key = features.contains(SearchFeature.KEYS) ? keyer.apply(word) : null;
                if (key != null && key.length() >= 5 && !key.equals(folded)) {
                    either.add(new FuzzyQuery(new Term(TarikhAnalyzers.TEXT, key), key.length() >= 8 ? 2 : 1),
                            BooleanClause.Occur.SHOULD);
                }
                one = either.build();
            }
            all.add(one, BooleanClause.Occur.MUST);
        }
        return anyFuzzy ? all.build() : null;
    }

    /** The Lucene query of a query tree, analysed as this index analyses its fields. */
    Query render(org.tarikh.search.query.Query tree) {
        return new LuceneQueries(analyzer, linked, idField).render(tree);
    }
}
