package org.tarikh.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.tarikh.extract.dates.DateMention;
import org.tarikh.extract.dates.DateParser;
import org.tarikh.extract.dates.EdtfDate;

/**
 * The query of a search typed as plain words (letters, digits, hyphens, dots and apostrophes; no fields, phrases
 * or operators), read the way a searcher means it rather than as a conjunction of every word.
 *
 * <p>The words are grouped into <em>parts</em>, in this order:
 * <ol>
 *   <li>a run of words naming a thesaurus concept ({@link QueryExpander}): the words, or any other label;</li>
 *   <li>a date ({@link DateParser}: {@code 4 апреля 1930}, {@code 1930 жылғы 4 сәуір}, {@code April 4, 1930},
 *       {@code 04.04.1930}, {@code в 1988 году}): the same day written in any of the usual forms of the three
 *       languages ({@link DateForms}), or at least its year: documents often give only the year of what a query
 *       dates to the day;</li>
 *   <li>a run of two to four words that confidently names an archive person ({@link
 *       LinkedFacets#documentsOfNamedPerson}): the words, or a document that names that person in any spelling
 *       (Байтұрсынұлы finds the English text that writes Baitursynov);</li>
 *   <li>function and question words ({@link #FUNCTION_WORDS}: prepositions, conjunctions, particles, question
 *       words of Kazakh, Russian and English) are left out: {@code қашан} (when) or {@code в} (in) does not say
 *       what a document is about;</li>
 *   <li>every other word is a part of its own.</li>
 * </ol>
 * A document must match at least half of the parts (one of two, two of three or four, three of five); each part
 * it matches adds {@value #PART_SCORE} to its score on top of the words' BM25, so the documents that match every
 * part come first, then those that match most of them.
 *
 * <p>Thread-safe.
 */
