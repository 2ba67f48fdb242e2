package org.tarikh.search.query;

import java.util.List;
import java.util.Objects;

/**
 * A search query as a small tree of our own, independent of any search engine: the archive parses what a reader
 * typed once ({@link QueryParser#parse}) and each {@code SearchIndex} renders the tree for its engine (Lucene's
 * {@code Query} objects, OpenSearch's query DSL). {@link QueryPrinter#print} writes a tree back in the syntax the
 * parser reads, so that {@code parse(print(q)).equals(q)}.
 *
 * <h2>The nodes</h2>
 * <ul>
 *   <li>{@link Word}: one word as typed ({@code Сейфуллин}, {@code Алма-Ата}, {@code 1937}). Not analysed: the
 *       engine analyses it as it analyses the field (stems, script-independent keys, folding), and a word the
 *       analysis splits ({@code Алма-Ата}) must match all of its pieces.</li>
 *   <li>{@link Phrase}: words in quotation marks that must stand in this order, {@code slop} other positions
 *       allowed between them ({@code "жер аудару"}, {@code "1936 12 наурыз"~1}).</li>
 *   <li>{@link Prefix}: the words that begin with the text ({@code коллектив*}); the text is folded like a word
 *       (lower case, {@code ё}→{@code е}) but not stemmed.</li>
 *   <li>{@link Fuzzy}: the words within {@code edits} (0–2) edits of the word ({@code Сейфуллнн~1}).</li>
 *   <li>{@link Range}: the values from {@code from} to {@code to} (either null: open), for {@link Field#YEAR} and
 *       {@link Field#DECADE} ({@code year:[1930 TO 1939]}, {@code year:{1930 TO *]}).</li>
 *   <li>{@link And}: every child must match ({@code a b}, {@code a AND b}); a child {@link Not} excludes.</li>
 *   <li>{@link Or}: at least one child must match ({@code a OR b}); documents matching more score higher.</li>
 *   <li>{@link Not}: the documents that do not match the child ({@code -a}, {@code NOT a}, {@code !a}). Alone, or
 *       as the only kind of child of an {@link And}, it means every document except those.</li>
 *   <li>{@link Boost}: the child with its score multiplied by {@code weight} ({@code a^2}); the thesaurus
 *       expansion gives the labels a reader did not type a weight of 0.3.</li>
 * </ul>
 *
 * <h2>The fields ({@link Field})</h2>
 * {@link Field#ANY} searches a document's title (weight 2) and text (weight 1); {@code TITLE} and {@code TEXT} one
 * of them. {@code LANG}, {@code KIND}, {@code YEAR} and {@code DECADE} are exact values, matched lower-cased
 * ({@code lang:KK} is {@code lang:kk}). {@code PERSON} names an archive person by id or by a name in any spelling,
 * {@code PLACE} a gazetteer place by any of its names: the engine looks them up in the archive's persons and
 * places ({@code LinkedFacets}) and matches the documents of that person or place; an unknown one matches nothing.
 * The parser has already checked the values a field takes ({@code year:} four digits, {@code decade:} as
 * {@code 1930s}), so a renderer need not.
 *
 * <h2>What a renderer adds, the same in every engine</h2>
 * <ul>
 *   <li>A query that is only plain words of {@code ANY} ({@link #plainWords}) is read as a searcher means it, not as
 *       a conjunction (the Lucene index's {@code WordsQuery}: at least half of the parts, dates in every written
 *       form, confident person names);</li>
 *   <li>thesaurus concepts named by plain words are also searched under their other labels, weight 0.3
 *       ({@code QueryExpander} rewrites the tree: an engine can take its output as it is);</li>
 *   <li>a capitalised {@code ANY} word that names a gazetteer place and no archive person also scores the documents
 *       that name the place (weight 2.5), besides matching its words.</li>
 * </ul>
 *
 * <p>Nodes are immutable values with structural equality. The parser returns them in a normal form: no {@link And}
 * inside an {@link And} nor {@link Or} inside an {@link Or}, each with at least two children.
 */
