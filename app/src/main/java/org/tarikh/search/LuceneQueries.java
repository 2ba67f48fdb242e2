package org.tarikh.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.tarikh.search.analysis.TarikhAnalyzers;
import org.tarikh.search.query.Query.And;
import org.tarikh.search.query.Query.Boost;
import org.tarikh.search.query.Query.Field;
import org.tarikh.search.query.Query.Fuzzy;
import org.tarikh.search.query.Query.Not;
import org.tarikh.search.query.Query.Or;
import org.tarikh.search.query.Query.Phrase;
import org.tarikh.search.query.Query.Prefix;
import org.tarikh.search.query.Query.Range;
import org.tarikh.search.query.Query.Word;

/**
 * Renders a query tree ({@link org.tarikh.search.query.Query}) as Lucene queries over the fields of
 * {@link LuceneSearchIndex}. Each leaf is analysed as Lucene's classic query parser analyses it (a word over title
 * and text with their weights, a phrase with its slop, a prefix folded but not stemmed), through that parser's own
 * methods, so that a word finds what it found when the index read Lucene's syntax; the tree decides the boolean
 * structure. {@code person:} becomes the documents of that person, {@code place:} the gazetteer id, and a
 * capitalised word that names a place and no person also scores the documents naming the place. Not thread-safe:
 * one per search.
 */
final class LuceneQueries extends MultiFieldQueryParser {
    private static final String[] QUERY_FIELDS = {TarikhAnalyzers.TITLE, TarikhAnalyzers.TEXT};
    private static final Map<String, Float> BOOSTS = Map.of(TarikhAnalyzers.TITLE, 2.0f, TarikhAnalyzers.TEXT, 1.0f);
    /**
     * What naming a place the query names with a capital adds to a document's score, the same in any archive: about
     * what one matching word of a short document scores.
     */
    static final float PLACE_BOOST = 2.5f;

    private final LinkedFacets linked;
    private final String idField;

    LuceneQueries(Analyzer analyzer, LinkedFacets linked, String idField) {
        super(QUERY_FIELDS, analyzer, BOOSTS);
        this.linked = linked;
        this.idField = idField;
        setDefaultOperator(Operator.AND);
        setSplitOnWhitespace(true);
    }

    /** The Lucene query of a tree; a query that matches nothing when the tree's words analyse to nothing. */
    Query render(org.tarikh.search.query.Query tree) {
        Query q = node(tree);
        return q == null ? new BooleanQuery.Builder().build() : q;
    }

    /** Null when the node searches nothing (a word the analysis drops, as a lone dash). */
    private Query node(org.tarikh.search.query.Query tree) {
        try {
            return switch (tree) {
                case Word w -> word(w.field(), w.text());
                case Phrase p -> p.field() == Field.PERSON || p.field() == Field.PLACE ? word(p.field(), p.text())
                        : getFieldQuery(name(p.field()), p.text(), p.slop());
                case Prefix p -> getPrefixQuery(name(p.field()), p.text());
                case Fuzzy f -> getFuzzyQuery(name(f.field()), f.text(), f.edits());
                case Range r -> getRangeQuery(name(r.field()), r.from(), r.to(), r.includeFrom(), r.includeTo());
                case Boost b -> {
                    Query child = node(b.child());
                    yield child == null ? null : new BoostQuery(child, b.weight());
                }
                case Not n -> {
                    Query child = node(n.child());
                    yield child == null ? new MatchAllDocsQuery() : new BooleanQuery.Builder()
                            .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                            .add(child, BooleanClause.Occur.MUST_NOT).build();
                }
                case And and -> and(and);
                case Or or -> or(or);
            };
        } catch (ParseException e) {
            // the parser's own methods reject nothing our parser let through; say so rather than lose the cause
            throw new IllegalStateException("cannot render " + tree + ": " + e.getMessage(), e);
        }
    }

    private Query and(And and) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int positive = 0, negative = 0;
        Query only = null;
        for (org.tarikh.search.query.Query child : and.children()) {
            if (child instanceof Not not) {
                Query q = node(not.child());
                if (q != null) {
                    b.add(q, BooleanClause.Occur.MUST_NOT);
                    negative++;
                }
                continue;
            }
            Query q = node(child);
            if (q == null) continue;
            b.add(q, BooleanClause.Occur.MUST);
            positive++;
            only = q;
        }
        if (positive == 0 && negative == 0) return null;
        if (positive == 1 && negative == 0) return only;
        if (positive == 0) b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        return b.build();
    }

    private Query or(Or or) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        Query only = null;
        for (org.tarikh.search.query.Query child : or.children()) {
            Query q = node(child);
            if (q == null) continue;
            b.add(q, BooleanClause.Occur.SHOULD);
            n++;
            only = q;
        }
        if (n == 0) return null;
        return n == 1 ? only : b.build();
    }

    private Query word(Field field, String text) throws ParseException {
        if (field == Field.PERSON) {
            Set<String> documents = linked.documentsOfPerson(text);
            if (documents.isEmpty()) return new MatchNoDocsQuery("no archive person named " + text);
            return new TermInSetQuery(idField, documents.stream().map(BytesRef::new).toList());
        }
        if (field == Field.PLACE) {
            return linked.placeId(text)
                    .<Query>map(id -> new TermQuery(new Term(LinkedFacets.PLACE, id.toLowerCase(Locale.ROOT))))
                    .orElseGet(() -> new MatchNoDocsQuery("no known place named " + text));
        }
        return getFieldQuery(name(field), text, false);
    }

    /** The Lucene field of a tree field; null for {@link Field#ANY} (title and text). */
    private static String name(Field field) {
        return switch (field) {
            case ANY -> null;
            case TITLE -> TarikhAnalyzers.TITLE;
            case TEXT -> TarikhAnalyzers.TEXT;
            case PERSON -> LinkedFacets.PERSON;
            case PLACE -> LinkedFacets.PLACE;
            case YEAR -> SearchFacets.YEAR;
            case DECADE -> SearchFacets.DECADE;
            case LANG -> SearchFacets.LANGUAGE;
            case KIND -> SearchFacets.KIND;
        };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        Query words = super.getFieldQuery(field, queryText, quoted);
        String place = field == null && !quoted && words != null ? capitalisedPlace(queryText) : null;
        if (place == null) return words;
        // "Семей" the town, not "семей" (of families): the documents that name the place, under any of its
        // names, come first; the word still finds the rest
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(LinkedFacets.PLACE, place))),
                        PLACE_BOOST), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The place id of a query word written with a capital that names a gazetteer place and no archive person
     * ({@code Семей}, {@code Алма-Ата}; not {@code Абай}, the poet before the town); else null.
     */
    private String capitalisedPlace(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.codePointAt(0))
                || word.equals(word.toUpperCase(Locale.ROOT)) || word.indexOf(' ') >= 0) {
            return null;
        }
        Optional<String> id = linked.placeId(word);
        if (id.isEmpty() || linked.namesPerson(word)) return null;
        return id.get().toLowerCase(Locale.ROOT);
    }
}
