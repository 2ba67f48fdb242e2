package org.tarikh.extract.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.extract.dates.DateMention.Alternative;
import org.tarikh.extract.dates.DateMention.Relation;
import org.tarikh.lexicon.Months;

/**
 * A second date in parentheses inside or right after a date: biographies in all three languages write them.
 * <ul>
 *   <li>the same day in two calendars, Old Style first, as Russian writes a date before February 1918:
 *       {@code 5 (17) марта 1866}, {@code 26 февраля (9 марта) 1876 года}, {@code 5 March (17 March, New Style) 1866};
 *   <li>what other sources say: {@code 25 марта (в некоторых источниках – 25 октября) 1895 года},
 *       {@code 1889 жылы (басқа деректер бойынша 1890 жылы)}, {@code 1893 жылы 25 маусымда (кейбір деректерде
 *       1893 жылы 15 маусымда)}.
 * </ul>
 * Read as plain text, such a date came apart: the year after the parentheses was lost ({@code 25 марта} took the
 * year of an earlier sentence), or the date in the parentheses, nearer the verb, was taken for the event's. Here the
 * parentheses are blanked (offsets kept) so that the main date is read whole, across them, and the date in them is
 * read on its own, its missing year or month taken from the main date, and kept as the main date's
 * {@link Alternative}. A date of two calendars is told by the words that name one ({@code по новому стилю},
 * {@code ст. ст.}, {@code New Style}, {@code ескіше}) or by its difference: the days Julian dates lag Gregorian ones
 * (12 in the nineteenth century, 13 from March 1900 until Russia changed calendars in February 1918).
 */
final class DateAsides {
    /** Reads the dates of {@code original}, matching on {@code matched}: the same length, offsets kept. */
    interface Parser {
        List<DateMention> parse(String original, String matched);
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = Months.regex(true);
    private static final Pattern ASIDE = Pattern.compile("\\(([^()\\n]{1,120})\\)");
    private static final Pattern DAY_BEFORE = Pattern.compile("(?<![\\p{L}\\d.,])\\d{1,2}\\s*\\z");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + MONTH + ")\\s*\\z", FLAGS);
    private static final Pattern MONTH_AFTER = Pattern.compile("\\A\\s*(?:" + MONTH + ")", FLAGS);
    private static final Pattern YEAR_AFTER = Pattern.compile("\\A\\s*(?:1[6-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.,])(?<d>\\d{1,2})(?:-?(?:го|е|st|nd|rd|th))?"
            + "\\s+(?<m>" + MONTH + ")|(?<m2>" + MONTH + ")\\s+(?<d2>\\d{1,2})(?![\\d.,]\\d)", FLAGS);
    /** The day alone, as the New Style day of {@code 5 (17) марта}, perhaps with the calendar's name. */
    private static final Pattern DAY_ALONE = Pattern.compile("\\A\\s*(?<d>\\d{1,2})\\s*(?:[,.]?\\s*(?:н\\.\\s*ст\\.?"
            + "|ст\\.\\s*ст\\.?|по\\s+(?:новому|старому)\\s+стилю|n\\.\\s*s\\.?|o\\.\\s*s\\.?|new\\s+style|old\\s+style))?\\s*\\z",
            FLAGS);

    /** Words that name the calendar of the date they go with: then it is one day, whatever the arithmetic says. */
    private static final Pattern OLD_STYLE = Pattern.compile("(?<![\\p{L}])(?:по\\s+старому\\s+стилю|ст\\.\\s*ст\\.|старого\\s+стиля"
            + "|old\\s+style|O\\.\\s*S\\.|ескіше|eskishe|eskіshe)", FLAGS);
    private static final Pattern NEW_STYLE = Pattern.compile("(?<![\\p{L}])(?:по\\s+новому\\s+стилю|н\\.\\s*ст\\.|нового\\s+стиля"
            + "|new\\s+style|N\\.\\s*S\\.|жаңаша|jańasha|janasha|jangasha)", FLAGS);

    private enum Shape { AFTER_DAY, AFTER_MONTH, AFTER_DATE }

    private record Aside(int start, int end, String inner, Shape shape) {}

    private DateAsides() {}

    /** The dates of {@code original} given its plain reading {@code plain}, with their parenthesised alternatives. */
    static List<DateMention> resolve(String original, List<DateMention> plain, Parser parser) {
        List<Aside> asides = candidates(original, plain, parser);
        for (int attempt = 0; attempt < 2 && !asides.isEmpty(); attempt++) {
            List<DateMention> main = parser.parse(original, blank(original, asides));
            List<DateMention> out = new ArrayList<>(main);
            List<Aside> attached = new ArrayList<>();
            for (Aside aside : asides) {
                int host = host(original, main, aside);
                if (host < 0) continue;
                DateMention h = out.get(host);
                Alternative alternative = alternative(aside, h, parser);
                if (alternative == null) continue;
                attached.add(aside);
                int end = Math.max(h.end(), aside.end());
                List<Alternative> all = new ArrayList<>(h.alternatives());
                all.add(alternative);
                out.set(host, new DateMention(h.start(), end, original.substring(h.start(), end), h.date(), h.kind(), all));
            }
            if (attached.size() == asides.size()) return List.copyOf(out);
            asides = attached; // a parenthesis that holds no alternative keeps its own dates: read again without it
        }
        return plain;
    }