public sealed interface Query permits Query.Word, Query.Phrase, Query.Prefix, Query.Fuzzy, Query.Range, Query.And,
        Query.Or, Query.Not, Query.Boost {

    /** What a leaf searches: a document's words, or one of its values. */
    enum Field {
        /** Title and text, the title weighing twice. */
        ANY(null),
        TITLE("title"),
        TEXT("text"),
        PERSON("person"),
        PLACE("place"),
        YEAR("year"),
        DECADE("decade"),
        LANG("lang"),
        KIND("kind");

        private final String prefix;

        Field(String prefix) {
            this.prefix = prefix;
        }

        /** The name a query writes before {@code :}; null for {@link #ANY}. */
        public String prefix() {
            return prefix;
        }

        /** Whether the field holds exact values ({@code lang}, {@code kind}, {@code year}, {@code decade}). */
        public boolean exact() {
            return this == LANG || this == KIND || this == YEAR || this == DECADE;
        }

        /** The field written {@code name:}, ignoring case; null when there is none. */
        public static Field named(String name) {
            for (Field f : values()) if (f.prefix != null && f.prefix.equalsIgnoreCase(name)) return f;
            return null;
        }
    }

    /** One word as typed, analysed by the engine like the field's text. */
    record Word(Field field, String text) implements Query {
        public Word {
            Objects.requireNonNull(field, "field");
            requireText(text);
        }

        public Word(String text) {
            this(Field.ANY, text);
        }
    }

    /** Words in this order, at most {@code slop} positions apart. */
    record Phrase(Field field, String text, int slop) implements Query {
        public Phrase {
            Objects.requireNonNull(field, "field");
            requireText(text);
            if (slop < 0) throw new IllegalArgumentException("negative slop " + slop);
        }
    }

    /** The words that begin with {@code text}. */
    record Prefix(Field field, String text) implements Query {
        public Prefix {
            Objects.requireNonNull(field, "field");
            requireText(text);
        }
    }

    /** The words within {@code edits} edits (0–2) of {@code text}. */
    record Fuzzy(Field field, String text, int edits) implements Query {
        public Fuzzy {
            Objects.requireNonNull(field, "field");
            requireText(text);
            if (edits < 0 || edits > 2) throw new IllegalArgumentException("edits must be 0-2, not " + edits);
        }
    }

    /** The values between {@code from} and {@code to}; a null end is open. */
    record Range(Field field, String from, String to, boolean includeFrom, boolean includeTo) implements Query {
        public Range {
            Objects.requireNonNull(field, "field");
            if (from != null) requireText(from);
            if (to != null) requireText(to);
        }
    }

    /** Every child. */
    record And(List<Query> children) implements Query {
        public And {
            children = List.copyOf(children);
            if (children.isEmpty()) throw new IllegalArgumentException("an And needs children");
        }
    }

    /** At least one child. */
    record Or(List<Query> children) implements Query {
        public Or {
            children = List.copyOf(children);
            if (children.isEmpty()) throw new IllegalArgumentException("an Or needs children");
        }
    }

    /** The documents the child does not match. */
    record Not(Query child) implements Query {
        public Not {
            Objects.requireNonNull(child, "child");
        }
    }

    /** The child, its score multiplied by {@code weight} (positive). */
    record Boost(Query child, float weight) implements Query {
        public Boost {
            Objects.requireNonNull(child, "child");
            if (!(weight > 0) || Float.isInfinite(weight)) throw new IllegalArgumentException("weight must be positive, not " + weight);
        }
    }

    /** The leaves of {@code Field.ANY} words, when the query is nothing else (one word, or an And of words). */
    static List<String> plainWords(Query query) {
        if (query instanceof Word w && w.field() == Field.ANY) return List.of(w.text());
        if (!(query instanceof And and)) return List.of();
        List<String> out = new java.util.ArrayList<>();
        for (Query child : and.children()) {
            if (!(child instanceof Word w) || w.field() != Field.ANY) return List.of();
            out.add(w.text());
        }
        return out;
    }

    /** An And of the queries, or the one query. */
    static Query and(List<Query> queries) {
        return queries.size() == 1 ? queries.get(0) : new And(queries);
    }

    /** An Or of the queries, or the one query. */
    static Query or(List<Query> queries) {
        return queries.size() == 1 ? queries.get(0) : new Or(queries);
    }

    private static void requireText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) throw new IllegalArgumentException("empty text");
    }
}
