package org.tarikh.export;

import java.util.List;

/**
 * CSV as RFC 4180 writes it, for spreadsheets: records end in CRLF; a field with a comma, a double quote, CR or LF
 * is quoted and its quotes doubled ({@code Лекеров, "Азимбай"} → {@code "Лекеров, ""Азимбай"""}); a null field is
 * empty. {@link #BOM} goes first so that Excel reads the file as UTF-8 and shows Cyrillic and Kazakh letters.
 * Pure and thread-safe.
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
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
