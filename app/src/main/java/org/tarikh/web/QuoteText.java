package org.tarikh.web;

import java.util.regex.Pattern;

/**
 * A quote from a Markdown document as a reader should see it: the words, without the marks that only format them
 * (a heading's {@code #}, a list's {@code -}, a quote's {@code >}, {@code **bold**} and {@code __bold__}, a link's
 * brackets and address, a table's pipes). The stored evidence keeps the source as it was; only the display changes,
 * so offsets into the document stay true.
 */
final class QuoteText {
    private static final Pattern LINE_MARKS = Pattern.compile("(?m)^\\s*(#{1,6}\\s+|>\\s*|[-*+]\\s+|\\d{1,3}[.)]\\s+)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)\\s]*\\)");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern CELL_BORDER = Pattern.compile("(?m)^\\s*\\|\\s*|\\s*\\|\\s*$");
    private static final Pattern CELL = Pattern.compile("\\s*\\|\\s*");

    private QuoteText() {}

    /** The quote as shown: for a Markdown document ({@code format} {@code markdown}) its marks taken away; else as is. */
    static String readable(String evidence, String format) {
        if (evidence == null) return "";
        String s = evidence;
        if ("markdown".equals(format)) {
            s = TABLE_RULE.matcher(s).replaceAll("");
            s = LINE_MARKS.matcher(s).replaceAll("");
            s = CELL_BORDER.matcher(s).replaceAll("");
            s = CELL.matcher(s).replaceAll(" · ");
            s = LINK.matcher(s).replaceAll("$1");
            s = STRONG.matcher(s).replaceAll("$2");
        }
        return s.replaceAll("\\s+", " ").strip();
    }
}
