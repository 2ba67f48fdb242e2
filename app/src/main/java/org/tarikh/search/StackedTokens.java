package org.tarikh.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Our own analysis written out for a search engine that must not analyse again: the terms of a token stream, one
 * position after another separated by spaces, the terms stacked on one position joined by {@value #STACK}:
 * {@code "Сейфуллиннің 1937"} → {@code "сейфуллиннің|сейфуллин|seifullinnin|seifullin 1937"}. OpenSearch splits
 * this back with a whitespace tokenizer and a {@code pattern_capture} filter that emits every part at the same
 * position ({@link OpenSearchIndex}), so it indexes exactly the terms and positions Lucene indexes, and a phrase or a
 * stacked query term reads them the same way. Thread-safe (stateless).
 */
final class StackedTokens {
    static final char STACK = '|';

    private StackedTokens() {}

    /** The stream's terms as stacked text; consumes and closes the stream. */
    static String render(TokenStream stream) {
        StringBuilder out = new StringBuilder();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (out.length() > 0) out.append(position.getPositionIncrement() == 0 ? STACK : ' ');
                out.append(term(term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text for the search cluster", e);
        }
        return out.toString();
    }

    /**
     * A term as the stacked text carries it: the separators (a space, {@value #STACK}) cannot occur in a term of
     * our analysis, but if folding ever produced one it becomes {@code _}, the same on the index and query side.
     */
    static String term(String term) {
        StringBuilder out = null;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == STACK || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out == null) out = new StringBuilder(term);
                out.setCharAt(i, '_');
            }
        }
        return out == null ? term : out.toString();
    }
}