    /** Parentheses with a digit inside a date ({@code 5 (17) марта}, {@code марта (…) 1895}) or right after one. */
    private static List<Aside> candidates(String text, List<DateMention> plain, Parser parser) {
        List<Aside> out = new ArrayList<>();
        Matcher m = ASIDE.matcher(text);
        while (m.find()) {
            String inner = m.group(1);
            if (inner.chars().noneMatch(c -> c >= '0' && c <= '9')) continue;
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            Shape shape = null;
            if (DAY_BEFORE.matcher(before).find() && MONTH_AFTER.matcher(after).find()) {
                shape = Shape.AFTER_DAY;
            } else if (MONTH_BEFORE.matcher(before).find() && YEAR_AFTER.matcher(after).find()) {
                shape = Shape.AFTER_MONTH;
            } else {
                // after a whole date the plain reading already has the host: an aside that holds no alternative of
                // it ("1937 жылы (27 жасында)") is passed over here, without reading the text again
                int host = endsBefore(text, plain, m.start());
                if (host >= 0 && alternative(new Aside(m.start(), m.end(), inner, Shape.AFTER_DATE), plain.get(host), parser) != null) {
                    shape = Shape.AFTER_DATE;
                }
            }
            if (shape != null) out.add(new Aside(m.start(), m.end(), inner, shape));
        }
        return out;
    }

    /** The index of the date (not a life span) that ends right before {@code at}, spaces between; or -1. */
    private static int endsBefore(String text, List<DateMention> dates, int at) {
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            if (d.end() <= at && d.kind() != DateMention.Kind.LIFESPAN && d.kind() != DateMention.Kind.DECADE
                    && text.substring(d.end(), at).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The date an aside belongs to: the one read across it, or the one right before it. */
    private static int host(String text, List<DateMention> main, Aside aside) {
        for (int i = 0; i < main.size(); i++) {
            DateMention d = main.get(i);
            if (d.start() < aside.start() && d.end() >= aside.end()) {
                return aside.shape() == Shape.AFTER_DATE || d.date().isInterval() ? -1 : i;
            }
        }
        return aside.shape() == Shape.AFTER_DATE ? endsBefore(text, main, aside.start()) : -1;
    }

    private static String blank(String text, List<Aside> asides) {
        char[] chars = text.toCharArray();
        for (Aside a : asides) {
            for (int k = a.start(); k < a.end(); k++) chars[k] = ' ';
        }
        return new String(chars);
    }

    /** The date in the aside, completed from its host's, and how it stands to it; null when it gives none. */
    private static Alternative alternative(Aside aside, DateMention host, Parser parser) {
        EdtfDate main = host.date();
        if (main.isInterval()) return null;
        LocalDate mainDay = main.earliest();
        EdtfDate.Precision precision = main.precision();
        EdtfDate other = null;
        for (DateMention d : parser.parse(aside.inner(), aside.inner())) {
            if (d.kind() == DateMention.Kind.POINT || d.kind() == DateMention.Kind.APPROXIMATE) {
                other = d.date();
                break;
            }
        }
        if (other == null && precision == EdtfDate.Precision.DAY) {
            Matcher dm = DAY_MONTH.matcher(aside.inner());
            Matcher alone = DAY_ALONE.matcher(aside.inner());
            if (dm.find()) {
                String day = dm.group("d") != null ? dm.group("d") : dm.group("d2");
                int month = Months.number(dm.group("m") != null ? dm.group("m") : dm.group("m2"));
                other = day(mainDay.getYear(), month, Integer.parseInt(day));
            } else if (aside.shape() == Shape.AFTER_DAY && alone.matches()) {
                other = day(mainDay.getYear(), mainDay.getMonthValue(), Integer.parseInt(alone.group("d")));
            }
        }
        if (other == null || other.isInterval() || other.equals(main)) return null;
        Relation relation = Relation.OTHER_SOURCES;
        if (OLD_STYLE.matcher(aside.inner()).find()) {
            relation = Relation.OLD_STYLE;
        } else if (NEW_STYLE.matcher(aside.inner()).find()) {
            relation = Relation.NEW_STYLE;
        } else if (precision == EdtfDate.Precision.DAY && other.precision() == EdtfDate.Precision.DAY
                && mainDay.isBefore(JulianCalendar.CHANGE)) {
            long days = ChronoUnit.DAYS.between(mainDay, other.earliest());
            int lag = JulianCalendar.lag(mainDay);
            if (days == lag) relation = Relation.NEW_STYLE;
            if (days == -lag) relation = Relation.OLD_STYLE;
        }
        return new Alternative(other, relation, aside.inner().strip());
    }

    private static EdtfDate day(int year, int month, int day) {
        if (month < 1 || day < 1 || day > 31) return null;
        try {
            return EdtfDate.of(year, month, day);
        } catch (RuntimeException e) {
            return null; // no such day (30 February): no alternative
        }
    }

}
