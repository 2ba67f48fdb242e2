package org.tarikh.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.tarikh.search.analysis.TarikhAnalyzers;

/**
 * The archive's queries as Lucene queries over the fields both engines index ({@code id}, {@code title},
 * {@code text} and the facet values): the user's text read as plain words ({@link WordsQuery}) or in the query
 * syntax, with the thesaurus's labels, and the near-spelling retry. {@link LuceneSearchIndex} runs them;
 * {@link OpenSearchIndex} renders them to OpenSearch's query DSL ({@link OpenSearchDsl}) and highlights with them.
 * Thread-safe.
 */
final class LuceneQueries {
    static final String ID = "id";
    private static final String[] QUERY_FIELDS = {TarikhAnalyzers.TITLE, TarikhAnalyzers.TEXT};
    /**
     * What naming a place the query names with a capital adds to a document's score, the same in any archive: about
     * what one matching word of a short document scores.
     */
    private static final float PLACE_BOOST = 2.5f;
    private static final Map<String, Float> BOOSTS = Map.of(TarikhAnalyzers.TITLE, 2.0f, TarikhAnalyzers.TEXT, 1.0f);
    private static final java.util.regex.Pattern PLAIN_WORDS =
            java.util.regex.Pattern.compile("\\s*\\p{L}[\\p{L}\\p{M}'’\\-]*(\\s+\\p{L}[\\p{L}\\p{M}'’\\-]*)*\\s*");

    private final Analyzer analyzer;
    private final UnaryOperator<String> keyer;
    private final QueryExpander expander;
    private final WordsQuery words;
    private final LinkedFacets linked;
    private final Set<SearchFeature> features;

    LuceneQueries(Analyzer analyzer, UnaryOperator<String> keyer, Thesaurus thesaurus, LinkedFacets linked,
                  Set<SearchFeature> features) {
        this.analyzer = analyzer;
        this.keyer = keyer;
        this.expander = new QueryExpander(thesaurus);
        this.linked = linked;
        this.features = Set.copyOf(features);
        this.words = new WordsQuery(this::parse, expander, linked, ID, TarikhAnalyzers.TEXT,
                features.contains(SearchFeature.KEYS) ? keyer : null);
    }

    /** The query of what a user typed and the thesaurus concepts it named. */
    record Built(Query query, List<Expansion> expansions) {}

    /**
     * @throws QuerySyntaxException when the query cannot be parsed
     */
    Built build(String queryText) {
        Query query = parse(queryText);
        boolean thesaurus = features.contains(SearchFeature.THESAURUS);
        QueryExpander.Expanded expanded = thesaurus
                ? expander.expand(queryText) : new QueryExpander.Expanded(queryText, List.of());
        if (WordsQuery.isPlain(queryText)) {
            query = words.build(queryText, thesaurus).query();
        } else if (!expanded.expansions().isEmpty()) {
            query = parse(expanded.query());
        }
        return new Built(query, expanded.expansions());
    }

    /** The near-spelling retry of a query that found nothing, or null when it has none ({@link #nearSpellings}). */
    Query retry(String queryText) {
        return features.contains(SearchFeature.NEAR_SPELLINGS) ? nearSpellings(queryText) : null;
    }

    /**
     * The query for OCR-damaged or misspelt words, tried when a plain-word query finds nothing: every word must
     * match, a word of 5–7 letters within 1 edit, a longer one within 2 (as typed and as its script-independent key,
     * so a Latin query meets a damaged Cyrillic word); shorter words exactly. Null when the query uses syntax
     * (fields, phrases, operators): the user asked for exactly that.
     */
    Query nearSpellings(String queryText) {
        if (!PLAIN_WORDS.matcher(queryText).matches()) return null;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyFuzzy = false;
        for (String word : queryText.strip().split("\\s+")) {
            if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) return null;
            String folded = analyzer.normalize(TarikhAnalyzers.TEXT, word).utf8ToString();
            int letters = folded.codePointCount(0, folded.length());
            int edits = letters >= 8 ? 2 : letters >= 5 ? 1 : 0;
            Query one;
            if (edits == 0) {
                one = parse(word);
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

    Query parse(String queryText) {
        if (queryText == null || queryText.isBlank()) return new MatchNoDocsQuery("empty query");
        MultiFieldQueryParser parser = new LinkedFieldsParser(analyzer, queryText);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(queryText);
        } catch (ParseException | TokenMgrError e) {
            throw new QuerySyntaxException(QueryProblems.explain(queryText));
        }
    }

    /**
     * The query parser of the archive: {@code person:} and {@code place:} name a person or a place in any spelling,
     * which the archive turns into the documents of that person or the place's gazetteer id.
     */
    private final class LinkedFieldsParser extends MultiFieldQueryParser {
        private final String whole;

        LinkedFieldsParser(Analyzer analyzer, String whole) {
            super(QUERY_FIELDS, analyzer, BOOSTS);
            this.whole = whole;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            // year:19x or decade:1930 would silently find nothing: say what the field takes
            if (SearchFacets.YEAR.equals(field) && !queryText.matches("\\d{4}")) {
                throw new QuerySyntaxException(QueryProblems.badValue(whole, queryText,
                        "year: takes a year of four digits, as in year:1937, or a range, as in year:[1930 TO 1939]"));
            }
            if (SearchFacets.DECADE.equals(field) && !queryText.matches("\\d{3}0s")) {
                throw new QuerySyntaxException(QueryProblems.badValue(whole, queryText,
                        "decade: takes a decade as in decade:1930s"));
            }
            if (LinkedFacets.PERSON.equals(field)) {
                Set<String> documents = linked.documentsOfPerson(queryText);
                if (documents.isEmpty()) return new MatchNoDocsQuery("no archive person named " + queryText);
                return new TermInSetQuery(ID, documents.stream().map(BytesRef::new).toList());
            }
            if (LinkedFacets.PLACE.equals(field)) {
                return linked.placeId(queryText)
                        .<Query>map(id -> new TermQuery(new Term(LinkedFacets.PLACE, id.toLowerCase(java.util.Locale.ROOT))))
                        .orElseGet(() -> new MatchNoDocsQuery("no known place named " + queryText));
            }
            Query words = super.getFieldQuery(field, queryText, quoted);
            String place = field == null && !quoted && words != null ? capitalisedPlace(queryText) : null;
            if (place == null) return words;
            // "Семей" the town, not "семей" (of families): the documents that name the place, under any of its
            // names, come first; the word still finds the rest
            return new BooleanQuery.Builder()
                    .add(words, BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(LinkedFacets.PLACE, place))),
                            PLACE_BOOST),
                            BooleanClause.Occur.SHOULD)
                    .build();
        }

        /**
         * The place id of a query word written with a capital that names a gazetteer place and no archive person
         * ({@code Семей}, {@code Алма-Ата}; not {@code Абай}, the poet before the town); else null.
         */
        private String capitalisedPlace(String word) {
            if (word.length() < 3 || !Character.isUpperCase(word.codePointAt(0))
                    || word.equals(word.toUpperCase(java.util.Locale.ROOT)) || word.indexOf(' ') >= 0) {
                return null;
            }
            Optional<String> id = linked.placeId(word);
            if (id.isEmpty() || linked.namesPerson(word)) return null;
            return id.get().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            if (LinkedFacets.PERSON.equals(field) || LinkedFacets.PLACE.equals(field)) {
                return getFieldQuery(field, queryText, true);
            }
            return super.getFieldQuery(field, queryText, slop);
        }
    }
}
