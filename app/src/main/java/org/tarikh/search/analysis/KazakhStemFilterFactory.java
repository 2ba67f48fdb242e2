package org.tarikh.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.tarikh.text.kk.KazakhStemmer;

/**
 * Factory for {@link KazakhStemFilter}, registered under the SPI name {@value #NAME} so that
 * {@code CustomAnalyzer.builder().addTokenFilter("kazakhStem")} finds it. Takes no parameters; thread-safe.
 */
public final class KazakhStemFilterFactory extends TokenFilterFactory {
    /** SPI name. */
    public static final String NAME = "kazakhStem";

    private final KazakhStemmer stemmer = new KazakhStemmer();

    public KazakhStemFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters for " + NAME + ": " + args);
        }
    }

    /** Default constructor for SPI lookup only. */
    public KazakhStemFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new KazakhStemFilter(input, stemmer);
    }
}
