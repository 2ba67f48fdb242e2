package org.tarikh.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each lower-cased word by its {@link StackedTerms} at its position, the way a synonym filter stacks
 * synonyms: {@code "сейфуллиннің"} → {@code "сейфуллиннің"}, {@code "seifulunnin"}, {@code "сейфуллин"},
 * {@code "seifulun"}. The stacked terms keep the word's offsets, so phrases still match and the highlighter marks the
 * word whichever term matched; a word that matches exactly scores above one that matches only by its stem. The
 * language around each word comes from {@code languageAt} (by its start offset; null: unknown, as for queries). A
 * word that arrives stacked on the one before it (the year of a dotted date) adds only the terms its position does
 * not hold yet. One instance serves one thread at a time, like every token stream.
 */
public final class StackedTermsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final StackedTerms stacked;
    private final IntFunction<String> languageAt;
    private final WordStems stemmer = new WordStems();
    /** The terms given at the current position so far (a stacked word must not repeat them). */
    private final List<String> atPosition = new ArrayList<>();
    private String[] pending = new String[0];
    private int next;

    public StackedTermsFilter(TokenStream input, StackedTerms stacked, IntFunction<String> languageAt) {
        super(input);
        this.stacked = stacked;
        this.languageAt = languageAt;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            while (next < pending.length) {
                String t = pending[next++];
                if (atPosition.contains(t)) continue;
                atPosition.add(t);
                term.setEmpty().append(t);
                position.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) return false;
            String word = term.toString();
            String language = languageAt == null ? null : languageAt.apply(offset.startOffset());
            if (position.getPositionIncrement() != 0) {
                pending = stacked.of(word, language, stemmer);
                atPosition.clear();
                atPosition.add(pending[0]);
                next = 1;
                term.setEmpty().append(pending[0]);
                return true;
            }
            // a word stacked on the previous one: its first new term keeps the increment of 0 it came with
            pending = stacked.ofStacked(word, language, stemmer);
            next = 0;
            if (!stacked.stacks()) {
                atPosition.clear(); // without stems and keys nothing is removed: each word keeps its one term
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        atPosition.clear();
        pending = new String[0];
        next = 0;
    }
}
