package org.tarikh.search.analysis;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text analysis of the archive, run in the application so that every search engine behind
 * {@link org.tarikh.search.SearchIndex} indexes the same terms.
 *
 * <ul>
 *   <li>{@code text}, {@code title}: Unicode word tokens, lower-cased and folded ({@code ё}→{@code е},
 *       accents removed; Kazakh letters such as {@code ә ұ ү і} are letters of their own and stay).</li>
 *   <li>{@code keys}, {@code title_keys}: the same tokens turned into script-independent keys, so that {@code Лекеров} meets
 *       {@code Lekerov} and {@code Aimauytov} meets {@code Aymautov}.</li>
 * </ul>
 */
public final class TarikhAnalyzers {
    public static final String TEXT = "text";
    public static final String TITLE = "title";
    public static final String KEYS = "keys";
    public static final String TITLE_KEYS = "title_keys";

    private TarikhAnalyzers() {}

    public static Analyzer create(UnaryOperator<String> keyer) {
        Analyzer words = words();
        Analyzer keys = keys(keyer);
        return new PerFieldAnalyzerWrapper(words, Map.of(KEYS, keys, TITLE_KEYS, keys));
    }

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ICUFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer keys(UnaryOperator<String> keyer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new KeyFilter(new LowerCaseFilter(source), keyer);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new KeyFilter(new LowerCaseFilter(in), keyer);
            }
        };
    }
}
