package org.tarikh.search.analysis;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text analysis of the archive, run in the application so that every search engine behind
 * {@link org.tarikh.search.SearchIndex} indexes the same terms.
 *
 * <p>{@code text} and {@code title}: Unicode word tokens, lower-cased, with the year of a dotted date stacked on it
 * ({@link YearPartFilter}: {@code 26.02.1938} also {@code 1938}); each word followed at the same position by
 * its stems (Kazakh, Russian or English by the word's letters and the language of its paragraph, every stemmer for
 * queries); all of them folded ({@code ё}→{@code е}, accents removed; Kazakh letters such as {@code ә ұ ү і} are
 * letters of their own and stay) and each followed by its script-independent key, each term once at its position
 * ({@link StackedTerms}, {@link StackedTermsFilter}). So {@code Лекеров} meets {@code Lekerov},
 * {@code Aimauytov} meets {@code Aymautov}, and {@code Сейфуллиннің} meets {@code Seifullin} through the stem
 * {@code сейфуллин} and its key {@code seifullin}.
 */
public final class TarikhAnalyzers {
    public static final String TEXT = "text";
    public static final String TITLE = "title";

    private TarikhAnalyzers() {}

    public static Analyzer create(UnaryOperator<String> keyer) {
        return create(keyer, Set.of());
    }

    /**
     * The analyzer of text fields, and of {@code valueFields} (language, year, kind...) as exact lower-cased values,
     * so that {@code lang:KK} finds what was indexed as {@code kk}.
     */
    public static Analyzer create(UnaryOperator<String> keyer, Set<String> valueFields) {
        return create(keyer, valueFields, true, true);
    }

    /**
     * As {@link #create(UnaryOperator, Set)}, with stems and keys each switched on or off (to measure what they buy;
     * the archive uses both).
     */
    public static Analyzer create(UnaryOperator<String> keyer, Set<String> valueFields, boolean stems, boolean keys) {
        return create(new StackedTerms(keyer, stems, keys), valueFields);
    }

    /**
     * As {@link #create(UnaryOperator, Set)}, stacking {@code terms}: an index that also analyses its documents
     * through {@link #indexStream(String, IntFunction, StackedTerms)} passes the same instance to both, so that they
     * share what it has learnt of the archive's words.
     */
    public static Analyzer create(StackedTerms terms, Set<String> valueFields) {
        Analyzer values = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
        Map<String, Analyzer> perField = new HashMap<>();
        for (String field : valueFields) perField.put(field, values);
        return new PerFieldAnalyzerWrapper(documentAnalyzer(null, terms), perField); // a query's words: every stemmer
    }

    /**
     * The terms of one document's text for the index, stemmed by the language of each paragraph.
     *
     * @param languageAt the ISO 639-1 language at a character offset of {@code text}, or null where unknown
     */
    public static TokenStream indexStream(String text, IntFunction<String> languageAt, UnaryOperator<String> keyer) {
        return indexStream(text, languageAt, keyer, true, true);
    }

    /** As {@link #indexStream(String, IntFunction, UnaryOperator)}, with stems and keys each switched on or off. */
    public static TokenStream indexStream(String text, IntFunction<String> languageAt, UnaryOperator<String> keyer,
                                          boolean stems, boolean keys) {
        return indexStream(text, languageAt, new StackedTerms(keyer, stems, keys));
    }

    /** As {@link #indexStream(String, IntFunction, UnaryOperator)}, with the terms of each word from {@code terms}. */
    public static TokenStream indexStream(String text, IntFunction<String> languageAt, StackedTerms terms) {
        Tokenizer source = new StandardTokenizer();
        source.setReader(new StringReader(text));
        return chain(source, languageAt, terms);
    }

    /**
     * The analyzer of one document's text as {@link #indexStream} analyses it, stemmed by the language of each
     * paragraph (null: every stemmer, as for queries): for re-analysing a stored text (highlighting a hit of an
     * engine that keeps no offsets of ours).
     */
    public static Analyzer documentAnalyzer(IntFunction<String> languageAt, UnaryOperator<String> keyer,
                                            boolean stems, boolean keys) {
        return documentAnalyzer(languageAt, new StackedTerms(keyer, stems, keys));
    }

    /** As {@link #documentAnalyzer(IntFunction, UnaryOperator, boolean, boolean)}, with the terms from {@code terms}. */
    public static Analyzer documentAnalyzer(IntFunction<String> languageAt, StackedTerms terms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, chain(source, languageAt, terms));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static TokenStream chain(Tokenizer source, IntFunction<String> languageAt, StackedTerms terms) {
        return new StackedTermsFilter(new YearPartFilter(new LowerCaseFilter(source)), terms, languageAt);
    }
}