final class WordsQuery {
    /** What each matched part adds to a document's score: more than the words of one part can score by BM25. */
    static final float PART_SCORE = 100f;
    /** What a document of the named person scores for the name's part when it does not write the name's words. */
    static final float PERSON_SCORE = 5f;
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]*");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.\\-]*");
    private static final String VOWELS = "aeiouy";
    private static final DateParser DATES = new DateParser();

    /**
     * Closed classes of Kazakh (Cyrillic and Latin), Russian and English that carry no topic: prepositions and
     * postpositions, conjunctions, particles, question words, and the copulas and pronouns a question is built with.
     */
    static final Set<String> FUNCTION_WORDS = Set.of(
            // Kazakh: conjunctions, postpositions, particles, question words
            "мен", "бен", "пен", "және", "да", "де", "та", "те", "әрі", "немесе", "бірақ", "туралы", "үшін",
            "бойынша", "арқылы", "бірге", "сияқты", "ма", "ме", "ба", "бе", "па", "пе", "ғой", "ше",
            "қашан", "қайда", "қайдан", "кім", "кімнің", "кімді", "не", "нені", "неге", "неліктен", "қалай",
            "қандай", "қай", "қанша", "неше", "ол", "оның", "еді",
            "men", "jäne", "turaly", "üşın", "qaşan", "qaida", "kım", "nege", "qalai", "qandai", "qai", "qanşa",
            // Russian: prepositions, conjunctions, particles, question words, copula
            "в", "во", "на", "о", "об", "обо", "с", "со", "к", "ко", "по", "за", "из", "от", "до", "у", "для",
            "при", "про", "над", "под", "без", "через", "и", "а", "но", "или", "ли", "же", "бы", "что", "как",
            "когда", "где", "куда", "откуда", "кто", "кого", "чей", "почему", "зачем", "какой", "какая", "какие",
            "каком", "сколько", "был", "была", "было", "были", "его", "ее", "её", "их",
            // English: articles, prepositions, conjunctions, question words, copula, pronouns
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "about", "into", "and",
            "or", "as", "is", "are", "was", "were", "be", "been", "did", "does", "do", "when", "where", "who",
            "whom", "whose", "what", "which", "why", "how", "his", "her", "its", "their");

    private final Function<org.tarikh.search.query.Query, Query> words;
    private final QueryExpander expander;
    private final LinkedFacets linked;
    private final String idField;
    private final String textField;
    private final java.util.function.UnaryOperator<String> keyer;

    /**
     * @param words   the engine's query of one node of the query tree (a word, a phrase, a concept's labels)
     * @param idField   the field holding a document's id
     * @param textField the field of a document's words
     * @param keyer     the script-independent key of a word as the index stacks it, or null when it stacks none
     */
    WordsQuery(Function<org.tarikh.search.query.Query, Query> words, QueryExpander expander, LinkedFacets linked, String idField,
               String textField, java.util.function.UnaryOperator<String> keyer) {
        this.keyer = keyer;
        this.textField = textField;
        this.words = words;
        this.expander = expander;
        this.linked = linked;
        this.idField = idField;
    }

    /**
     * Whether the words ({@link org.tarikh.search.query.Query#plainWords}) are plain words, which {@link #build}
     * reads; anything else is rendered node by node.
     */
    static boolean isPlain(List<String> chunks) {
        if (chunks.isEmpty()) return false;
        for (String chunk : chunks) {
            if (!PLAIN_WORD.matcher(chunk).matches()) return false;
            if (chunk.equals("AND") || chunk.equals("OR") || chunk.equals("NOT")) return false;
        }
        return true;
    }

    /** The parts of a plain query and the query that combines them. */
    record Built(Query query, List<Query> parts) {}

    Built build(List<String> chunks, boolean thesaurus) {
        String query = String.join(" ", chunks);
        int n = chunks.size();
        Query[] partAt = new Query[n];
        boolean[] used = new boolean[n];
        List<Query> parts = new ArrayList<>();
        if (thesaurus) {
            for (QueryExpander.Group g : expander.groups(chunks)) {
                parts.add(words.apply(g.query()));
                for (int c = g.first(); c <= g.last(); c++) used[c] = true;
            }
        }
        dates(query, chunks, used, parts);
        names(chunks, used, parts);
        List<Query> plain = new ArrayList<>();
        List<Query> function = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (used[c]) continue;
            Query q = word(chunks.get(c));
            (FUNCTION_WORDS.contains(chunks.get(c).toLowerCase(Locale.ROOT)) ? function : plain).add(q);
        }
        parts.addAll(plain);
        if (parts.isEmpty()) parts.addAll(function); // "the", "не": the words are all the query has
        return new Built(combine(parts), List.copyOf(parts));
    }

    /** At least half of the parts, each matched part adding {@link #PART_SCORE}. */
    static Query combine(List<Query> parts) {
        if (parts.size() == 1) return parts.get(0);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query part : parts) {
            any.add(new BooleanQuery.Builder()
                    .add(part, BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new ConstantScoreQuery(part), PART_SCORE), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.SHOULD);
        }
        any.setMinimumNumberShouldMatch(parts.size() <= 2 ? 1 : (parts.size() + 1) / 2);
        return any.build();
    }

    /** Every part required: what the query finds when all its parts match. */
    static Query all(List<Query> parts) {
        if (parts.size() == 1) return parts.get(0);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query part : parts) all.add(part, BooleanClause.Occur.MUST);
        return all.build();
    }

    private void dates(String query, List<String> chunks, boolean[] used, List<Query> parts) {
        if (chunks.stream().noneMatch(c -> c.chars().anyMatch(Character::isDigit))) return;
        int[] starts = new int[chunks.size()];
        int from = 0;
        for (int c = 0; c < chunks.size(); c++) {
            starts[c] = query.indexOf(chunks.get(c), from);
            from = starts[c] + chunks.get(c).length();
        }
        for (DateMention mention : DATES.find(query)) {
            if (mention.kind() != DateMention.Kind.POINT) continue;
            EdtfDate date = mention.date();
            EdtfDate.Precision precision = date.precision();
            if (precision != EdtfDate.Precision.DAY && precision != EdtfDate.Precision.MONTH
                    && precision != EdtfDate.Precision.YEAR) {
                continue;
            }
            int first = -1, last = -1;
            for (int c = 0; c < chunks.size(); c++) {
                int end = starts[c] + chunks.get(c).length();
                if (starts[c] < mention.end() && end > mention.start()) {
                    if (first < 0) first = c;
                    last = c;
                }
            }
            if (first < 0) continue;
            boolean free = true;
            for (int c = first; c <= last; c++) free &= !used[c];
            if (!free) continue;
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (org.tarikh.search.query.Query form : DateForms.phrases(date)) {
                either.add(new BoostQuery(words.apply(form), DateForms.FULL_DATE_WEIGHT), BooleanClause.Occur.SHOULD);
            }
            for (String form : DateForms.terms(date)) {
                either.add(new BoostQuery(new TermQuery(new Term(textField, form)), DateForms.FULL_DATE_WEIGHT),
                        BooleanClause.Occur.SHOULD);
            }
            either.add(words.apply(new org.tarikh.search.query.Query.Word(date.value().substring(0, 4))),
                    BooleanClause.Occur.SHOULD);
            parts.add(either.build());
            for (int c = first; c <= last; c++) used[c] = true;
        }
    }

    private void names(List<String> chunks, boolean[] used, List<Query> parts) {
        int n = chunks.size();
        int c = 0;
        while (c < n) {
            int found = 0;
            Set<String> documents = Set.of();
            for (int len = Math.min(MAX_NAME_WORDS, n - c); len >= 2 && found == 0; len--) {
                if (!nameWords(chunks, used, c, len)) continue;
                Set<String> docs = linked.documentsOfNamedPerson(String.join(" ", chunks.subList(c, c + len)));
                if (!docs.isEmpty()) {
                    found = len;
                    documents = docs;
                }
            }
            if (found == 0) {
                c++;
                continue;
            }
            // any of the name's words (the documents that write them all score highest), or a document of the
            // person: a text that names Bukeikhanov by his surname alone is still about him
            BooleanQuery.Builder name = new BooleanQuery.Builder();
            for (int k = c; k < c + found; k++) {
                name.add(word(chunks.get(k)), BooleanClause.Occur.SHOULD);
                used[k] = true;
            }
            Query ids = new TermInSetQuery(idField, documents.stream().map(BytesRef::new).toList());
            name.add(new BoostQuery(new ConstantScoreQuery(ids), PERSON_SCORE), BooleanClause.Occur.SHOULD);
            parts.add(name.build());
            c += found;
        }
    }

    /**
     * One word of the query; a capitalised word that may be a surname also as the key of its other written form:
     * Kazakh family names are written with the Russian suffix -ов/-ев or without it ({@code Бөкейханов} and
     * {@code Бөкейхан}, {@code Байтұрсынов} and {@code Байтұрсын}), so the bare form's key is also searched with
     * {@code uv} (the key of -ов/-ев) and the suffixed form's key without it. (The -ұлы form is stacked as -ов by
     * {@link org.tarikh.search.analysis.StackedTerms}.)
     */
    private Query word(String chunk) {
        Query typed = words.apply(new org.tarikh.search.query.Query.Word(chunk));
        List<String> others = keyer == null ? List.of() : otherSurnameKeys(chunk);
        if (others.isEmpty()) return typed;
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(typed, BooleanClause.Occur.SHOULD);
        for (String other : others) either.add(new TermQuery(new Term(textField, other)), BooleanClause.Occur.SHOULD);
        return either.build();
    }

    /**
     * The keys of the other form (with or without -ов/-ев) of a capitalised word of at least 5 letters; a stem in
     * -й takes -ев with the й absorbed ({@code Жұмабай}, {@code Жумабаев}). Empty for other words.
     */
    List<String> otherSurnameKeys(String chunk) {
        if (chunk.length() < 5 || !LETTERS.matcher(chunk).matches() || !Character.isUpperCase(chunk.codePointAt(0))
                || chunk.equals(chunk.toUpperCase(Locale.ROOT))) {
            return List.of();
        }
        String key = keyer.apply(chunk.toLowerCase(Locale.ROOT));
        if (key == null || key.length() < 5 || !key.chars().allMatch(Character::isLetter)) return List.of();
        if (key.endsWith("ulu")) key = key.substring(0, key.length() - 3) + "uv";
        if (key.endsWith("uv")) {
            String bare = key.substring(0, key.length() - 2);
            if (bare.length() < 4) return List.of();
            return VOWELS.indexOf(bare.charAt(bare.length() - 1)) >= 0 ? List.of(bare, bare + "i") : List.of(bare);
        }
        if (key.endsWith("i") && VOWELS.indexOf(key.charAt(key.length() - 2)) >= 0) {
            return List.of(key.substring(0, key.length() - 1) + "uv");
        }
        return List.of(key + "uv");
    }

    private static boolean nameWords(List<String> chunks, boolean[] used, int from, int len) {
        for (int k = from; k < from + len; k++) {
            String chunk = chunks.get(k);
            if (used[k] || !LETTERS.matcher(chunk).matches()) return false;
            if (FUNCTION_WORDS.contains(chunk.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
