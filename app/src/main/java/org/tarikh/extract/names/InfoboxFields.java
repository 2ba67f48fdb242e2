package org.tarikh.extract.names;

import java.util.regex.Pattern;

/**
 * The fields of an infobox, the table of facts encyclopedias print beside an article, as a page's text renders
 * it: one field a line, its label first ({@code - Birth Place: Karkaraly}, {@code Предшественник Иван Петров}).
 * Facts of the genre:
 *
 * <ol>
 *   <li><b>A label is no name.</b> The capitalised words that open a field line and end at its colon
 *       ({@code Alma Mater:}, {@code Known For:}, {@code Native Name Lang:}) name the field.</li>
 *   <li><b>A field of a place, a date, a body or a trait holds no person</b> ({@code Death Place: Kuybyshev},
 *       {@code Party: …}, {@code Alma Mater: …}, {@code Nationality: …}), while fields of relations
 *       ({@code Spouse}, {@code Predecessor}, {@code Successor}, {@code Children}) do hold persons.</li>
 *   <li><b>Russian and Kazakh infoboxes write the label of a relation without a colon</b>, the name right after
 *       it at the start of the line ({@code Предшественник Иван Петров}, {@code Преемник …}, {@code Ізбасары …};
 *       kinship nouns are left out, since they open sentences in apposition: {@code "Мать Айша …"}): that first word is the label, not a given name.</li>
 * </ol>
 *
 * <p>Pure functions of the text; thread-safe.
 */
final class InfoboxFields {

    /** The start of a line with its list mark. */
    private static final String LINE_START = "(?:^|\\n)[ \\t]*(?:[-*•·][ \\t]*)?";
    /** A field label closed by a colon, right before the value. */
    private static final Pattern NON_PERSON_FIELD = Pattern.compile("(?iU)" + LINE_START
            + "(?:[\\p{L}]+[ \\t]+){0,3}(?:place|date|party|office|profession|occupation|nationality|citizenship"
            + "|mater|education|for|cause|religion|awards?|honours|honors|residence|term|rank|allegiance|branch"
            + "|unit|battles|wars|title|position|constituency|website|years|era|region|school|institution|fields?"
            + "|language|lang|genre|movement|works|type|location|country|organization|organisation|memberships?"
            + "|место|дата|партия|образование|профессия|гражданство|подданство|награды|религия|звание|род\\s+войск)"
            + "[ \\t]*:[ \\t]*$");
    /** The start of a line with its list mark, as field lines are rendered. */
    private static final Pattern LABEL_LINE_START = Pattern.compile(LINE_START + "$");
    /** A field line opens with a list mark: "- Alma Mater:" (an interview's "Name: speech" has none). */
    private static final Pattern FIELD_LINE_START = Pattern.compile("(?:^|\\n)[ \\t]*[-*•·][ \\t]*$");
    private static final Pattern COLON_AFTER = Pattern.compile("[ \\t]*:");
    /** Russian, Kazakh and English labels of relation fields written without a colon. */
    private static final Pattern RELATION_LABEL = Pattern.compile("(?iU)предшественник|предшественница|преемник"
            + "|преемница|алдыңғы|ізбасары|predecessor|successor");

    private InfoboxFields() {}

    /** Whether the run at {@code [start, end)} opens a field line and ends at its colon: a label. */
    static boolean isLabel(String text, int start, int end) {
        return atLineStart(FIELD_LINE_START, text, start)
                && COLON_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Whether the name at {@code start} is the value of a field that holds no person ({@code Death Place: X}). */
    static boolean inNonPersonField(String text, int start) {
        return atLineStart(NON_PERSON_FIELD, text, start);
    }

    /**
     * What {@code find()} of a pattern that begins with {@code (?:^|\n)} gives from the line's start to {@code start},
     * the line starting after the last line break before it: the pattern can begin only where
     * {@code ^} or a line break stands, and the region has them at its start alone, so the one attempt there decides
     * ({@code lookingAt()}), not an attempt at every character of a long line.
     */
    static boolean atLineStart(Pattern pattern, String text, int start) {
        String closers = pattern == NON_PERSON_FIELD ? ":" : pattern == FIELD_LINE_START ? "-*•·" : null;
        if (closers != null) {
            // the match ends at start with this character, then spaces (or a line's end, as $ allows): a cheap
            // look back before the search for the line's start, which is far back in a paragraph
            int i = start;
            while (i > 0 && " \t\r\n\u0085\u2028\u2029".indexOf(text.charAt(i - 1)) >= 0) i--;
            if (i == 0 || closers.indexOf(text.charAt(i - 1)) < 0) return false;
        }
        int lineStart = text.lastIndexOf('\n', start - 1);
        return pattern.matcher(text).region(Math.max(0, lineStart), start).lookingAt();
    }

    /** The search {@link #atLineStart} stands for, kept for the test that compares the two. */
    static boolean searched(Pattern pattern, String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1);
        return pattern.matcher(text).region(Math.max(0, lineStart), start).find();
    }

    /** The patterns {@link #atLineStart} is used with, for that test. */
    static java.util.List<Pattern> lineStartPatterns() {
        return java.util.List.of(NON_PERSON_FIELD, LABEL_LINE_START, FIELD_LINE_START);
    }

    /** Whether {@code word} at {@code start} is the label of a relation field opening its line. */
    static boolean isRelationLabel(String text, int start, String word) {
        return RELATION_LABEL.matcher(word).matches() && lineStartsAt(text, start)
                && !COLON_AFTER.matcher(text).region(start + word.length(), text.length()).lookingAt();
    }

    private static boolean lineStartsAt(String text, int start) {
        return atLineStart(LABEL_LINE_START, text, start);
    }
}
