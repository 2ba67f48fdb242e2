package org.tarikh.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.lexicon.Months;

/**
 * Reads the date of a publication line as ISO 8601, in the forms sites and printers write it in three languages:
 * {@code "2023-03-24 17:13:25"}, {@code "12.03.2020"}, {@code "March 5, 2021"}, {@code "5 March 2021"},
 * {@code "12 марта 2020"}, {@code "2020 жылғы 12 наурыз"}, {@code "12 наурыз 2020"} → {@code "2020-03-12"}.
 *
 * <p>Pure functions; thread-safe.
 */
final class PublicationDates {
    private static final String MONTH_WORD = "(\\p{L}{3,12})\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH_WORD + "\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s+" + MONTH_WORD + ",?\\s+(\\d{4})(?!\\d)");
    private static final Pattern YEAR_DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*(?:ж\\.|жылы|жылғы)?\\s+(\\d{1,2})\\s+" + MONTH_WORD);

    private PublicationDates() {}

    /** The first date in {@code text} as yyyy-MM-dd, or null. */
    static String parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            String date = iso(m.group(1), m.group(2), m.group(3));
            if (date != null) {
                best = date;
                bestStart = m.start();
            }
        }
        m = DOTTED.matcher(text);
        if (m.find() && m.start() < bestStart) {
            String date = iso(m.group(3), m.group(2), m.group(1));
            if (date != null) {
                best = date;
                bestStart = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find() && m.start() < bestStart) {
            String date = iso(m.group(3), month(m.group(1)), m.group(2));
            if (date != null) {
                best = date;
                bestStart = m.start();
                break;
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find() && m.start() < bestStart) {
            String date = iso(m.group(3), month(m.group(2)), m.group(1));
            if (date != null) {
                best = date;
                bestStart = m.start();
                break;
            }
        }
        m = YEAR_DAY_MONTH.matcher(text);
        while (m.find() && m.start() < bestStart) {
            String date = iso(m.group(1), month(m.group(3)), m.group(2));
            if (date != null) {
                best = date;
                break;
            }
        }
        return best;
    }

    private static String month(String word) {
        int month = Months.number(word);
        return month == 0 ? null : Integer.toString(month);
    }

    private static String iso(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d);
    }
}
