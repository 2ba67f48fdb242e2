package org.tarikh.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines where a document names the printed source it comes from: a labelled line
 * ({@code "Источник: …"}, {@code "Литература: …"}, {@code "Source: …"}, {@code "Дереккөз: …"}) or a bibliographic
 * line with a place, a year and pages ({@code "Қазақ совет энциклопедиясы. –Алматы, 1979. –Б.320-325."}).
 *
 * <p>Stateless and thread-safe.
 */
final class CitationLines {
    private static final int MAX_BIBLIOGRAPHIC = 300;

    /** A source label at a line start or after a sentence; group 1 is the label, the rest of the line follows. */
    static final Pattern LABELLED = Pattern.compile("(?miu)(?:^|(?<=[.!?]\\s))[ \\t]*"
            + "(источник(?:и)?|литература|список литературы|source(?:s)?|references|bibliography|дереккөз(?:дер)?"
            + "|пайдаланылған әдебиет(?:тер)?|әдебиет(?:тер)?(?: тізімі)?)[ \\t]*[:：][ \\t]*(\\S[^\\n]*)");
    static final Pattern PLACE_YEAR = Pattern.compile(
            "(?:[–—-]\\s?|//\\s?|[.,]\\s)\\p{Lu}[\\p{L}-]*\\.?,\\s*(?:1[6-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern PAGES = Pattern.compile(
            "(?<![\\p{L}])(?:С|с|Б|б|Бб|бб|Стр|стр|P|p|pp|S|Сс|сс)\\.\\s?[-–]?\\s?\\d+");

    /** Words one of which every source label contains. */
    static final String[] LABEL_KEYS = {"источник", "литератур", "source", "references", "bibliograph", "дереккөз",
        "әдебиет"};

    boolean isCitation(Paragraph paragraph) {
        return (paragraph.mentions(LABEL_KEYS) && LABELLED.matcher(paragraph.text).find())
                || isBibliographic(paragraph.text);
    }

    static boolean isBibliographic(String paragraph) {
        return paragraph.length() <= MAX_BIBLIOGRAPHIC && paragraph.indexOf('.') >= 0 && hasCommaYear(paragraph)
                && PLACE_YEAR.matcher(paragraph).find() && PAGES.matcher(paragraph).find();
    }

    /**
     * Whether a comma is followed (after white space) by a year of 1600–2099 that no digit follows: what every
     * {@link #PLACE_YEAR} match ends with, found in one pass over the paragraph, so that the pattern is tried only on
     * the few paragraphs that have it.
     */
    static boolean hasCommaYear(String s) {
        for (int i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) {
            int j = i + 1;
            while (j < s.length() && ArchiveReferenceParser.isPatternSpace(s.charAt(j))) j++;
            if (j + 4 > s.length() || (j + 4 < s.length() && isDigit(s.charAt(j + 4)))) continue;
            char a = s.charAt(j), b = s.charAt(j + 1);
            boolean century = (a == '1' && b >= '6' && b <= '9') || (a == '2' && b == '0');
            if (century && isDigit(s.charAt(j + 2)) && isDigit(s.charAt(j + 3))) return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The labelled source named in a text, preferring "Источник"/"Source" over literature lists; or null. */
    static String labelledSource(java.util.List<Paragraph> paragraphs) {
        String literature = null;
        for (Paragraph p : paragraphs) {
            if (!p.mentions(LABEL_KEYS)) {
                continue;
            }
            Matcher m = LABELLED.matcher(p.text);
            while (m.find()) {
                String label = m.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = m.group(2).strip();
                if (label.startsWith("источник") || label.startsWith("source") || label.startsWith("дереккөз")) {
                    return value;
                }
                if (literature == null) {
                    literature = value;
                }
            }
        }
        return literature;
    }
}
