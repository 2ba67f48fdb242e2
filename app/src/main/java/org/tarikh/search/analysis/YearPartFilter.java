package org.tarikh.search.analysis;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds after a dotted date its year at the same position: {@code "26.02.1938"} → {@code "26.02.1938"},
 * {@code "1938"}. Unicode word breaking keeps digits joined by dots as one token (the dot may be a decimal point), so
 * without this a search for {@code 1938} would miss the Soviet record's {@code 26.02.1938 г.}, the way dates are
 * written in Russian and Kazakh documents. Rules: a token of one or two digit groups of 1–2 digits and a final
 * group of four digits from 1800 to 2039, joined by dots or slashes ({@code 20.07.1937}, {@code 07.1937},
 * {@code 5/3/1921}); the year is stacked, the date kept, so the phrase {@code "26.02.1938"} still matches.
 * Other numbers ({@code 58.10}, {@code 1.5}) are left alone.
 */
public final class YearPartFilter extends TokenFilter {
    private static final Pattern DOTTED_DATE = Pattern.compile("(?:\\d{1,2}[./]){1,2}(1[89]\\d\\d|20[0-3]\\d)");
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String pendingYear;
    private State pendingState;

    public YearPartFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingYear != null) {
            restoreState(pendingState);
            term.setEmpty().append(pendingYear);
            position.setPositionIncrement(0);
            pendingYear = null;
            return true;
        }
        if (!input.incrementToken()) return false;
        if (term.length() >= 6 && term.length() <= 10 && Character.isDigit(term.charAt(0))) {
            Matcher m = DOTTED_DATE.matcher(term);
            if (m.matches()) {
                pendingYear = m.group(1);
                pendingState = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingYear = null;
        pendingState = null;
    }
}
