package org.tarikh.web.view;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EDTF dates as a reader of the interface language writes them: {@code 1894-10-15} is "15 October 1894",
 * "15 октября 1894 г.", "15 қазан 1894 ж."; {@code 1937-05} "May 1937", "май 1937 г.", "мамыр 1937 ж.";
 * {@code 193X} "the 1930s"; a season, an interval ({@code 1923/1925}), and the qualifiers {@code ?} (uncertain),
 * {@code ~} (approximate) and {@code %} (both) in words. Month names are ICU's (CLDR), the patterns the messages'.
 * A value outside this subset is shown as it is.
 */
final class DateText {
    private static final Pattern SINGLE = Pattern.compile("(\\d{4}|\\d{3}X|\\d{2}XX)(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%]?)");

    private DateText() {}

    static String format(Ui ui, String edtf) {
        String value = edtf.strip();
        int slash = value.indexOf('/');
        if (slash > 0) {
            String from = single(ui, value.substring(0, slash)), to = single(ui, value.substring(slash + 1));
            return from == null || to == null ? value : ui.t("date.interval", from, to);
        }
        String one = single(ui, value);
        return one == null ? value : one;
    }

    private static String single(Ui ui, String value) {
        Matcher m = SINGLE.matcher(value);
        if (!m.matches()) return null;
        String year = m.group(1);
        String text;
        if (year.endsWith("XX")) {
            text = ui.t("date.century", Integer.parseInt(year.substring(0, 2)) + 1);
        } else if (year.endsWith("X")) {
            text = ui.t("date.decade", year.substring(0, 3) + "0");
        } else if (m.group(2) == null) {
            text = ui.t("date.year", year);
        } else {
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) != null) {
                if (month < 1 || month > 12) return null;
                text = day(ui, Integer.parseInt(year), month, Integer.parseInt(m.group(3)));
            } else if (month >= 1 && month <= 12) {
                text = ui.t("date.month", monthName(ui, month, DateFormatSymbols.STANDALONE), year);
            } else if (month >= 21 && month <= 24) {
                text = ui.t("date.season." + month, year);
            } else {
                return null;
            }
        }
        return switch (m.group(4)) {
            case "?" -> ui.t("date.uncertain", text);
            case "~" -> ui.t("date.approximate", text);
            case "%" -> ui.t("date.uncertainApproximate", text);
            default -> text;
        };
    }

    /** "15 October 1894", "15 октября 1894 г.", "15 қазан 1894 ж.". */
    static String day(Ui ui, int year, int month, int day) {
        return ui.t("date.day", Integer.toString(day), monthName(ui, month, DateFormatSymbols.FORMAT), Integer.toString(year));
    }

    private static String monthName(Ui ui, int month, int context) {
        String[] names = new DateFormatSymbols(new ULocale(ui.lang())).getMonths(context, DateFormatSymbols.WIDE);
        String name = names[month - 1];
        // Kazakh writes month names in lower case inside a date and in a month-year alike
        return ui.lang().equals("kk") ? name.toLowerCase(new java.util.Locale("kk")) : name;
    }
}
