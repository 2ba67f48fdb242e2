package org.tarikh.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds after each word its script-independent key at the same position ({@code "лекеров"} → {@code "лекеров"},
 * {@code "lekerov"}), the way a synonym filter stacks synonyms. A Cyrillic query thus meets a Latin text and the
 * reverse, phrases still match, and the highlighter marks the word whichever of the two matched. A key equal to
 * its word is not repeated. The key function must be thread-safe.
 */
public final class KeyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final UnaryOperator<String> keyer;
    private String pendingKey;
    private State pendingState;

    public KeyFilter(TokenStream input, UnaryOperator<String> keyer) {
        super(input);
        this.keyer = keyer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingKey != null) {
            restoreState(pendingState);
            term.setEmpty().append(pendingKey);
            position.setPositionIncrement(0);
            pendingKey = null;
            pendingState = null;
            return true;
        }
        if (!input.incrementToken()) return false;
        String word = term.toString();
        if (!lettersOnly(word)) return true; // "1937", "58-2", "marker7": a key without the digits would lie
        String key = keyer.apply(word);
        if (key != null && !key.isEmpty() && !key.equals(word)) {
            pendingKey = key;
            pendingState = captureState();
        }
        return true;
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) return false;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingKey = null;
        pendingState = null;
    }
}
