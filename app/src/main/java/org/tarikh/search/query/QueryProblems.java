package org.tarikh.search.query;

/**
 * Explains in one line why a query cannot be parsed, in terms of what the user typed rather than the parser's
 * grammar: {@code "Алаш Орда} → "a quotation mark is not closed".
 */
final class QueryProblems {
    private QueryProblems() {}

    static String explain(String query) {
        return "cannot read the query '" + shorten(query) + "': " + reason(query);
    }

    private static String reason(String query) {
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
            reason = "put a backslash before special characters (( ) { } [ ] ^ \" ~ * : \\, and + - ! at the start of a word)"
                    + " to search them as text";
        }
        return reason;
    }

    /**
     * Throws when quotation marks, brackets or range brackets outside phrases do not pair up: the reasons of
     * {@link #explain} that a parser would only meet late.
     */
    static void checkPairs(String query) {
        int quotes = count(query, '"');
        if (quotes % 2 != 0) throw new org.tarikh.search.QuerySyntaxException(explain(query));
        String outside = outsidePhrases(query);
        if (count(outside, '(') != count(outside, ')')) throw new org.tarikh.search.QuerySyntaxException(explain(outside, query));
        if (count(outside, '[') + count(outside, '{') != count(outside, ']') + count(outside, '}')) {
            throw new org.tarikh.search.QuerySyntaxException(explain(outside, query));
        }
    }

    private static String outsidePhrases(String query) {
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                if (!in) out.append(c).append(query.charAt(i + 1));
                i++;
                continue;
            }
            if (c == '"') in = !in;
            else if (!in) out.append(c);
        }
        return out.toString();
    }

    private static String explain(String outside, String query) {
        return "cannot read the query '" + shorten(query) + "': " + reason(outside);
    }

    static String endsWithOperator(String query) {
        return "cannot read the query '" + shorten(query) + "': it ends with an operator that needs something after it";
    }

    static String loneOperator(String query) {
        return "cannot read the query '" + shorten(query)
                + "': AND and OR need a word on each side, as in Алаш OR Alash (to search the word itself, write \\AND)";
    }

    static String unknownField(String query, String name) {
        return "cannot read the query '" + shorten(query) + "': '" + shorten(name) + ":' is not a field (the fields are"
                + " title:, text:, person:, place:, year:, decade:, lang: and kind:); to search the word, write "
                + shorten(name) + "\\:";
    }

    static String leadingWildcard(String query) {
        return "cannot read the query '" + shorten(query) + "': a word cannot start with *: put at least one letter before it";
    }

    static String innerWildcard(String query) {
        return "cannot read the query '" + shorten(query) + "': * is read only at the end of a word, as in коллектив*";
    }

    static String emptyPhrase(String query) {
        return "cannot read the query '" + shorten(query) + "': the quotation marks hold no words: put the phrase between them";
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
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') i++; // an escaped character is text
            else if (s.charAt(i) == c) n++;
        }
        return n;
    }
}
