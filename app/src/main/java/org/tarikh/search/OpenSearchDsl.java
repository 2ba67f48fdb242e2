package org.tarikh.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * The archive's queries ({@link LuceneQueries}) in OpenSearch's query DSL, clause for clause, so that the cluster
 * runs the query Lucene runs and finds the same documents: a term stays a {@code term}, terms stacked on one
 * position ({@code SynonymQuery}) become a {@code match} of their {@link StackedTokens stacked text}, which the
 * index's search analyzer turns into the same synonym query, a phrase becomes {@code match_phrase} of stacked
 * text, a boolean query {@code bool} with the same clauses and minimum, boosts and constant scores as they are.
 * {@code (text:сейфуллин text:seifullin)} → {@code {"match":{"text":{"query":"сейфуллин|seifullin"}}}}.
 * A query of another kind is refused, not approximated. Thread-safe (stateless).
 */
final class OpenSearchDsl {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenSearchDsl() {}

    static ObjectNode render(Query query) {
        if (query instanceof BooleanQuery bool) return bool(bool);
        if (query instanceof TermQuery term) {
            return single("term", term.getTerm().field(), JSON.objectNode().put("value", value(term.getTerm())));
        }
        if (query instanceof SynonymQuery synonyms) {
            List<String> terms = new ArrayList<>();
            for (Term t : synonyms.getTerms()) terms.add(value(t));
            return single("match", synonyms.getField(), JSON.objectNode()
                    .put("query", String.join(String.valueOf(StackedTokens.STACK), terms)));
        }
        if (query instanceof BoostQuery boost) {
            ObjectNode bool = JSON.objectNode();
            bool.putArray("must").add(render(boost.getQuery()));
            bool.put("boost", boost.getBoost());
            return wrap("bool", bool);
        }
        if (query instanceof ConstantScoreQuery constant) {
            ObjectNode body = JSON.objectNode();
            body.set("filter", render(constant.getQuery()));
            return wrap("constant_score", body);
        }
        if (query instanceof PhraseQuery phrase) return phrase(phrase);
        if (query instanceof MultiPhraseQuery phrase) return multiPhrase(phrase);
        if (query instanceof TermInSetQuery set) return terms(set);
        if (query instanceof PrefixQuery prefix) {
            return single("prefix", prefix.getField(), JSON.objectNode().put("value", value(prefix.getPrefix())));
        }
        if (query instanceof FuzzyQuery fuzzy) {
            return single("fuzzy", fuzzy.getField(), JSON.objectNode()
                    .put("value", value(fuzzy.getTerm()))
                    .put("fuzziness", fuzzy.getMaxEdits())
                    .put("prefix_length", fuzzy.getPrefixLength())
                    .put("transpositions", fuzzy.getTranspositions())
                    .put("max_expansions", FuzzyQuery.defaultMaxExpansions));
        }
        if (query instanceof TermRangeQuery range) {
            ObjectNode body = JSON.objectNode();
            if (range.getLowerTerm() != null) {
                body.put(range.includesLower() ? "gte" : "gt", range.getLowerTerm().utf8ToString());
            }
            if (range.getUpperTerm() != null) {
                body.put(range.includesUpper() ? "lte" : "lt", range.getUpperTerm().utf8ToString());
            }
            return single("range", range.getField(), body);
        }
        if (query instanceof WildcardQuery wildcard) {
            return single("wildcard", wildcard.getField(), JSON.objectNode().put("value", value(wildcard.getTerm())));
        }
        if (query instanceof RegexpQuery regexp) {
            return single("regexp", regexp.getField(), JSON.objectNode()
                    .put("value", value(regexp.getRegexp())).put("flags", "ALL"));
        }
        if (query instanceof MatchNoDocsQuery) return wrap("match_none", JSON.objectNode());
        if (query instanceof MatchAllDocsQuery) return wrap("match_all", JSON.objectNode());
        throw new IllegalArgumentException("no OpenSearch form for the query " + query + " ("
                + query.getClass().getSimpleName() + ")");
    }

    private static ObjectNode bool(BooleanQuery query) {
        ObjectNode bool = JSON.objectNode();
        for (BooleanClause clause : query.clauses()) {
            String occur = switch (clause.occur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
                case FILTER -> "filter";
            };
            ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
            list.add(render(clause.query()));
        }
        if (bool.isEmpty()) return wrap("match_none", JSON.objectNode()); // Lucene: no clause, no match
        if (bool.size() == 1 && bool.has("must_not")) {
            return wrap("match_none", JSON.objectNode()); // Lucene: nothing matches only negated clauses
        }
        if (query.getMinimumNumberShouldMatch() > 0) {
            bool.put("minimum_should_match", query.getMinimumNumberShouldMatch());
        } else if (bool.has("should") && (bool.has("must") || bool.has("filter"))) {
            // Lucene: optional beside a required clause; OpenSearch would otherwise decide by itself
            bool.put("minimum_should_match", 0);
        } else if (bool.has("should") && bool.has("must_not")) {
            bool.put("minimum_should_match", 1);
        }
        return wrap("bool", bool);
    }

