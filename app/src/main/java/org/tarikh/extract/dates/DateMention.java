package org.tarikh.extract.dates;

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
 */
public record DateMention(int start, int end, String text, EdtfDate date, Kind kind) {

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
        if (text.length() != end - start) {
            throw new IllegalArgumentException("date mention text '" + text + "' does not span " + start + ".."
                    + end);
        }
    }
}
