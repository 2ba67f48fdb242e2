package org.tarikh.search;

/**
 * Explains in one line why a query cannot be parsed, in terms of what the user typed rather than the parser's
 * grammar: {@code "Алаш Орда} → "a quotation mark is not closed".
 */
final class QueryProblems {
    private QueryProblems() {}

    static String explain(String query) {
        String shown = shorten(query);
        String reason;
        if (count(query, '"') % 2 != 0) {
            reason = "a quotation mark is not closed: close it to search a phrase, or remove it";
        } else if (count(query, '(') != count(query, ')')) {
            reason = "brackets do not pair up: every '(' needs a ')'";
        } else if (count(query, '[') != count(query, ']') || count(query, '{') != count(query, '}')) {
            reason = "a range needs both ends, as in year:[1930 TO 1939]";
        } else if (query.strip().matches("(?i).*(\\bAND|\\bOR|\\bNOT|[+\\-!:])$")) {
            reason = "it ends with an operator that needs something after it";
        } else if (query.strip().matches("^[*?].*")) {
            reason = "a word cannot start with * or ?: put at least one letter before it";
        } else {
            reason = "put a backslash before special characters (+ - ! ( ) { } [ ] ^ \" ~ * ? : / \\) to search them as text";
        }
        return "cannot read the query '" + shown + "': " + reason;
    }

    /** A field given a value it cannot take: {@code year:19x} → "… '19x' does not fit: year: takes …". */
    static String badValue(String query, String value, String takes) {
        return "cannot read the query '" + shorten(query) + "': '" + shorten(value) + "' does not fit: " + takes;
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c && (i == 0 || s.charAt(i - 1) != '\\')) n++;
        return n;
    }
}