    private static ObjectNode phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        if (terms.length == 0) return wrap("match_none", JSON.objectNode());
        int[] positions = phrase.getPositions();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                if (positions[i] - positions[i - 1] == 0) text.append(StackedTokens.STACK);
                else if (positions[i] - positions[i - 1] == 1) text.append(' ');
                else throw new IllegalArgumentException("no OpenSearch form for a phrase with gaps: " + phrase);
            }
            text.append(value(terms[i]));
        }
        if (phrase.getSlop() == 0) {
            List<List<Term>> stacks = new ArrayList<>();
            for (int i = 0; i < terms.length; i++) {
                if (i == 0 || positions[i] != positions[i - 1]) stacks.add(new ArrayList<>());
                stacks.get(stacks.size() - 1).add(terms[i]);
            }
            return spanNear(stacks);
        }
        return single("match_phrase", terms[0].field(), JSON.objectNode()
                .put("query", text.toString()).put("slop", phrase.getSlop()));
    }

    private static ObjectNode multiPhrase(MultiPhraseQuery phrase) {
        Term[][] terms = phrase.getTermArrays();
        if (terms.length == 0) return wrap("match_none", JSON.objectNode());
        int[] positions = phrase.getPositions();
        StringBuilder text = new StringBuilder();
        String field = null;
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                if (positions[i] - positions[i - 1] != 1) {
                    throw new IllegalArgumentException("no OpenSearch form for a phrase with gaps: " + phrase);
                }
                text.append(' ');
            }
            for (int k = 0; k < terms[i].length; k++) {
                if (k > 0) text.append(StackedTokens.STACK);
                text.append(value(terms[i][k]));
                field = terms[i][k].field();
            }
        }
        if (phrase.getSlop() == 0) {
            List<List<Term>> stacks = new ArrayList<>();
            for (Term[] stack : terms) stacks.add(List.of(stack));
            return spanNear(stacks);
        }
        return single("match_phrase", field, JSON.objectNode().put("query", text.toString()).put("slop", phrase.getSlop()));
    }

    /**
     * An exact phrase as {@code span_near} of the terms (or {@code span_or} of the terms stacked at one position):
     * it finds and scores what the phrase does (the sum of the terms' idf, a frequency of 1 per exact match), and
     * unlike {@code match_phrase} it is scored with the whole index's statistics under {@code dfs_query_then_fetch}
     * (OpenSearch 3.6 scores {@code match_phrase} with each shard's own statistics even then: measured by
     * {@code explain}, a shard's {@code N} of 2 or 4 documents where the index holds 8).
     */
    private static ObjectNode spanNear(List<List<Term>> stacks) {
        ObjectNode near = JSON.objectNode();
        ArrayNode clauses = near.putArray("clauses");
        for (List<Term> stack : stacks) {
            if (stack.size() == 1) {
                clauses.add(spanTerm(stack.get(0)));
            } else {
                ObjectNode or = JSON.objectNode();
                ArrayNode alternatives = or.putArray("clauses");
                stack.forEach(t -> alternatives.add(spanTerm(t)));
                clauses.add(wrap("span_or", or));
            }
        }
        near.put("slop", 0).put("in_order", true);
        return wrap("span_near", near);
    }

    private static ObjectNode spanTerm(Term term) {
        return single("span_term", term.field(), JSON.objectNode().put("value", value(term)));
    }

    private static ObjectNode terms(TermInSetQuery set) {
        ArrayNode values = JSON.arrayNode();
        try {
            BytesRefIterator it = set.getBytesRefIterator();
            for (BytesRef ref = it.next(); ref != null; ref = it.next()) values.add(ref.utf8ToString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (values.isEmpty()) return wrap("match_none", JSON.objectNode());
        ObjectNode body = JSON.objectNode();
        body.set(set.getField(), values);
        return wrap("terms", body);
    }

    private static String value(Term term) {
        boolean words = term.field().equals(org.tarikh.search.analysis.TarikhAnalyzers.TEXT)
                || term.field().equals(org.tarikh.search.analysis.TarikhAnalyzers.TITLE);
        return words ? StackedTokens.term(term.text()) : term.text();
    }

    private static ObjectNode single(String kind, String field, ObjectNode body) {
        ObjectNode inner = JSON.objectNode();
        inner.set(field, body);
        return wrap(kind, inner);
    }

    private static ObjectNode wrap(String kind, ObjectNode body) {
        ObjectNode out = JSON.objectNode();
        out.set(kind, body);
        return out;
    }
}
