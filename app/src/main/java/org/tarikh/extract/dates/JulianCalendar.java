package org.tarikh.extract.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The Old Style (Julian) calendar the Russian Empire kept until 1 February 1918 (Old Style), which became
 * 14 February (New Style): dates of the Empire are written in either, or in both ({@code 5 (17) марта 1866}).
 */
public final class JulianCalendar {
    /** The first New Style day of Soviet Russia: after it one calendar was kept. */
    public static final LocalDate CHANGE = LocalDate.of(1918, 2, 14);

    private JulianCalendar() {}

    /** Days the Julian calendar lagged the Gregorian on a date of either (the lag grows on 1 March of 1700, 1800, 1900). */
    public static int lag(LocalDate date) {
        if (date.isBefore(LocalDate.of(1700, 3, 1))) return 10;
        if (date.isBefore(LocalDate.of(1800, 3, 1))) return 11;
        if (date.isBefore(LocalDate.of(1900, 3, 1))) return 12;
        return 13;
    }

    /**
     * Whether two days before the change may be one day written in the two calendars: they lie exactly the lag of
     * their time apart ({@code 1876-02-26} and {@code 1876-03-09}).
     */
    public static boolean mayBeOneDay(LocalDate a, LocalDate b) {
        LocalDate first = a.isBefore(b) ? a : b;
        LocalDate second = a.isBefore(b) ? b : a;
        return second.isBefore(CHANGE.plusDays(13)) && ChronoUnit.DAYS.between(first, second) == lag(first);
    }
}
