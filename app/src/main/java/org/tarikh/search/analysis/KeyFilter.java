package org.tarikh.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each token by its script-independent key ({@code "Лекеров"} → {@code "lekerov"}), keeping offsets and
 * positions, so that a Cyrillic query meets a Latin text and the reverse. Tokens whose key is empty are kept as
 * they are. The key function must be thread-safe.
 */
public final class KeyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final UnaryOperator<String> keyer;

    public KeyFilter(TokenStream input, UnaryOperator<String> keyer) {
        super(input);
        this.keyer = keyer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String key = keyer.apply(term.toString());
        if (key != null && !key.isEmpty()) term.setEmpty().append(key);
        return true;
    }
}
