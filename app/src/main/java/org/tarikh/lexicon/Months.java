package org.tarikh.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names of the twelve months as the archive's languages write them: English (capitalised, with the usual
 * abbreviations {@code Jan.}, {@code Sept}), Russian in every case ({@code январь}, {@code января}, {@code январе},
 * {@code январём}; {@code март}, {@code марта}, {@code мартом}) and its dotted abbreviations ({@code янв.},
 * {@code сент.}), Kazakh in Cyrillic with the possessive and case endings a month takes ({@code ақпанның},
 * {@code қарашасында}, {@code наурызда}) and in the Latin alphabets of 2018 and 2021 and the informal ones
 * ({@code qańtar}, {@code qantar}, {@code naýryz}, {@code nauryz}). Kazakh texts also write the Russian month names
 * with Kazakh endings ({@code февральдағы}, {@code мартта}).
 *
 * <p>Example: {@code Months.number("қыркүйегінде")} is 9, {@code Months.number("наурызда")} is 3, {@code Months.number("сент.")} is 9, {@code Months.number("машина")} is 0.
 *
 * <p>Pure and thread-safe.
 */
public final class Months {
    /** Kazakh possessive and case endings a month name can carry: ақпан-ы-ның, қараша-сы-нда, март-та. */
    private static final String KK_ENDING = "(?:(?:ы|і|сы|сі)?(?:ндағы|ндегі|нда|нде|нан|нен|ның|нің|на|не|н"
            + "|дағы|дегі|тағы|тегі|да|де|та|те|дан|ден|тан|тен|ға|ге|қа|ке|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні"
            + "|мен|бен|пен|а|е)?(?:-ақ|-ақ)?)";
    private static final String EN = "January|February|March|April|May|June|July|August|September"
            + "|October|November|December";
    private static final String EN_ABBR = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String RU_ABBR = "(?:янв|февр|фев|мар|апр|авг|сент|сен|окт|нояб|ноя|дек)\\.";
    /** Қыркүйек voices its last sound before a vowel, as Kazakh stems in к and қ do: қыркүйегінде. */
    private static final String KK = "(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қыркүйег(?=і)"
            + "|қазан|қараша|желтоқсан)";
    private static final String KK_LATIN = "(?:qańtar|qantar|aqpan|naýryz|nauryz|sáýir|sauir|mamyr"
            + "|maýsym|mausym|shilde|tamyz|qyrkúiek|qyrkuiek|qazan|qarasha|jeltoqsan)";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}])";

    /** Lower-cased prefixes of month words, longest first. */
    private static final List<Map.Entry<String, Integer>> PREFIXES = prefixes();
    /** A whole word that is a month name in any form, any capitalisation. */
    private static final Pattern ANY_WORD = Pattern.compile(alternatives(true, true, true),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A whole word that is a month's full name in any form. */
    private static final Pattern NAME_WORD = Pattern.compile(alternatives(true, true, false),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Months() {}

    /**
     * A regular expression for one month word, to be compiled case-insensitively (English names must still be
     * capitalised: {@code may} is a verb). With {@code kazakhEndings}, Cyrillic names may carry the Kazakh endings
     * (as in year-first Kazakh dates, {@code 1937 жылғы ақпанда}); without, Kazakh names take only the genitive
     * and possessive ({@code ақпанның}, {@code қарашасы}) they have between a day and a year.
     */
    public static String regex(boolean kazakhEndings) {
        return "(?<![\\p{L}])(?:" + alternatives(kazakhEndings, false, true) + ")(?:(?<=\\.)|" + NOT_LETTER_AFTER + ")";
    }

    /**
     * The month (1-12) a word names, in any of the forms above and any capitalisation ({@code ЯНВАРЯ}), with or
     * without an abbreviation's point; 0 for any other word.
     */
    public static int number(String word) {
        if (word == null || word.isEmpty()) return 0;
        String w = word.strip();
        if (!ANY_WORD.matcher(w).matches() && !ANY_WORD.matcher(w + ".").matches()) return 0;
        String lower = w.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> e : PREFIXES) {
            if (lower.startsWith(e.getKey())) return e.getValue();
        }
        return 0;
    }

    /**
     * Whether a word is a month's full name in any case form and capitalisation ({@code мая}, {@code May},
     * {@code наурызда}), not an abbreviation: {@code Jan} is also a given name.
     */
    public static boolean isName(String word) {
        return word != null && NAME_WORD.matcher(word.strip()).matches();
    }

    private static String alternatives(boolean kazakhEndings, boolean anyCase, boolean abbreviations) {
        String kk = kazakhEndings ? KK_ENDING : "";
        String ru = "(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь" + kk + "|я|е|ю|ём|ем)"
                + "|(?:март|август)(?:ом|а|е|у)?" + kk
                + "|ма(?:й" + kk + "|я|е|ю|ем)";
        String kazakh = KK + (kazakhEndings ? KK_ENDING : "(?:ның|нің|ы|і|сы|сі)?");
        String latin = KK_LATIN + (kazakhEndings ? "\\p{L}{0,6}" : "");
        String en = abbreviations ? EN + "|" + EN_ABBR : EN;
        String english = anyCase ? en : "(?-i:" + en + ")";
        return english + "|" + ru + (abbreviations ? "|" + RU_ABBR : "") + "|" + kazakh + "|" + latin;
    }

    private static List<Map.Entry<String, Integer>> prefixes() {
        Object[][] table = {
            {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"may", 5}, {"jun", 6}, {"jul", 7}, {"aug", 8},
            {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
            {"янв", 1}, {"фев", 2}, {"мар", 3}, {"апр", 4}, {"ма", 5}, {"июн", 6}, {"июл", 7}, {"авг", 8},
            {"сен", 9}, {"окт", 10}, {"ноя", 11}, {"дек", 12},
            {"қаң", 1}, {"ақп", 2}, {"нау", 3}, {"сәу", 4}, {"мамыр", 5}, {"маус", 6}, {"шіл", 7}, {"там", 8},
            {"қыр", 9}, {"қаз", 10}, {"қар", 11}, {"жел", 12},
            {"qań", 1}, {"qan", 1}, {"aqp", 2}, {"naý", 3}, {"nau", 3}, {"sáý", 4}, {"sau", 4}, {"mamyr", 5},
            {"maýs", 6}, {"maus", 6}, {"shil", 7}, {"tamyz", 8}, {"qyr", 9}, {"qaz", 10}, {"qar", 11},
            {"jel", 12},
        };
        List<Map.Entry<String, Integer>> list = new ArrayList<>();
        for (Object[] row : table) list.add(Map.entry((String) row[0], (Integer) row[1]));
        list.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()).reversed());
        return List.copyOf(list);
    }
}
