package org.tarikh.extract.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.extract.dates.DateMention.Kind;
import org.tarikh.lexicon.Months;

/**
 * Finds date expressions in English, Russian and Kazakh text (Cyrillic, and Latin-script Kazakh month names) and
 * reads them as EDTF dates.
 *
 * <p>Example: {@code "1921 жылы 8-16 мартта съезд өтті"} gives one mention {@code "1921 жылы 8-16 мартта"}
 * meaning {@code 1921-03-08/1921-03-16}, kind INTERVAL.
 *
 * <p>Rules, in the order they run:
 * <ol>
 *   <li>OCR repair, offsets kept: in a four-character token with at least three real digits, {@code l I |} read
 *       as 1, Cyrillic {@code З з} as 3, {@code O О o о} as 0, when the result is a year 1700..2100
 *       ({@code l937}, {@code 19З7}).</li>
 *   <li>Pattern families, each one pass over the text: numeric dates ({@code 26.02.1938}, {@code 26.II.1938},
 *       {@code 1938-02-26}); Kazakh year-first dates ({@code 1938 жылы 26 ақпанда}, Soviet-era Russian month
 *       names with Kazakh endings: {@code 1925 жылы 19 февральдағы}); day-month-year ({@code 26 февраля 1938 г.},
 *       {@code 5-13 December 1917}); month-day-year ({@code December 5-13, 1917}); seasons; decades; centuries;
 *       month-year ({@code в мае 1938 года}); year ranges ({@code 1913-1919}, {@code 1930–33},
 *       {@code 1924/25}); single years with or without a year word ({@code 1937 г.}, {@code 1920 жылы}).
 *       Years outside 1700..2100 are never dates.</li>
 *   <li>Numbers that are not years: a bare year or year range right after a reference abbreviation
 *       ({@code Ф. 139}, {@code Д. 417}, {@code С. 220}, {@code p.}, {@code №}) is dropped, as is a bare year
 *       inside a decimal ({@code 1,5}), before a unit ({@code 1920 тонн}, {@code %}) or before a thousands
 *       group ({@code 1920 000}).</li>
 *   <li>Overlaps: the longest candidate wins; on equal length the family listed first.</li>
 *   <li>Qualifiers around a winner: {@code c. / ca. / circa / around / около / примерно / шамамен} before, or
 *       Kazakh {@code шамасында} after, make it approximate ({@code 1890~}, kind APPROXIMATE); position words
 *       narrow it (kind APPROXIMATE): beginning = months 1-3 of a year, days 1-10 of a month, years 0-3 of a
 *       decade; middle = months 5-8, days 11-20, years 4-6; end = months 10-12, days 21-end, years 7-9
 *       ({@code end of 1928}, {@code конец 1928}, {@code 1928 жылдың аяғында} → {@code 1928-10/1928-12};
 *       {@code early 1930s} → {@code 1930/1933}); halves give INTERVAL ({@code first half of 1926} →
 *       {@code 1926-01/1926-06}).</li>
 *   <li>Two points joined by a dash, {@code to}, {@code по}, {@code between … and}, or Kazakh
 *       {@code …дан … дейін} become one INTERVAL.</li>
 * </ol>
 *
 * <p>Readings chosen: a run of decades ({@code 20-30-ies}, {@code 20-30-е годы}, {@code 1920-1930 жылдары})
 * is the year interval {@code 1920/1939}, kind DECADE (level 0 EDTF, which every reader understands); a single
 * decade is {@code 193X}; two-digit decades are in the 1900s unless a century follows ({@code 80s of the XIX
 * century}); a century is {@code 19XX}, kind POINT; seasons are EDTF level 1 ({@code 1929-23}); {@code 1901?}
 * is uncertain and {@code c. 1890} approximate, both kind APPROXIMATE. A parenthesised year range after a
 * capitalised word that spans 15..110 years is a LIFESPAN ({@code Лекеров (1901-1938)}); shorter ones are
 * INTERVALs ({@code Kazakhstan (1928-1940)}). A bare year is a POINT of year precision. Mentions never include
 * a leading preposition ({@code в}, {@code in the}) but do include a following year word ({@code г.},
 * {@code года}, {@code жылы}).
 *
 * <p>Cost: every pattern is compiled once; each family runs one pass, and all but centuries and two-digit
 * decades only over the stretches of text within 80 characters of a four-digit year, so prose without years
 * is skipped. About 25 ms of CPU for the 83 KB of the seed documents.
 *
 * <p>Stateless and thread-safe.
 */
public final class DateParser {

    private static final int MIN_YEAR = 1700;
    private static final int MAX_YEAR = 2100;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int WINDOW = 48;
    /** How far from its year a date expression may reach: "September 30 – October 2, 1938" is 31 chars. */
    private static final int ZONE_MARGIN = 80;

