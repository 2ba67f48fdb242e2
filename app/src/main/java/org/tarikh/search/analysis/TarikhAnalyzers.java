package org.tarikh.search.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text analysis of the archive, run in the application so that every search engine behind
 * {@link org.tarikh.search.SearchIndex} indexes the same terms.
 *
 * <p>{@code text} and {@code title}: Unicode word tokens, lower-cased and folded ({@code ё}→{@code е}, accents
 * removed; Kazakh letters such as {@code ә ұ ү і} are letters of their own and stay), each followed at the same
 * position by its script-independent key ({@link KeyFilter}), so that {@code Лекеров} meets {@code Lekerov} and
 * {@code Aimauytov} meets {@code Aymautov}.
 */
public final class TarikhAnalyzers {
    public static final String TEXT = "text";
    public static final String TITLE = "title";

    private TarikhAnalyzers() {}

    public static Analyzer create(UnaryOperator<String> keyer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new KeyFilter(new ICUFoldingFilter(new LowerCaseFilter(source)), keyer);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
