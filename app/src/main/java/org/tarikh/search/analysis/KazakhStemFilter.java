package org.tarikh.search.analysis;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tarikh.text.kk.KazakhStemmer;

/**
 * Replaces each Kazakh term by its {@link KazakhStemmer} stem ({@code "сейфуллиннің"} → {@code "сейфуллин"}); terms
 * marked as keywords (for example by a {@code SetKeywordMarkerFilter}) pass unchanged. Expects lower-cased input,
 * so put it after a {@code LowerCaseFilter}. Like every token stream, one instance serves one thread at a time.
 */
public final class KazakhStemFilter extends TokenFilter {
    private final KazakhStemmer stemmer;
    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAttribute = addAttribute(KeywordAttribute.class);

    public KazakhStemFilter(TokenStream input) {
        this(input, new KazakhStemmer());
    }

    public KazakhStemFilter(TokenStream input, KazakhStemmer stemmer) {
        super(input);
        this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAttribute.isKeyword()) {
            String term = termAttribute.toString();
            String stem = stemmer.stem(term);
            if (!stem.equals(term)) {
                termAttribute.setEmpty().append(stem);
            }
        }
        return true;
    }
}