    private static final String YEAR = "(?:1[7-9]\\d\\d|20\\d\\d|2100)";
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\d])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}])";
    private static final String RU_YEAR_WORD =
            "(?:гг?\\.|гг?(?![\\p{L}])|год(?:а|у|ом|ы|ов|ах)?(?![\\p{L}]))";
    private static final String KK_YEAR_WORD = "(?:жж\\.|ж\\.|жыл\\p{L}*|jyl\\p{L}*)";
    /** Month words as they stand before or after a day and year: no Kazakh case endings. */
    private static final String MONTH_PLAIN = Months.regex(false);
    /** Month words in Kazakh year-first dates: also with Kazakh endings (февральдағы, ақпанда). */
    private static final String MONTH_ANY = Months.regex(true);

    // Families, in order of preference on equal length.
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,])(?<d>\\d{1,2})\\s?\\.\\s?(?<m>\\d{1,2})"
            + "\\s?\\.\\s?(?<y>" + YEAR + ")(?!\\d)(?![.,]\\d)" + yearWord("w"), FLAGS);
    private static final Pattern NUMERIC_ROMAN = Pattern.compile("(?<![\\d.,])(?<d>\\d{1,2})\\s?\\.\\s?"
            + "(?<m>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\\s?\\.\\s?(?<y>" + YEAR + ")(?!\\d)" + yearWord("w"));
    private static final Pattern ISO = Pattern.compile(NOT_WORD_BEFORE + "(?<y>" + YEAR
            + ")-(?<m>\\d\\d)-(?<d>\\d\\d)(?![\\d])");
    private static final Pattern KK_YEAR_FIRST = Pattern.compile(year("y")
            // "1937 жыл. 9 қазан.": a dated heading of a chronicle writes the year word with a point
            + "(?:\\s*(?:ж\\.|жыл(?:ы|ғы|дың|дан|ға|\\.)|jyly|jylǵy)\\s*"
            // an infobox drops the year word: "Дүниеге келгені: 1894 қыркүйек"
            + "|\\s+(?=(?:" + MONTH_ANY + ")(?![\\p{L}])))"
            // a day may carry the ordinal ending, as Kazakh writes it before a month: 1889 жылы 20-шы қазанда
            + "(?:" + day("d1") + "(?:\\s*-\\s*(?:ш[іi]|шы|нш[іi]|ншы|shi|shy|nshi|nshy)(?![\\p{L}]))?"
            + "(?:\\s*[-–—]\\s*(?<d2>\\d{1,2}))?\\s*-?\\s*)?"
            + "(?<m1>" + MONTH_ANY + ")(?:\\s*[-–—]\\s*(?:(?<d5>\\d{1,2})\\s*-?\\s*)?(?<m2>" + MONTH_ANY + "))?"
            + "(?:\\s+(?<d3>\\d{1,2})\\s*-?\\s*(?<m3>" + MONTH_ANY + ")(?=\\s+(?:дейін|шейін)))?"
            + "(?:\\s+(?<d4>\\d{1,2})-(?:сы|сі|ы|і|нда|нде|сында|сінде|інде|ында|ші|шы|нші|ншы)" + NOT_LETTER_AFTER
            + ")?", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(day("d1")
            + "(?:-?(?:го|е|ое|st|nd|rd|th))?(?:\\s+(?<m1>" + MONTH_PLAIN + "))?"
            + "(?:(?:\\s*[-–—]\\s*|\\s+по\\s+)(?<d2>\\d{1,2})(?:-?(?:го|е|st|nd|rd|th))?)?"
            + "(?:\\s+of)?(?:\\s+|\\s*-\\s*)(?<m2>" + MONTH_PLAIN + "),?\\s+" + year("y") + yearWord("w"), FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<m1>" + MONTH_PLAIN + ")\\s+" + day("d1")
            + "(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*(?:(?<m2>" + MONTH_PLAIN + ")\\s+)?(?<d2>\\d{1,2})"
            + "(?:st|nd|rd|th)?)?,?\\s+" + year("y"), FLAGS);
    private static final Pattern SEASON_BEFORE_YEAR = Pattern.compile(NOT_WORD_BEFORE
            + "(?<s>spring|summer|autumn|fall|winter|весн(?:ой|а|у|е|ы)|лет(?:ом|о|а|е)|осен(?:ью|и|ь)"
            + "|зим(?:ой|а|у|е|ы))(?:\\s+of)?,?\\s+(?:the\\s+year\\s+)?" + year("y") + yearWord("w"), FLAGS);
    private static final Pattern SEASON_AFTER_YEAR = Pattern.compile(year("y")
            + "\\s*(?:ж\\.|жылы|жылғы|жылдың)\\s+(?<s>көктем(?:де|і|інде|гі|ін)?|жаз(?:да|ы|ында|дағы|ғы)"
            + "|күз(?:де|і|інде|гі)|қыс(?:та|ы|ында|тағы|қы))(?:-ақ|-ақ)?" + NOT_LETTER_AFTER, FLAGS);
    /** After a decade: English s or -ies, Russian -е/-х (with годы when {@code yearsWord}), Kazakh жылдары. */
    private static final String DECADE_SUFFIX = decadeSuffix(false);
    private static final String DECADE_SUFFIX_SHORT = decadeSuffix(true);
    private static final String CENTURY_TAIL = "(?:\\s+of\\s+the\\s+(?<c1>[XVI]+|\\d\\d(?:st|nd|rd|th)"
            + "|eighteenth|nineteenth|twentieth)\\s+century|\\s+(?<c2>[XVIХІ]+)\\s*(?:века|в\\.|ғасыр\\p{L}*|ғ\\.))?";
    private static final Pattern DECADE_FULL = Pattern.compile(NOT_WORD_BEFORE + "(?<a>1[7-9]\\d0|20\\d0)"
            + "(?:(?:’|')?s|\\s*-\\s*(?:е|х))?(?:\\s*[-–—]\\s*(?<b>1[7-9]\\d0|20\\d0|[1-9]0))?" + DECADE_SUFFIX,
            FLAGS);
    private static final Pattern DECADE_SHORT = Pattern.compile("(?<![\\p{L}\\d.,’'])['’]?(?<a>[1-9]0)"
            + "(?:\\s*[-–—]\\s*(?<b>[1-9]0))?" + DECADE_SUFFIX_SHORT + CENTURY_TAIL, FLAGS);
    private static final Pattern CENTURY = Pattern.compile(NOT_WORD_BEFORE + "(?:(?<r>[XVIХІ]{1,5})"
            + "(?:-?(?:th|й|го|ші|шы))?|(?<n>\\d\\d)(?:st|nd|rd|th|-?й|-?го|-?шы|-?ші)?|(?<w>eighteenth"
            + "|nineteenth|twentieth|twenty-first))\\s*-?\\s*(?:century|век(?:а|е|у)?|в\\.|ғасыр\\p{L}*|ғ\\.)"
            + "(?:(?<=\\.)|" + NOT_LETTER_AFTER + ")", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<m1>" + MONTH_PLAIN + ")(?:(?:\\s*[-–—]\\s*"
            + "|\\s+(?:to|till|until|through|по)\\s+)(?<m2>"
            + MONTH_PLAIN + "))?(?:\\s+of)?,?\\s+" + year("y") + yearWord("w"), FLAGS);
    private static final Pattern YEAR_RANGE = Pattern.compile(year("a") + "(?<qa>\\?)?(?<sep>\\s*[-–—‒]\\s*|/)"
            + "(?<b>" + YEAR + "|\\d\\d)(?!\\d)(?![.,]\\d)(?<qb>\\?)?" + yearWord("w"), FLAGS);
    private static final Pattern SINGLE_YEAR = Pattern.compile(year("y") + "(?<q>\\?)?" + yearWord("w"), FLAGS);

    private static final Pattern REFERENCE = Pattern.compile("(?:(?<![\\p{L}])(?:Ф|Оп|Д|Л|Лл|Б|С|Т|Вып|Стр"
            + "|Ст|ф|оп|д|л|лл|б|с|стр|ст|т|вып|pp|p|P|No|Nr|no|vol|Vol|fol|ff|art|Art)\\.|№)\\s*\\d+"
            + "(?:-?[\\p{L}]{1,2}(?![\\p{L}]))?(?:\\s*[,;–—-]\\s*\\d+(?:-?[\\p{L}](?![\\p{L}]))?)*");
    private static final Pattern UNIT_AFTER = Pattern.compile("\\s*(?:%|‰|(?:мың|млн|млрд|тыс|тонн\\p{L}*|тн"
            + "|пуд\\p{L}*|га|км|руб\\p{L}*|сом|теңге|адам|человек|people|persons|men|tons|tonnes|km|ha|head"
            + "|кг|kg|шт|экз)" + NOT_LETTER_AFTER + ")", FLAGS);
    private static final Pattern THOUSANDS_AFTER = Pattern.compile("[\\u00A0 ]\\d{3}(?!\\d)");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(?<![\\p{L}])(?:(?-i:c|ca|C|Ca)\\.|circa"
            + "|approx\\.|approximately|around|около|ок\\.|примерно|приблизительно|шамамен)(?:\\s+в)?\\s*\\z",
            FLAGS);
    private static final Pattern APPROX_AFTER = Pattern.compile("\\s+(?:шамасында|шамасы|шамалы)"
            + NOT_LETTER_AFTER, FLAGS);
    private static final Pattern POSITION_BEFORE = Pattern.compile("(?<![\\p{L}])(?<p>early|beginning\\s+of"
            + "|start\\s+of|mid|middle\\s+of|late|end\\s+of|close\\s+of|first\\s+half\\s+of|second\\s+half\\s+of"
            + "|начал[оеау]|конец|конц[еау]|середин[аеуы]|перв(?:ая|ой|ую)\\s+половин[аеуы]"
            + "|втор(?:ая|ой|ую)\\s+половин[аеуы])(?:\\s+the)?(?:\\s+|\\s*-\\s*)\\z", FLAGS);
    private static final Pattern POSITION_AFTER = Pattern.compile("\\s+(?<p>бас(?:ында|ынан|ы|ына)"
            + "|аяғ(?:ында|ы|ына)|соң(?:ында|ы|ына)|орта(?:сында|сы|сына)|бірінші\\s+жартыс\\p{L}*"
            + "|екінші\\s+жартыс\\p{L}*|1\\s*-\\s*жартыс\\p{L}*|2\\s*-\\s*жартыс\\p{L}*)(?:-ақ|-ақ)?"
            + NOT_LETTER_AFTER, FLAGS);
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:his|her|their|my|your"
            + "|our|its)\\s+(?:(?:early|mid|late)-?\\s*)?\\z", FLAGS);
    private static final Pattern LIFESPAN_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?\\s*[(\\[]\\s*\\z");
    private static final Pattern CLOSE_AFTER = Pattern.compile("\\s*[)\\]]");
    private static final Pattern JOIN_GAP = Pattern.compile("\\s*[-–—]\\s*|\\s+(?:to|till|until|through|по|до)"
            + "\\s+", FLAGS);
    private static final Pattern AND_GAP = Pattern.compile("\\s+(?:and|и)\\s+", FLAGS);
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?<![\\p{L}])(?:between|между)\\s+\\z", FLAGS);
    private static final Pattern KK_FROM = Pattern.compile("(?:дан|ден|тан|тен|нан|нен)\\z", FLAGS);
    private static final Pattern KK_TO = Pattern.compile("(?:ға|ге|қа|ке|на|не|а|е)\\z", FLAGS);
    private static final Pattern KK_UNTIL_AFTER = Pattern.compile("\\s+(?:дейін|шейін)", FLAGS);

    private enum Position { BEGIN, MIDDLE, END, FIRST_HALF, SECOND_HALF }

    /** A candidate before overlaps are settled; {@code marked}: carries a year word, month or parentheses. */
    private record Found(int start, int end, EdtfDate date, Kind kind, int family, boolean marked) {
        int length() {
            return end - start;
        }
    }

    public DateParser() {
        // all state is static and immutable
    }

    /**
     * All date expressions of {@code text}, in text order, not overlapping, with offsets into {@code text}.
     * A null or empty text gives an empty list.
     */
    public List<DateMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return findAll(text);
    }

    private List<DateMention> findAll(String original) {
        List<DateMention> plain = parse(original, original);
        // a second date in parentheses inside or after a date: "5 (17) марта 1866", "1889 жылы (басқа деректер … 1890)"
        return original.indexOf('(') < 0 ? plain : DateAsides.resolve(original, plain, this::parse);
    }

    /** The dates of {@code original}, matched on {@code matched} (the same length: offsets are kept). */
    private List<DateMention> parse(String original, String matched) {
        String text = prepare(matched);
        int[] zones = yearZones(text);
        int[] whole = {0, text.length()};
        List<Found> found = new ArrayList<>();
        numeric(text, zones, found);
        kazakhYearFirst(text, zones, found);
        dayMonthYear(text, zones, found);
        monthDayYear(text, zones, found);
        seasons(text, zones, found);
        decades(text, zones, found);
        centuries(text, whole, found);
        monthYear(text, zones, found);
        yearRanges(text, zones, found);
        singleYears(text, zones, found);
        List<Found> kept = dropReferences(text, zones, found);
        List<Found> chosen = settleOverlaps(kept);
        List<Found> qualified = qualify(text, chosen);
        List<Found> joined = join(text, qualified);
        List<DateMention> out = new ArrayList<>(joined.size());
        for (Found f : joined) {
            out.add(new DateMention(f.start, f.end, original.substring(f.start, f.end), f.date, f.kind));
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- families

    private static void numeric(String text, int[] zones, List<Found> out) {
        for (MatchResult m : matches(NUMERIC, text, zones)) {
            add(out, m.start(), m.end(), day(num(m, "y"), num(m, "m"), num(m, "d")), Kind.POINT, 0, true);
        }
        for (MatchResult m : matches(NUMERIC_ROMAN, text, zones)) {
            add(out, m.start(), m.end(), day(num(m, "y"), roman(m.group("m")), num(m, "d")), Kind.POINT, 0, true);
        }
        for (MatchResult m : matches(ISO, text, zones)) {
            add(out, m.start(), m.end(), day(num(m, "y"), num(m, "m"), num(m, "d")), Kind.POINT, 0, true);
        }
    }

    private static void kazakhYearFirst(String text, int[] zones, List<Found> out) {
        for (MatchResult m : matches(KK_YEAR_FIRST, text, zones)) {
            int year = num(m, "y");
            int month1 = monthOf(text, m, "m1", false);
            boolean hasMonth2 = m.group("m2") != null;
            int month2 = hasMonth2 ? monthOf(text, m, "m2", false) : 0;
            if (month1 == 0 || (hasMonth2 && month2 == 0)) {
                continue;
            }
            int end = trimEnd(text, m.end(hasMonth2 ? "m2" : "m1"));
            EdtfDate date;
            boolean crossMonth = hasMonth2 && m.group("d5") != null;
            if (m.group("d1") != null && crossMonth && m.group("d2") == null) {
                // "26 июнь - 13 июльде"
                date = interval(day(year, month1, num(m, "d1")), day(year, month2, num(m, "d5")));
            } else if (m.group("d1") != null) {
                // "8-16 мартта"; a month range after days ("8 мартта-апрельде") is not a date form
                end = trimEnd(text, m.end("m1"));
                date = dayRange(year, month1, num(m, "d1"), m.group("d2") == null ? -1 : num(m, "d2"));
                if (m.group("d3") != null && date != null && !date.isInterval() && !hasMonth2) {
                    // "1 январьдан 1 сентябрьге дейін"
                    int month3 = monthOf(text, m, "m3", false);
                    EdtfDate to = month3 == 0 ? null : day(year, month3, num(m, "d3"));
                    if (to != null && interval(date, to) != null) {
                        date = interval(date, to);
                        end = m.end("m3");
                    }
                }
            } else if (m.group("d4") != null && m.group("d3") == null && !hasMonth2
                    && m.group("m1").endsWith("ң")) {
                // genitive month then ordinal day: "ақпанның 26-сы"
                date = day(year, month1, num(m, "d4"));
                end = m.end();
            } else if (crossMonth) {
                date = month(year, month1);
                end = trimEnd(text, m.end("m1"));
            } else {
                date = hasMonth2 ? interval(month(year, month1), month(year, month2)) : month(year, month1);
            }
            if (date != null) {
                add(out, m.start(), end, date, date.isInterval() ? Kind.INTERVAL : Kind.POINT, 1, true);
            }
        }
    }

    private static void dayMonthYear(String text, int[] zones, List<Found> out) {
        for (MatchResult m : matches(DAY_MONTH_YEAR, text, zones)) {
            int year = num(m, "y");
            int month2 = monthOf(text, m, "m2", false);
            if (month2 == 0) {
                continue;
            }
            EdtfDate date;
            if (m.group("m1") != null) {
                int month1 = monthOf(text, m, "m1", false);
                if (month1 == 0 || m.group("d2") == null) {
                    continue;
                }
                date = interval(day(year, month1, num(m, "d1")), day(year, month2, num(m, "d2")));
            } else {
                date = dayRange(year, month2, num(m, "d1"), m.group("d2") == null ? -1 : num(m, "d2"));
            }
            if (date != null) {
                add(out, m.start(), m.end(), date, date.isInterval() ? Kind.INTERVAL : Kind.POINT, 2, true);
            }
        }
    }

    private static void monthDayYear(String text, int[] zones, List<Found> out) {
        for (MatchResult m : matches(MONTH_DAY_YEAR, text, zones)) {
            int year = num(m, "y");
            int month1 = monthOf(text, m, "m1", true);
            if (month1 == 0) {
                continue;
            }
            EdtfDate date;
            if (m.group("m2") != null) {
                int month2 = monthOf(text, m, "m2", false);
                if (month2 == 0) {
                    continue;
                }
                date = interval(day(year, month1, num(m, "d1")), day(year, month2, num(m, "d2")));
            } else {
                date = dayRange(year, month1, num(m, "d1"), m.group("d2") == null ? -1 : num(m, "d2"));
            }
            if (date != null) {
                add(out, m.start(), m.end(), date, date.isInterval() ? Kind.INTERVAL : Kind.POINT, 3, true);
            }
        }
    }

    private static void seasons(String text, int[] zones, List<Found> out) {
        for (Pattern p : List.of(SEASON_BEFORE_YEAR, SEASON_AFTER_YEAR)) {
            for (MatchResult m : matches(p, text, zones)) {
                int code = seasonCode(m.group("s"));
                int year = num(m, "y");
                if (code != 0 && inRange(year)) {
                    add(out, m.start(), m.end(), EdtfDate.season(year, code), Kind.SEASON, 4, true);
                }
            }
        }
    }

    private static void decades(String text, int[] zones, List<Found> out) {
        for (MatchResult m : matches(DECADE_FULL, text, zones)) {
            int from = num(m, "a");
            int to = from;
            if (m.group("b") != null) {
                int b = num(m, "b");
                to = b < 100 ? from / 100 * 100 + b : b;
            }
            addDecades(out, m.start(), m.end(), from, to);
        }
        for (MatchResult m : matches(DECADE_SHORT, text, new int[] {0, text.length()})) {
            if (lookBehind(text, m.start(), POSSESSIVE_BEFORE)) {
                continue;
            }
            int century = centuryBase(m.group("c1"), m.group("c2"));
            if (century < 0) {
                continue;
            }
            int from = century + num(m, "a");
            int to = m.group("b") == null ? from : century + num(m, "b");
            addDecades(out, m.start(), m.end(), from, to);
        }
    }

    private static void addDecades(List<Found> out, int start, int end, int from, int to) {
        if (to < from || !inRange(from) || !inRange(to + 9)) {
            return;
        }
        EdtfDate date = from == to ? EdtfDate.decade(from) : interval(EdtfDate.of(from), EdtfDate.of(to + 9));
        add(out, start, end, date, Kind.DECADE, 5, true);
    }

    private static void centuries(String text, int[] zones, List<Found> out) {
        for (MatchResult m : matches(CENTURY, text, zones)) {
            int number;
            if (m.group("r") != null) {
                number = roman(m.group("r"));
            } else if (m.group("n") != null) {
                number = num(m, "n");
            } else {
                number = centuryWord(m.group("w"));
            }
            int first = (number - 1) * 100;
            if (first >= MIN_YEAR && first + 99 <= MAX_YEAR) {
                add(out, m.start(), m.end(), EdtfDate.century(first), Kind.POINT, 6, true);
            }
        }
    }

    private static void monthYear(String text, int[] zones, List<Found> out) {
        for (MatchResult m : matches(MONTH_YEAR, text, zones)) {
            int year = num(m, "y");
            int month1 = monthOf(text, m, "m1", true);
            int month2 = m.group("m2") == null ? 0 : monthOf(text, m, "m2", false);
            if (month1 == 0 || (m.group("m2") != null && month2 == 0)) {
                continue;
            }
            EdtfDate date = month2 == 0 ? month(year, month1) : interval(month(year, month1), month(year, month2));
            if (date != null) {
                add(out, m.start(), m.end(), date, date.isInterval() ? Kind.INTERVAL : Kind.POINT, 7, true);
            }
        }
    }

    private static void yearRanges(String text, int[] zones, List<Found> out) {
        for (MatchResult m : matches(YEAR_RANGE, text, zones)) {
            if (partOfNumber(text, m.start())) {
                continue;
            }
            int from = num(m, "a");
            int b = num(m, "b");
            int to = m.group("b").length() == 2 ? from / 100 * 100 + b : b;
            if (to <= from || to - from > 150 || !inRange(to)) {
                continue;
            }
            EdtfDate fromDate = EdtfDate.of(from);
            EdtfDate toDate = EdtfDate.of(to);
            fromDate = m.group("qa") != null ? fromDate.uncertain() : fromDate;
            toDate = m.group("qb") != null ? toDate.uncertain() : toDate;
            boolean lifespan = to - from >= 15 && to - from <= 110 && !m.group("sep").equals("/")
                    && lookBehind(text, m.start(), LIFESPAN_BEFORE)
                    && CLOSE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            add(out, m.start(), m.end(), EdtfDate.interval(fromDate, toDate),
                    lifespan ? Kind.LIFESPAN : Kind.INTERVAL, 8, lifespan || m.group("w") != null);
        }
    }

    private static void singleYears(String text, int[] zones, List<Found> out) {
        for (MatchResult m : matches(SINGLE_YEAR, text, zones)) {
            int year = num(m, "y");
            int yearEnd = m.end("y");
            if (partOfNumber(text, m.start())
                    || (yearEnd + 1 < text.length() && (text.charAt(yearEnd) == '.' || text.charAt(yearEnd) == ',')
                            && Character.isDigit(text.charAt(yearEnd + 1)))
                    || (m.group("w") == null && (followedBy(text, yearEnd, UNIT_AFTER)
                            || followedBy(text, yearEnd, THOUSANDS_AFTER)))) {
                continue;
            }
            EdtfDate date = EdtfDate.of(year);
            int end = m.end();
            Kind kind = Kind.POINT;
            if (m.group("q") != null) {
                if (questionEndsSentence(text, m.end("q"))) {
                    end = yearEnd;
                } else {
                    date = date.uncertain();
                    kind = Kind.APPROXIMATE;
                }
            }
            add(out, m.start(), end, date, kind, 9, m.group("w") != null);
        }
    }

    /**
     * Stretches of text around four-digit numbers that can be years, as {start, end, start, end, ...}: every
     * family but centuries and two-digit decades needs such a year, so the rest of the text is not scanned.
     */
    private static int[] yearZones(String text) {
        int n = text.length();
        int[] zones = new int[16];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isAsciiDigit(text.charAt(j))) {
                j++;
            }
            if (j - i == 4 && inRange(Integer.parseInt(text, i, j, 10))) {
                int from = Math.max(0, i - ZONE_MARGIN);
                int to = Math.min(n, j + ZONE_MARGIN);
                if (count > 0 && zones[count - 1] >= from) {
                    zones[count - 1] = to;
                } else {
                    if (count == zones.length) {
                        zones = java.util.Arrays.copyOf(zones, count * 2);
                    }
                    zones[count++] = from;
                    zones[count++] = to;
                }
            }
            i = j;
        }
        return java.util.Arrays.copyOf(zones, count);
    }

    /**
     * The matches of {@code pattern} in the zones, as {@code find()} over each zone gives them. The pattern is tried
     * only at the positions where its {@link Gate} lets a match begin, where {@code lookingAt()} makes the very
     * attempt {@code find()} would make there; most positions of a zone (letters inside words, for a family that
     * begins with a day, a year or a month word) are passed over without entering the pattern.
     */
    static List<MatchResult> matches(Pattern pattern, String text, int[] zones) {
        List<MatchResult> out = new ArrayList<>();
        Gate gate = gate(pattern);
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int z = 0; z + 1 < zones.length; z += 2) {
            int end = zones[z + 1];
            int at = zones[z];
            while (at < end) {
                if (!gate.mayBegin(text, at, end)) {
                    at++;
                    continue;
                }
                m.region(at, end);
                if (m.lookingAt()) {
                    out.add(m.toMatchResult());
                    at = m.end() > at ? m.end() : at + 1;
                } else {
                    at++;
                }
            }
        }
        return out;
    }

    /** The plain scan {@link #matches} stands for, kept for the test that compares the two. */
    static List<MatchResult> scan(Pattern pattern, String text, int[] zones) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        for (int z = 0; z + 1 < zones.length; z += 2) {
            m.region(zones[z], zones[z + 1]).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /** Characters below this are read for the gates; any above may begin or neighbour a match (Latin and Cyrillic). */
    private static final char FIRST_CHARS_READ = '\u0530';
    private static final Map<Pattern, Gate> GATES = new java.util.concurrent.ConcurrentHashMap<>();

    static Gate gate(Pattern pattern) {
        return GATES.computeIfAbsent(pattern, Gate::new);
    }

    /**
     * For each character below {@link #FIRST_CHARS_READ}, whether a match of the pattern can begin with it, read from
     * the pattern itself ({@link Gate#first}).
     */
    static boolean[] firstChars(Pattern pattern) {
        return gate(pattern).first;
    }

    /**
     * Where a match of a pattern can begin, read from the pattern itself, by the character there, the one before it
     * and the one after it (each below {@link #FIRST_CHARS_READ}; any other is let through):
     * <ul>
     *   <li>first: the one-character text is matched, or the matcher ran out of input trying ({@code hitEnd}), so
     *       that a longer text beginning with it might match;</li>
     *   <li>before: the pattern tried on the two-character text of the character before and the first one, from the
     *       second, with the first visible to a lookbehind, is matched or runs out of input: this is the gate "no
     *       letter (or digit) before" of the families that begin with a lookbehind;</li>
     *   <li>after: the same on the two-character text of the first character and the next one, from the first.</li>
     * </ul>
     * A position where one of them fails begins no match: the attempt at it reads the same characters the short text
     * offers, and fails on them. (This holds for the parser's patterns, whose lookbehinds are negative or look back
     * no further than the match has come.) The tables of the two-character texts are filled as pairs occur; a race
     * between threads fills a cell twice with the same value.
     */
    static final class Gate {
        private static final byte UNKNOWN = 0;
        private static final byte YES = 1;
        private static final byte NO = 2;
        private final Pattern pattern;
        final boolean[] first = new boolean[FIRST_CHARS_READ];
        private final byte[][] before = new byte[FIRST_CHARS_READ][];
        private final byte[][] after = new byte[FIRST_CHARS_READ][];

        Gate(Pattern pattern) {
            this.pattern = pattern;
            Matcher m = pattern.matcher("");
            for (char c = 0; c < FIRST_CHARS_READ; c++) {
                m.reset(String.valueOf(c));
                first[c] = m.lookingAt() || m.hitEnd();
            }
        }

        /** Whether a match of the pattern in a region ending at {@code end} may begin at {@code at}. */
        boolean mayBegin(String text, int at, int end) {
            char c = text.charAt(at);
            if (c >= FIRST_CHARS_READ) {
                return true;
            }
            if (!first[c]) {
                return false;
            }
            if (at > 0) {
                char p = text.charAt(at - 1);
                if (p < FIRST_CHARS_READ && !pair(before, c, p, p, c, 1)) {
                    return false;
                }
            }
            if (at + 1 < end) {
                char d = text.charAt(at + 1);
                return d >= FIRST_CHARS_READ || pair(after, c, d, c, d, 0);
            }
            return true;
        }

        private boolean pair(byte[][] table, char c, char other, char x, char y, int from) {
            byte[] row = table[c];
            if (row == null) {
                row = new byte[FIRST_CHARS_READ];
                table[c] = row;
            }
            byte known = row[other];
            if (known == UNKNOWN) {
                Matcher m = pattern.matcher(new String(new char[] {x, y})).region(from, 2)
                        .useTransparentBounds(true).useAnchoringBounds(false);
                known = m.lookingAt() || m.hitEnd() ? YES : NO;
                row[other] = known;
            }
            return known == YES;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---------------------------------------------------------------- filters and merging

    private static List<Found> dropReferences(String text, int[] zones, List<Found> found) {
        BitSet blocked = new BitSet(text.length());
        for (MatchResult m : matches(REFERENCE, text, zones)) {
            blocked.set(m.start(), m.end());
        }
        if (blocked.isEmpty()) {
            return found;
        }
        List<Found> kept = new ArrayList<>(found.size());
        for (Found f : found) {
            int hit = blocked.nextSetBit(f.start);
            if (f.marked || hit < 0 || hit >= f.end) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static List<Found> settleOverlaps(List<Found> found) {
        List<Found> order = new ArrayList<>(found);
        order.sort(Comparator.comparingInt(Found::length).reversed()
                .thenComparingInt(Found::family).thenComparingInt(Found::start));
        // intervals of taken text, kept sorted by start; few per region, so a simple scan suffices
        java.util.TreeMap<Integer, Found> taken = new java.util.TreeMap<>();
        for (Found f : order) {
            Map.Entry<Integer, Found> before = taken.floorEntry(f.start);
            if (before != null && before.getValue().end > f.start) {
                continue;
            }
            Map.Entry<Integer, Found> after = taken.ceilingEntry(f.start);
            if (after != null && after.getKey() < f.end) {
                continue;
            }
            taken.put(f.start, f);
        }
        return new ArrayList<>(taken.values());
    }

    private static List<Found> qualify(String text, List<Found> chosen) {
        List<Found> out = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Found f = chosen.get(i);
            int floor = out.isEmpty() ? 0 : out.get(out.size() - 1).end;
            int ceiling = i + 1 < chosen.size() ? chosen.get(i + 1).start : text.length();
            out.add(qualifyOne(text, f, floor, ceiling));
        }
        return out;
    }

    private static Found qualifyOne(String text, Found f, int floor, int ceiling) {
        if ((f.kind != Kind.POINT && f.kind != Kind.DECADE) || f.date.isApproximate() || f.date.isUncertain()) {
            return f;
        }
        EdtfDate.Precision precision = f.date.precision();
        boolean single = !f.date.isInterval();
        int windowStart = Math.max(floor, f.start - WINDOW);
        Matcher before = POSITION_BEFORE.matcher(text).region(windowStart, f.start).useTransparentBounds(true);
        if (single && mayEndPositionWord(text, windowStart, f.start) && before.find()) {
            EdtfDate narrowed = narrow(f.date, precision, position(before.group("p")));
            if (narrowed != null) {
                return new Found(before.start(), f.end, narrowed, kindOf(position(before.group("p"))), f.family,
                        true);
            }
        }
        Matcher after = POSITION_AFTER.matcher(text).region(f.end, Math.min(ceiling, f.end + WINDOW))
                .useTransparentBounds(true);
        // Kazakh puts the position after a genitive ("1928 жылдың аяғында") or an abbreviation ("ХХ ғ. басында")
        boolean genitive = text.charAt(f.end - 1) == 'ң' || text.startsWith("ғ.", f.end - 2);
        if (single && genitive && after.lookingAt()) {
            EdtfDate narrowed = narrow(f.date, precision, position(after.group("p")));
            if (narrowed != null) {
                return new Found(f.start, after.end(), narrowed, kindOf(position(after.group("p"))), f.family,
                        true);
            }
        }
        if (f.kind == Kind.POINT && single && mayEndApproxWord(text, windowStart, f.start)) {
            Matcher approx = APPROX_BEFORE.matcher(text).region(windowStart, f.start).useTransparentBounds(true);
            if (approx.find()) {
                return new Found(approx.start(), f.end, f.date.approximate(), Kind.APPROXIMATE, f.family, true);
            }
        }
        Matcher approxAfter = APPROX_AFTER.matcher(text).region(f.end, Math.min(ceiling, f.end + WINDOW))
                .useTransparentBounds(true);
        if (single && approxAfter.lookingAt()) {
            return new Found(f.start, approxAfter.end(), f.date.approximate(), Kind.APPROXIMATE, f.family, true);
        }
        return f;
    }

    /** The last words of {@link #POSITION_BEFORE}, case-folded: its match ends with one, then spaces or a dash. */
    private static final List<String> POSITION_LAST_WORDS = List.of("of", "the", "early", "mid", "late", "начало",
            "начале", "начала", "началу", "конец", "конце", "конца", "концу", "середина", "середине", "середину",
            "середины", "половина", "половине", "половину", "половины");
    /** The last words of {@link #APPROX_BEFORE}, case-folded, but for those that end with a point. */
    private static final List<String> APPROX_LAST_WORDS = List.of("circa", "approximately", "around", "около",
            "примерно", "приблизительно", "шамамен", "в");

    /**
     * Whether {@link #POSITION_BEFORE} may match in the window {@code [from, at)}: its match ends at {@code at} with
     * spaces or a dash after one of {@link #POSITION_LAST_WORDS}. Checked back from {@code at}, which is cheaper
     * than the search through the window it saves for most dates.
     */
    static boolean mayEndPositionWord(String text, int from, int at) {
        int i = at;
        while (i > from && (isRegexSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        return i < at && endsWithWord(text, from, i, POSITION_LAST_WORDS);
    }

    /**
     * Whether {@link #APPROX_BEFORE} may match in the window {@code [from, at)}: its match ends at {@code at}, after
     * optional spaces, with a point ({@code c.}, {@code ca.}, {@code approx.}, {@code ок.}) or one of
     * {@link #APPROX_LAST_WORDS}.
     */
    static boolean mayEndApproxWord(String text, int from, int at) {
        int i = at;
        while (i > from && isRegexSpace(text.charAt(i - 1))) {
            i--;
        }
        return i > from && (text.charAt(i - 1) == '.' || endsWithWord(text, from, i, APPROX_LAST_WORDS));
    }

    /** Whether {@code text[from, to)} ends with one of the case-folded {@code words}, compared as the regex folds. */
    private static boolean endsWithWord(String text, int from, int to, List<String> words) {
        for (String w : words) {
            int start = to - w.length();
            if (start < from) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < w.length() && same; k++) {
                char c = text.charAt(start + k);
                same = c == w.charAt(k) || Character.toLowerCase(Character.toUpperCase(c)) == w.charAt(k)
                        || Character.toLowerCase(c) == w.charAt(k);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** The characters of {@code \s} in java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static List<Found> join(String text, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        int i = 0;
        while (i < found.size()) {
            Found a = found.get(i);
            if (i + 1 < found.size() && joinable(text, a, found.get(i + 1))) {
                Found b = found.get(i + 1);
                out.add(new Found(a.start, b.end, EdtfDate.interval(a.date, b.date), Kind.INTERVAL, a.family, true));
                i += 2;
            } else {
                out.add(a);
                i++;
            }
        }
        return out;
    }

    private static boolean joinable(String text, Found a, Found b) {
        if (a.kind != Kind.POINT || b.kind != Kind.POINT || a.date.isInterval() || b.date.isInterval()
                || a.date.earliest().isAfter(b.date.earliest())) {
            return false;
        }
        String gap = text.substring(a.end, b.start);
        if (gap.length() > 12) {
            return false;
        }
        if (JOIN_GAP.matcher(gap).matches()) {
            return true;
        }
        if (AND_GAP.matcher(gap).matches()) {
            return lookBehind(text, a.start, BETWEEN_BEFORE);
        }
        return !gap.isEmpty() && gap.isBlank() && KK_FROM.matcher(text.substring(a.start, a.end)).find()
                && KK_TO.matcher(text.substring(b.start, b.end)).find() && followedBy(text, b.end, KK_UNTIL_AFTER);
    }

    // ---------------------------------------------------------------- helpers

    private static void add(List<Found> out, int start, int end, EdtfDate date, Kind kind, int family,
            boolean marked) {
        if (date != null && end > start) {
            out.add(new Found(start, end, date, kind, family, marked));
        }
    }

    private static String year(String group) {
        return NOT_WORD_BEFORE + "(?<" + group + ">" + YEAR + ")(?!\\d)";
    }

    private static String day(String group) {
        return "(?<![\\d.,])(?<" + group + ">[0-2]?\\d|3[01])(?!\\d)";
    }

    private static String yearWord(String group) {
        return "(?<" + group + ">\\s*(?:" + RU_YEAR_WORD + "|" + KK_YEAR_WORD + "))?";
    }

    /** Russian two-digit decades need годы: "30-е мая" is a day of May, "30-е годы" a decade. */
    private static String decadeSuffix(boolean yearsWordRequired) {
        String years = "(?:\\s+(?:год(?:ы|ов|ах|ам)|гг\\.?)" + NOT_LETTER_AFTER + ")" + (yearsWordRequired ? "" : "?");
        return "(?:(?:’|')?s" + NOT_LETTER_AFTER + "|-ies" + NOT_LETTER_AFTER
                + "|\\s*-\\s*(?:е|х|ые|ых)" + NOT_LETTER_AFTER + years
                + "|(?:\\s*-\\s*(?:ыншы|інші|ншы|нші|шы|ші))?\\s*-?\\s*жылдар\\p{L}*)";
    }

    /**
     * The month number of a matched month word, or 0. Cyrillic month names are written in lower case, so a
     * capitalised one inside a sentence is taken for a name ({@code Қазан} the city, not October).
     */
    private static int monthOf(String text, MatchResult m, String group, boolean mayOpenSentence) {
        String word = m.group(group);
        if (word == null) {
            return 0;
        }
        char first = word.charAt(0);
        if (Character.UnicodeScript.of(first) == Character.UnicodeScript.CYRILLIC && Character.isUpperCase(first)
                && !(mayOpenSentence && opensSentence(text, m.start(group)))) {
            return 0;
        }
        return Months.number(word);
    }

    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == '(' || c == '«' || c == '"' || c == '“'
                || c == ':' || c == ';';
    }

    private static int seasonCode(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("spring") || w.startsWith("весн") || w.startsWith("көктем")) {
            return EdtfDate.SPRING;
        }
        if (w.startsWith("summer") || w.startsWith("лет") || w.startsWith("жаз")) {
            return EdtfDate.SUMMER;
        }
        if (w.startsWith("autumn") || w.startsWith("fall") || w.startsWith("осен") || w.startsWith("күз")) {
            return EdtfDate.AUTUMN;
        }
        if (w.startsWith("winter") || w.startsWith("зим") || w.startsWith("қыс")) {
            return EdtfDate.WINTER;
        }
        return 0;
    }

    /** The hundreds to add to a two-digit decade: 1900 unless a century follows; -1 when out of range. */
    private static int centuryBase(String english, String roman) {
        int number;
        if (english != null) {
            String e = english.toLowerCase(Locale.ROOT);
            if (e.startsWith("eighteenth")) {
                number = 18;
            } else if (e.startsWith("nineteenth")) {
                number = 19;
            } else if (e.startsWith("twentieth")) {
                number = 20;
            } else if (Character.isDigit(e.charAt(0))) {
                number = Integer.parseInt(e.substring(0, 2));
            } else {
                number = roman(e.toUpperCase(Locale.ROOT));
            }
        } else if (roman != null) {
            number = roman(roman);
        } else {
            return 1900;
        }
        int base = (number - 1) * 100;
        return base >= MIN_YEAR && base + 99 <= MAX_YEAR ? base : -1;
    }

    private static int centuryWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "eighteenth" -> 18;
            case "nineteenth" -> 19;
            case "twentieth" -> 20;
            default -> 21;
        };
    }

    /** Roman numeral value; Cyrillic Х and І, common in Russian and Kazakh print, count as X and I. */
    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I', 'i', 'І', 'і' -> 1;
                case 'V', 'v' -> 5;
                case 'X', 'x', 'Х', 'х' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    private static Position position(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("first") || w.startsWith("перв") || w.startsWith("бірінші") || w.startsWith("1")) {
            return Position.FIRST_HALF;
        }
        if (w.startsWith("second") || w.startsWith("втор") || w.startsWith("екінші") || w.startsWith("2")) {
            return Position.SECOND_HALF;
        }
        if (w.startsWith("mid") || w.startsWith("серед") || w.startsWith("орта")) {
            return Position.MIDDLE;
        }
        if (w.startsWith("late") || w.startsWith("end") || w.startsWith("close") || w.startsWith("кон")
                || w.startsWith("аяғ") || w.startsWith("соң")) {
            return Position.END;
        }
        return Position.BEGIN;
    }

    private static Kind kindOf(Position position) {
        return position == Position.FIRST_HALF || position == Position.SECOND_HALF ? Kind.INTERVAL
                : Kind.APPROXIMATE;
    }

    /** The part of {@code date} a position word points at; null when the precision has no parts. */
    private static EdtfDate narrow(EdtfDate date, EdtfDate.Precision precision, Position position) {
        int[] range = switch (position) {
            case BEGIN -> new int[] {0, 2};
            case MIDDLE -> new int[] {4, 7};
            case END -> new int[] {9, 11};
            case FIRST_HALF -> new int[] {0, 5};
            case SECOND_HALF -> new int[] {6, 11};
        };
        LocalDate bounds = date.earliest();
        return switch (precision) {
            case YEAR -> interval(month(bounds.getYear(), range[0] + 1), month(bounds.getYear(), range[1] + 1));
            case MONTH -> {
                YearMonth ym = YearMonth.of(bounds.getYear(), bounds.getMonthValue());
                int[] days = switch (position) {
                    case BEGIN -> new int[] {1, 10};
                    case MIDDLE -> new int[] {11, 20};
                    case END -> new int[] {21, ym.lengthOfMonth()};
                    case FIRST_HALF -> new int[] {1, 15};
                    case SECOND_HALF -> new int[] {16, ym.lengthOfMonth()};
                };
                yield interval(day(ym.getYear(), ym.getMonthValue(), days[0]),
                        day(ym.getYear(), ym.getMonthValue(), days[1]));
            }
            case DECADE -> {
                int[] years = switch (position) {
                    case BEGIN -> new int[] {0, 3};
                    case MIDDLE -> new int[] {4, 6};
                    case END -> new int[] {7, 9};
                    case FIRST_HALF -> new int[] {0, 4};
                    case SECOND_HALF -> new int[] {5, 9};
                };
                yield interval(EdtfDate.of(bounds.getYear() + years[0]), EdtfDate.of(bounds.getYear() + years[1]));
            }
            case CENTURY -> {
                int[] years = switch (position) {
                    case BEGIN -> new int[] {0, 33};
                    case MIDDLE -> new int[] {34, 66};
                    case END -> new int[] {67, 99};
                    case FIRST_HALF -> new int[] {0, 49};
                    case SECOND_HALF -> new int[] {50, 99};
                };
                yield interval(EdtfDate.of(bounds.getYear() + years[0]), EdtfDate.of(bounds.getYear() + years[1]));
            }
            default -> null;
        };
    }

    private static boolean lookBehind(String text, int at, Pattern endingAtAt) {
        return endingAtAt.matcher(text).region(Math.max(0, at - WINDOW), at).useTransparentBounds(true).find();
    }

    private static boolean followedBy(String text, int at, Pattern pattern) {
        return pattern.matcher(text).region(at, Math.min(text.length(), at + WINDOW)).useTransparentBounds(true)
                .lookingAt();
    }

    /** Whether the number at {@code at} continues a number before it: {@code 1,5} or {@code 12.1938}. */
    private static boolean partOfNumber(String text, int at) {
        return at >= 2 && (text.charAt(at - 1) == ',' || text.charAt(at - 1) == '.')
                && Character.isDigit(text.charAt(at - 2));
    }

    /** Whether a {@code ?} after a year ends a question rather than marking the year uncertain. */
    private static boolean questionEndsSentence(String text, int after) {
        int i = after;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r'
                || (i > after && Character.isUpperCase(text.charAt(i)));
    }

    /** End offset with trailing spaces before {@code end} removed. */
    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static int num(MatchResult m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static EdtfDate day(int year, int month, int day) {
        if (!inRange(year) || month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            return null;
        }
        return EdtfDate.of(year, month, day);
    }

    private static EdtfDate month(int year, int month) {
        return inRange(year) && month >= 1 && month <= 12 ? EdtfDate.of(year, month) : null;
    }

    private static EdtfDate dayRange(int year, int month, int from, int to) {
        EdtfDate first = day(year, month, from);
        if (to < 0) {
            return first;
        }
        return to <= from ? null : interval(first, day(year, month, to));
    }

    private static EdtfDate interval(EdtfDate from, EdtfDate to) {
        if (from == null || to == null || from.earliest().isAfter(to.latest())) {
            return null;
        }
        return EdtfDate.interval(from, to);
    }

    // ---------------------------------------------------------------- OCR repair

    /**
     * A copy of {@code text} of the same length where OCR look-alikes inside year-like tokens are digits:
     * {@code l937}, {@code I937} and {@code 19З7} become {@code 1937}. Offsets do not move.
     */
    static String prepare(String text) {
        char[] chars = null;
        int n = text.length();
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A')) {
                // no-break and typographic spaces, frequent in web pages: \\s of java.util.regex misses them
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[k] = ' ';
            }
        }
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isDigitLike(c) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && j - i < 5 && isDigitLike(text.charAt(j))) {
                j++;
            }
            boolean bounded = j == n || !(Character.isDigit(text.charAt(j)) || isLatinLetter(text.charAt(j))
                    || isDigitLike(text.charAt(j)));
            if (j - i == 4 && bounded) {
                int digits = 0;
                int value = 0;
                for (int k = i; k < j; k++) {
                    char d = text.charAt(k);
                    digits += d >= '0' && d <= '9' ? 1 : 0;
                    value = value * 10 + digitOf(d);
                }
                if (digits == 3 && inRange(value)) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    for (int k = i; k < j; k++) {
                        chars[k] = (char) ('0' + digitOf(text.charAt(k)));
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isDigitLike(char c) {
        return (c >= '0' && c <= '9') || c == 'l' || c == 'I' || c == '|' || c == 'З' || c == 'з' || c == 'O'
                || c == 'О' || c == 'o' || c == 'о';
    }

    private static int digitOf(char c) {
        return switch (c) {
            case 'l', 'I', '|' -> 1;
            case 'З', 'з' -> 3;
            case 'O', 'О', 'o', 'о' -> 0;
            default -> c - '0';
        };
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
