package org.tarikh.archive.register;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.extract.dates.DateMention;
import org.tarikh.extract.dates.DateParser;
import org.tarikh.extract.dates.EdtfDate;

/**
 * Reads the date of a register cell as EDTF, in the forms registers write: {@code 1937}, {@code 12.10.1937},
 * {@code 12/10/1937}, {@code 1937-10-12}, {@code 10.1937}, and whatever the project's {@link DateParser} reads in
 * running text ({@code 12 октября 1937 г.}, {@code 1937 жылы 12 қазанда}, {@code Oct. 12, 1937}, {@code ок. 1900},
 * {@code 1900?}). Numeric dates are day first, as in every Soviet and Kazakh register.
 *
 * <p>A cell may hold a date and more ({@code "10.10.1937, тройка при НКВД"}): the date is the first one in the
 * cell, the rest is returned as the cell's remainder. A cell that looks like a date but names no day that exists
 * ({@code 31.02.1937}) or a month past 12 is an error with the reason; so is a cell of a date column with no date
 * at all. Blank cells and the marks registers use for "unknown" ({@code -}, {@code —}, {@code ?}, {@code н/д},
 * {@code неизвестно}, {@code белгісіз}, {@code unknown}) are no date and no error.
 *
 * <p>Thread-safe.
 */
final class RegisterDates {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[./](\\d{4})");
    private static final Pattern EDTF_LIKE = Pattern.compile("\\d{2}[\\dX]{2}[-\\d/X?~%]*");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern YEAR_WORD = Pattern.compile("^\\s*(?:г\\.|гг\\.|года|год|жылы|ж\\.|y\\.)?[\\s,.;:–—-]*");
    private static final List<String> UNKNOWN = List.of("-", "—", "–", "?", "н/д", "нд", "нет", "неизвестно",
            "неизв.", "не известно", "белгісіз", "жоқ", "unknown", "n/a", "none");
    private static final int MIN_YEAR = 1700, MAX_YEAR = 2100;

    private final DateParser parser = new DateParser();

    /** A cell read: its date (null for none), what followed the date, or the reason it is not a date. */
    record Reading(EdtfDate date, String remainder, String error) {
        static final Reading NONE = new Reading(null, null, null);
    }

    Reading read(String cell) {
        if (cell == null) return Reading.NONE;
        String value = cell.strip();
        if (value.isEmpty() || UNKNOWN.contains(value.toLowerCase(java.util.Locale.ROOT))) return Reading.NONE;
        if (EDTF_LIKE.matcher(value).matches() && !ISO.matcher(value).matches()) {
            try {
                EdtfDate edtf = EdtfDate.parse(value); // as Tarikh's exports write them: 1937-10, 1901?, 1923/1925
                if (!year(edtf.earliest().getYear()) || !year(edtf.latest().getYear())) {
                    return new Reading(null, null, "year " + value + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
                }
                return new Reading(edtf, null, null);
            } catch (IllegalArgumentException notEdtf) {
                // read below, as registers write dates
            }
        }
        Matcher m;
        if ((m = DAY_MONTH_YEAR.matcher(value)).lookingAt()) {
            return day(value, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = ISO.matcher(value)).lookingAt()) {
            return day(value, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = MONTH_YEAR.matcher(value)).lookingAt() && notFollowedByDigit(value, m)) {
            int year = Integer.parseInt(m.group(2)), month = Integer.parseInt(m.group(1));
            if (!year(year)) return new Reading(null, null, "year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
            if (month < 1 || month > 12) return new Reading(null, null, "there is no month " + month);
            return new Reading(EdtfDate.of(year, month), rest(value, m.end()), null);
        }
        List<DateMention> found = parser.find(value);
        if (!found.isEmpty()) {
            DateMention first = found.get(0);
            String before = value.substring(0, first.start()).strip();
            String after = rest(value, first.end());
            String remainder = before.isEmpty() ? after : after == null ? before : before + " " + after;
            return new Reading(first.date(), remainder, null);
        }
        if ((m = YEAR.matcher(value)).lookingAt() && notFollowedByDigit(value, m)) {
            int year = Integer.parseInt(m.group(1));
            if (!year(year)) return new Reading(null, null, "year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
            return new Reading(EdtfDate.of(year), rest(value, m.end()), null);
        }
        return new Reading(null, value, "not a date");
    }

    private static Reading day(String value, Matcher m, int year, int month, int day) {
        if (!year(year)) return new Reading(null, null, "year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        if (month < 1 || month > 12) return new Reading(null, null, "there is no month " + month);
        if (!java.time.YearMonth.of(year, month).isValidDay(day)) {
            return new Reading(null, null, "there is no day " + day + " in " + java.time.Month.of(month)
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + year);
        }
        return new Reading(EdtfDate.of(year, month, day), rest(value, m.end()), null);
    }

    private static boolean year(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static boolean notFollowedByDigit(String value, Matcher m) {
        return m.end() == value.length() || !Character.isDigit(value.charAt(m.end()));
    }

    /** What follows a date, without a year word and the punctuation after it; null when nothing does. */
    private static String rest(String value, int end) {
        String after = value.substring(end);
        Matcher word = YEAR_WORD.matcher(after);
        if (word.lookingAt()) after = after.substring(word.end());
        after = after.strip();
        return after.isEmpty() ? null : after;
    }
}
