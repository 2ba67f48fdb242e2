package org.tarikh.search.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The reference {@link StackedTerms} must match (the filter of the index before it; see {@code StackedTermsTest}).
 *
 * <p>Adds after each word its script-independent key at the same position ({@code "лекеров"} → {@code "лекеров"},
 * {@code "lekerov"}), the way a synonym filter stacks synonyms. A Cyrillic query thus meets a Latin text and the
 * reverse, phrases still match, and the highlighter marks the word whichever of the two matched. A key equal to
 * its word is not repeated, and a stem stacked on its word (position increment 0) of under three letters gets no
 * key. The key function must be thread-safe.
 *
 * <p>A key of a Kazakh patronymic surname ({@code -ұлы}, {@code -uly}: key ending {@code "ulu"}) is also stacked in
 * its Russian form {@code -ов} ({@link #russianSurnameKey}), because one person is written both ways:
 * {@code "Дулатұлы"} ({@code "dulatulu"}) also gives {@code "dulatuv"}, the key of {@code "Дулатов"}.
 */
public final class KeyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final UnaryOperator<String> keyer;
    private final java.util.ArrayDeque<String> pendingKeys = new java.util.ArrayDeque<>(2);
    private State pendingState;

    public KeyFilter(TokenStream input, UnaryOperator<String> keyer) {
        super(input);
        this.keyer = keyer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingKeys.isEmpty()) {
            restoreState(pendingState);
            term.setEmpty().append(pendingKeys.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        String word = term.toString();
        if (!lettersOnly(word)) return true; // "1937", "58-2", "marker7": a key without the digits would lie
        // a stem of two letters keyed across scripts meets unrelated short words: Kazakh "ата" stems to "ат",
        // keyed "at", the English preposition
        if (position.getPositionIncrement() == 0 && word.length() < 3) return true;
        String key = keyer.apply(word);
        if (key != null && !key.isEmpty()) {
            if (!key.equals(word)) pendingKeys.add(key);
            String russian = russianSurnameKey(key);
            if (russian != null && !russian.equals(word)) pendingKeys.add(russian);
            if (!pendingKeys.isEmpty()) pendingState = captureState();
        }
        return true;
    }

    /**
     * The key of the Russian {@code -ов} form of a Kazakh patronymic surname, from its key: {@code "dulatulu"} →
     * {@code "dulatuv"}; null when the key does not end in {@code "ulu"} after a stem of at least 4 letters (so short
     * words such as {@code "truly"} are left alone).
     */
    static String russianSurnameKey(String key) {
        if (!key.endsWith("ulu") || key.length() - 3 < 4) return null;
        return key.substring(0, key.length() - 3) + "uv";
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
        pendingKeys.clear();
        pendingState = null;
    }
}
