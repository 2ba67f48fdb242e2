package org.tarikh.search;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.search.query.Query;
import java.util.Locale;
import org.tarikh.extract.dates.EdtfDate;

/**
 * The usual written forms of one day or month in the archive's three languages, as queries of the query syntax
 * (phrases of the analysed words, so an inflected month meets its stem): 1930-04-04 is {@code 4 апреля 1930}
 * (Russian: day, month in the genitive, year), {@code 1930 жылғы 4 сәуір} (Kazakh: year first, with or without the
 * year word {@code жылы / жылғы / ж.}, and Soviet-era texts write Russian month names with Kazakh endings:
 * {@code 4 апрельде}), {@code 4 April 1930} and {@code April 4, 1930} (English), {@code 04.04.1930} and
 * {@code 4.04.1930} (numeric, day first), {@code 1930-04-04} (ISO). A month: {@code апреля 1930} (its stem also
 * meets {@code в апреле 1930}), {@code 1930 жылы сәуірде}, {@code April 1930}, {@code 04.1930}. Stateless.
 */
final class DateForms {
    /** What a document writing the very day (or month) scores above one that only gives the year. */
    static final float FULL_DATE_WEIGHT = 2f;

    private static final String[] RU_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] RU_NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] KK = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
            "қыркүйек", "қазан", "қараша", "желтоқсан"};
    private static final String[] EN = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    private DateForms() {}

    /** The numeric forms of a day or a month, each one indexed term ({@code 04.04.1930}); none for a year. */
    static List<String> terms(EdtfDate date) {
        String value = date.value();
        List<String> forms = new ArrayList<>();
        if (!value.matches("\\d{4}-\\d{2}(-\\d{2})?")) return forms;
        String year = value.substring(0, 4);
        String mm = value.substring(5, 7);
        if (value.length() == 10) {
            String dd = value.substring(8, 10);
            forms.add(dd + "." + mm + "." + year);
            if (dd.startsWith("0")) forms.add(dd.substring(1) + "." + mm + "." + year);
        } else {
            forms.add(mm + "." + year);
        }
        return forms;
    }

    /** The written forms of a day or a month as phrases; none for a year. */
    static List<Query> phrases(EdtfDate date) {
        String value = date.value();
        List<Query> forms = new ArrayList<>();
        if (value.length() < 7 || !value.matches("\\d{4}-\\d{2}(-\\d{2})?")) return forms;
        String year = value.substring(0, 4);
        int month = Integer.parseInt(value.substring(5, 7));
        if (month < 1 || month > 12) return forms;
        int m = month - 1;
        String mm = value.substring(5, 7);
        if (value.length() == 10) {
            int day = Integer.parseInt(value.substring(8, 10));
            String dd = value.substring(8, 10);
            forms.add(phrase(day + " " + RU_GENITIVE[m] + " " + year, 0));
            forms.add(phrase(year + " " + day + " " + KK[m], 1));
            forms.add(phrase(year + " " + day + " " + RU_NOMINATIVE[m], 1));
            forms.add(phrase(day + " " + EN[m] + " " + year, 0));
            forms.add(phrase(EN[m] + " " + day + " " + year, 0));
            forms.add(phrase(year + " " + mm + " " + dd, 0));
        } else {
            forms.add(phrase(RU_GENITIVE[m] + " " + year, 0));
            forms.add(phrase(year + " " + KK[m], 1));
            forms.add(phrase(year + " " + RU_NOMINATIVE[m], 1));
            forms.add(phrase(EN[m] + " " + year, 0));
        }
        return forms;
    }

    private static Query phrase(String words, int slop) {
        return new Query.Phrase(Query.Field.ANY, words.toLowerCase(Locale.ROOT), slop);
    }
}
