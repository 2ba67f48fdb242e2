package org.tarikh.extract.dates;

import java.util.List;

/**
 * One date expression found in a text: its character offsets, the matched text and its meaning.
 *
 * <p>Example: in {@code "Арестован 20.07.1937 г."} the mention {@code (10, 23, "20.07.1937 г.", 1937-07-20, POINT)}.
 *
 * @param start offset of the first character in the searched text (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the matched characters, {@code searched.substring(start, end)}
 * @param date what the expression means
 * @param kind the form of the expression
 * @param alternatives other dates the text gives for it in parentheses, which the span covers
 */
public record DateMention(int start, int end, String text, EdtfDate date, Kind kind, List<Alternative> alternatives) {

    /** A date without an alternative in parentheses. */
    public DateMention(int start, int end, String text, EdtfDate date, Kind kind) {
        this(start, end, text, date, kind, List.of());
    }

    /**
     * Another date the text gives in parentheses for the same thing: the same day in the other calendar
     * ({@code 5 (17) марта 1866}: Old Style, then New Style, as Russian writes a date before February 1918), or what
     * other sources say ({@code 25 марта (в некоторых источниках – 25 октября) 1895}, {@code 1889 жылы (басқа
     * деректер бойынша 1890 жылы)}).
     *
     * @param date the other date, completed from the main one where the parentheses leave out its year or month
     * @param relation how it stands to the main date
     * @param note the words in the parentheses, as written
     */
    public record Alternative(EdtfDate date, Relation relation, String note) {}

    /** How a date in parentheses stands to the main one. */
    public enum Relation {
        /** The main date is Old Style (Julian), this one New Style (Gregorian): one day. */
        NEW_STYLE,
        /** The main date is New Style, this one Old Style: one day. */
        OLD_STYLE,
        /** Another source's date: the text reports a disagreement. */
        OTHER_SOURCES
    }

    /** The form of a date expression. */
    public enum Kind {
        /** A single day, month or year: {@code 26 February 1938}, {@code в 1937 г.}. */
        POINT,
        /** A closed range: {@code 1913-1919}, {@code 5-13 December 1917}. */
        INTERVAL,
        /** Birth and death years after a name: {@code (1893–1938)}. */
        LIFESPAN,
        /** A decade or a run of decades: {@code the 1930s}, {@code 20-30-е годы}. */
        DECADE,
        /** A season of a year: {@code in the fall of 1929}. */
        SEASON,
        /** A date given as approximate, uncertain or as part of a period: {@code c. 1890}, {@code end of 1928}. */
        APPROXIMATE
    }

    public DateMention {
        if (text == null || date == null || kind == null) {
            throw new IllegalArgumentException("date mention needs text, date and kind: " + text + ", " + date
                    + ", " + kind);
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("date mention offsets out of order: " + start + ".." + end);
        }
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        if (text.length() != end - start) {
            throw new IllegalArgumentException("date mention text '" + text + "' does not span " + start + ".."
                    + end);
        }
    }
}
