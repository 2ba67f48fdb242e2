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
        int lineStart = text.lastIndexOf('\n', start - 1);
        return FIELD_LINE_START.matcher(text).region(Math.max(0, lineStart), start).find()
                && COLON_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Whether the name at {@code start} is the value of a field that holds no person ({@code Death Place: X}). */
    static boolean inNonPersonField(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1);
        return NON_PERSON_FIELD.matcher(text).region(Math.max(0, lineStart), start).find();
    }

    /** Whether {@code word} at {@code start} is the label of a relation field opening its line. */
    static boolean isRelationLabel(String text, int start, String word) {
        return RELATION_LABEL.matcher(word).matches() && lineStartsAt(text, start)
                && !COLON_AFTER.matcher(text).region(start + word.length(), text.length()).lookingAt();
    }

    private static boolean lineStartsAt(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1);
        return LABEL_LINE_START.matcher(text).region(Math.max(0, lineStart), start).find();
    }
}
