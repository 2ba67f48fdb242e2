package org.tarikh.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The reference {@link StackedTerms} must match (the filter of the index before it; see {@code StackedTermsTest}).
 *
 * <p>Adds after each word its stems ({@link WordStems}) at the same position, keeping the word itself:
 * {@code "сейфуллиннің"} → {@code "сейфуллиннің"}, {@code "сейфуллин"}. A word that matches exactly so scores above
 * one that matches only by its stem, and phrases still match. The language of the text around each word comes from
 * {@code languageAt} (by the word's start offset; null: unknown, as for queries, where every stemmer runs).
 * Expects lower-cased, unfolded input (the Kazakh rules need й and the Kazakh Latin letters). One instance serves
 * one thread at a time, like every token stream.
 */
public final class StemStackFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final WordStems stems = new WordStems();
    private final IntFunction<String> languageAt;
    private final Deque<String> pending = new ArrayDeque<>();
    private State pendingState;

    public StemStackFilter(TokenStream input, IntFunction<String> languageAt) {
        super(input);
        this.languageAt = languageAt;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(pendingState);
            term.setEmpty().append(pending.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        String language = languageAt == null ? null : languageAt.apply(offset.startOffset());
        pending.addAll(stems.stems(term.toString(), language));
        if (!pending.isEmpty()) pendingState = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        pendingState = null;
    }
}
