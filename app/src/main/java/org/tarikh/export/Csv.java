package org.tarikh.export;

import java.util.List;

/**
 * CSV as RFC 4180 writes it, for spreadsheets: records end in CRLF; a field with a comma, a double quote, CR or LF
 * is quoted and its quotes doubled ({@code Лекеров, "Азимбай"} → {@code "Лекеров, ""Азимбай"""}); a null field is
 * empty. {@link #BOM} goes first so that Excel reads the file as UTF-8 and shows Cyrillic and Kazakh letters.
 *
 * <p>Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that begins with {@code =}, {@code +},
 * {@code -} or {@code @} (and, in some, a tab or carriage return before them) as a formula, and evidence quoted
 * from documents does begin so ({@code - Arrested 1937.}, a list item). Such a field is written with a single
 * quote in front ({@code '- Arrested 1937.}), which the spreadsheet shows as text and hides, and quoted as any
 * field with special characters. The quote is data to a program reading the CSV; the values that get it are only
 * the ones a spreadsheet would have run. Pure and thread-safe.
 */
public final class Csv {
    /** The UTF-8 byte order mark as a char: written first, it tells Excel the encoding. */
    public static final String BOM = "\uFEFF";

    private Csv() {}

    /** One record with its line end. */
    public static String record(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        return out.append("\r\n").toString();
    }

    static String field(String value) {
        if (value == null) return "";
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) value = "'" + value;
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
