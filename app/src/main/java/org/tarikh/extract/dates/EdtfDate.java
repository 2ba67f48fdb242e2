package org.tarikh.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the Extended Date/Time Format (ISO 8601-2, EDTF), kept as its canonical string.
 *
 * <p>Accepted subset (the compact constructor rejects everything else, naming the bad value):
 * <ul>
 *   <li>level 0: {@code 1938}, {@code 1938-02}, {@code 1938-02-26}, and closed intervals {@code 1923/1925},
 *       {@code 1930-03-01/1930-03-16};</li>
 *   <li>level 1: a trailing qualifier {@code ?} (uncertain), {@code ~} (approximate) or {@code %} (both) on
 *       a date or on each end of an interval ({@code 1901?}, {@code 1920~}); unspecified trailing year digits
 *       {@code 193X} (a decade) and {@code 19XX} (a century); seasons {@code 1929-21} .. {@code 1929-24}
 *       (spring, summer, autumn, winter);</li>
 *   <li>level 2 sub-year groupings {@code 25}..{@code 41} (hemisphere seasons, quarters, quadrimesters,
 *       semesters), so that any such value read elsewhere still has bounds.</li>
 * </ul>
 * Not supported: open or unknown interval ends ({@code ../1938}), negative or five-digit years, times.
 *
 * <p>Bounds: {@link #earliest()} and {@link #latest()} are the first and last day the value can mean;
 * qualifiers do not widen them. A winter ({@code 1931-24}) runs from 1 December 1931 to the end of February
 * 1932 (meteorological winter); a century {@code 19XX} runs from 1900 to 1999.
 *
 * <p>Example: {@code new EdtfDate("1937-07").contains(EdtfDate.of(1937, 7, 20))} is true.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the canonical EDTF string
 */
public record EdtfDate(String value) {

    /** How finely a date is given; for an interval, the coarser of its two ends. */
    public enum Precision { DAY, MONTH, SEASON, YEAR, DECADE, CENTURY }

    private static final Pattern SINGLE =
            Pattern.compile("(\\d{4}|\\d{3}X|\\d{2}XX)(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

    /** Spring, summer, autumn and winter in EDTF level 1. */
    public static final int SPRING = 21;
    public static final int SUMMER = 22;
    public static final int AUTUMN = 23;
    public static final int WINTER = 24;

    public EdtfDate {
        if (value == null) {
            throw new IllegalArgumentException("EDTF value is null");
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            checkSingle(value, value);
        } else {
            String from = value.substring(0, slash);
            String to = value.substring(slash + 1);
            if (to.indexOf('/') >= 0) {
                throw new IllegalArgumentException("EDTF interval has more than two ends: '" + value + "'");
            }
            checkSingle(from, value);
            checkSingle(to, value);
            if (bound(from, true).isAfter(bound(to, false))) {
                throw new IllegalArgumentException("EDTF interval ends before it starts: '" + value + "'");
            }
        }
    }

    /** Same as the constructor; reads the string form back. */
    public static EdtfDate parse(String value) {
        return new EdtfDate(value);
    }

    public static EdtfDate of(int year) {
        return new EdtfDate(year4(year));
    }

    public static EdtfDate of(int year, int month) {
        return new EdtfDate(year4(year) + "-" + two(month));
    }

    public static EdtfDate of(int year, int month, int day) {
        return new EdtfDate(year4(year) + "-" + two(month) + "-" + two(day));
    }

    /** A season or other sub-year grouping: {@code season(1929, AUTUMN)} is {@code 1929-23}. */
    public static EdtfDate season(int year, int code) {
        if (code < 21 || code > 41) {
            throw new IllegalArgumentException("EDTF season code must be 21..41: " + code);
        }
        return new EdtfDate(year4(year) + "-" + code);
    }

    /** A decade from its first year: {@code decade(1930)} is {@code 193X}. */
    public static EdtfDate decade(int firstYear) {
        if (firstYear % 10 != 0) {
            throw new IllegalArgumentException("decade must start at a year ending in 0: " + firstYear);
        }
        return new EdtfDate(year4(firstYear).substring(0, 3) + "X");
    }

    /** A century from its first year: {@code century(1900)} is {@code 19XX}. */
    public static EdtfDate century(int firstYear) {
        if (firstYear % 100 != 0) {
            throw new IllegalArgumentException("century must start at a year ending in 00: " + firstYear);
        }
        return new EdtfDate(year4(firstYear).substring(0, 2) + "XX");
    }

    /** The closed interval between two single dates (their qualifiers are kept). */
    public static EdtfDate interval(EdtfDate from, EdtfDate to) {
        if (from.isInterval() || to.isInterval()) {
            throw new IllegalArgumentException("interval ends must be single dates: " + from + ", " + to);
        }
        return new EdtfDate(from.value + "/" + to.value);
    }

    public boolean isInterval() {
        return value.indexOf('/') >= 0;
    }

    /** The first end of an interval, or this date itself. */
    public EdtfDate start() {
        return isInterval() ? new EdtfDate(value.substring(0, value.indexOf('/'))) : this;
    }

    /** The last end of an interval, or this date itself. */
    public EdtfDate end() {
        return isInterval() ? new EdtfDate(value.substring(value.indexOf('/') + 1)) : this;
    }

    /** This date marked approximate ({@code ~}), on each end of an interval. */
    public EdtfDate approximate() {
        return qualified('~');
    }

    /** This date marked uncertain ({@code ?}), on each end of an interval. */
    public EdtfDate uncertain() {
        return qualified('?');
    }

    public boolean isApproximate() {
        return value.contains("~") || value.contains("%");
    }

    public boolean isUncertain() {
        return value.contains("?") || value.contains("%");
    }

    public Precision precision() {
        if (isInterval()) {
            Precision a = start().precision();
            Precision b = end().precision();
            return a.ordinal() >= b.ordinal() ? a : b;
        }
        String bare = unqualified(value);
        if (bare.endsWith("XX")) {
            return Precision.CENTURY;
        }
        if (bare.endsWith("X")) {
            return Precision.DECADE;
        }
        if (bare.length() == 4) {
            return Precision.YEAR;
        }
        if (bare.length() == 10) {
            return Precision.DAY;
        }
        return Integer.parseInt(bare.substring(5, 7)) > 12 ? Precision.SEASON : Precision.MONTH;
    }

    /** The first day this value can mean. */
    public LocalDate earliest() {
        return isInterval() ? bound(value.substring(0, value.indexOf('/')), true) : bound(value, true);
    }

    /** The last day this value can mean. */
    public LocalDate latest() {
        return isInterval() ? bound(value.substring(value.indexOf('/') + 1), false) : bound(value, false);
    }

    /** Whether every day of {@code other} lies within this value's bounds. */
    public boolean contains(EdtfDate other) {
        return !other.earliest().isBefore(earliest()) && !other.latest().isAfter(latest());
    }

    @Override
    public String toString() {
        return value;
    }

    private EdtfDate qualified(char mark) {
        if (isInterval()) {
            return interval(start().qualified(mark), end().qualified(mark));
        }
        String bare = unqualified(value);
        char old = value.length() > bare.length() ? value.charAt(value.length() - 1) : 0;
        char combined = old == 0 || old == mark ? mark : '%';
        return new EdtfDate(bare + combined);
    }

    private static String unqualified(String single) {
        char last = single.charAt(single.length() - 1);
        return last == '?' || last == '~' || last == '%' ? single.substring(0, single.length() - 1) : single;
    }

    private static void checkSingle(String single, String whole) {
        Matcher m = SINGLE.matcher(single);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an EDTF date: " + quoted(single, whole));
        }
        boolean unspecified = m.group(1).endsWith("X");
        if (m.group(2) == null) {
            return;
        }
        if (unspecified) {
            throw new IllegalArgumentException(
                    "EDTF month given with an unspecified year: " + quoted(single, whole));
        }
        int month = Integer.parseInt(m.group(2));
        boolean grouping = month >= 21 && month <= 41;
        if (!(month >= 1 && month <= 12) && !grouping) {
            throw new IllegalArgumentException("EDTF month out of range in " + quoted(single, whole));
        }
        if (m.group(3) != null) {
            if (grouping) {
                throw new IllegalArgumentException("EDTF season cannot have a day: " + quoted(single, whole));
            }
            int day = Integer.parseInt(m.group(3));
            if (!YearMonth.of(Integer.parseInt(m.group(1)), month).isValidDay(day)) {
                throw new IllegalArgumentException("EDTF day does not exist: " + quoted(single, whole));
            }
        }
    }

        private static String quoted(String single, String whole) {
        return single.equals(whole) ? "'" + whole + "'" : "'" + single + "' in '" + whole + "'";
    }

/** The first ({@code first}) or last day of a single, already validated date. */
    private static LocalDate bound(String single, boolean first) {
        String bare = unqualified(single);
        String yearText = bare.substring(0, 4);
        if (yearText.endsWith("XX")) {
            int base = Integer.parseInt(yearText.substring(0, 2)) * 100;
            return first ? LocalDate.of(base, 1, 1) : LocalDate.of(base + 99, 12, 31);
        }
        if (yearText.endsWith("X")) {
            int base = Integer.parseInt(yearText.substring(0, 3)) * 10;
            return first ? LocalDate.of(base, 1, 1) : LocalDate.of(base + 9, 12, 31);
        }
        int year = Integer.parseInt(yearText);
        if (bare.length() == 4) {
            return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        int month = Integer.parseInt(bare.substring(5, 7));
        if (bare.length() == 10) {
            return LocalDate.of(year, month, Integer.parseInt(bare.substring(8, 10)));
        }
        if (month <= 12) {
            YearMonth ym = YearMonth.of(year, month);
            return first ? ym.atDay(1) : ym.atEndOfMonth();
        }
        int[] months = groupingMonths(month);
        YearMonth from = YearMonth.of(year, 1).plusMonths(months[0] - 1L);
        YearMonth to = YearMonth.of(year, 1).plusMonths(months[1] - 1L);
        return first ? from.atDay(1) : to.atEndOfMonth();
    }

    /** First and last month (1-based from January of the year, may pass 12) of a sub-year grouping. */
    private static int[] groupingMonths(int code) {
        return switch (code) {
            case 21, 25, 31 -> new int[] {3, 5};   // spring (north), autumn (south)
            case 22, 26, 32 -> new int[] {6, 8};   // summer (north), winter (south)
            case 23, 27, 29 -> new int[] {9, 11};  // autumn (north), spring (south)
            case 24, 28, 30 -> new int[] {12, 14}; // winter (north), summer (south): into the next year
            case 33 -> new int[] {1, 3};
            case 34 -> new int[] {4, 6};
            case 35 -> new int[] {7, 9};
            case 36 -> new int[] {10, 12};
            case 37 -> new int[] {1, 4};
            case 38 -> new int[] {5, 8};
            case 39 -> new int[] {9, 12};
            case 40 -> new int[] {1, 6};
            case 41 -> new int[] {7, 12};
            default -> throw new IllegalStateException("unreachable grouping " + code);
        };
    }

    private static String year4(int year) {
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("EDTF year must have four digits: " + year);
        }
        return String.format(Locale.ROOT, "%04d", year);
    }

    private static String two(int n) {
        if (n < 0 || n > 99) {
            throw new IllegalArgumentException("EDTF month or day out of range: " + n);
        }
        return String.format(Locale.ROOT, "%02d", n);
    }
}
