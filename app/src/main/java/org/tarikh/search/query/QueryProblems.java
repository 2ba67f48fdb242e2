package org.tarikh.search.query;

import org.tarikh.search.QuerySyntaxException.Reason;

/**
 * Explains in one line why a query cannot be parsed, in terms of what the user typed rather than the parser's
 * grammar: {@code "Алаш Орда} → "a quotation mark is not closed".
 */
final class QueryProblems {
    private QueryProblems() {}

    static Reason explain(String query) {
        return explain(query, query);
    }

    /** The reason of {@link #explain}, judged on {@code judged} (the query outside its phrases) for {@code query}. */
    private static Reason explain(String judged, String query) {
        String key;
        if (count(judged, '"') % 2 != 0) {
            key = "unclosedQuote";
        } else if (count(judged, '(') != count(judged, ')')) {
            key = "brackets";
        } else if (count(judged, '[') != count(judged, ']') || count(judged, '{') != count(judged, '}')) {
            key = "rangeEnds";
        } else if (judged.strip().matches("(?i).*(\\bAND|\\bOR|\\bNOT|[+\\-!:])$")) {
            key = "endsWithOperator";
        } else if (judged.strip().matches("^[*?].*")) {
            key = "leadingWildcard";
        } else {
            key = "specialCharacters";
        }
        return reason(query, key, ENGLISH.get(key));
    }

    /** The English reasons by key; the web interface has them in its message files under {@code query.reason.}. */
    private static final java.util.Map<String, String> ENGLISH = java.util.Map.ofEntries(
            java.util.Map.entry("unclosedQuote", "a quotation mark is not closed: close it to search a phrase, or remove it"),
            java.util.Map.entry("brackets", "brackets do not pair up: every '(' needs a ')'"),
            java.util.Map.entry("rangeEnds", "a range needs both ends, as in year:[1930 TO 1939]"),
            java.util.Map.entry("endsWithOperator", "it ends with an operator that needs something after it"),
            java.util.Map.entry("leadingWildcard", "a word cannot start with * or ?: put at least one letter before it"),
            java.util.Map.entry("specialCharacters", "put a backslash before special characters (( ) { } [ ] ^ \" ~ * : \\,"
                    + " and + - ! at the start of a word) to search them as text"),
            java.util.Map.entry("loneOperator", "AND and OR need a word on each side, as in Алаш OR Alash (to search the"
                    + " word itself, write \\AND)"),
            java.util.Map.entry("innerWildcard", "* is read only at the end of a word, as in коллектив*"),
            java.util.Map.entry("emptyPhrase", "the quotation marks hold no words: put the phrase between them"));

    private static Reason reason(String query, String key, String english, String... args) {
        return new Reason(shorten(query), key, java.util.List.of(args), "cannot read the query '" + shorten(query) + "': " + english);
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

    static Reason endsWithOperator(String query) {
        return reason(query, "endsWithOperator", ENGLISH.get("endsWithOperator"));
    }

    static Reason loneOperator(String query) {
        return reason(query, "loneOperator", ENGLISH.get("loneOperator"));
    }

    static Reason unknownField(String query, String name) {
        return reason(query, "unknownField", "'" + shorten(name) + ":' is not a field (the fields are"
                + " title:, text:, person:, place:, year:, decade:, lang: and kind:); to search the word, write "
                + shorten(name) + "\\:", shorten(name));
    }

    static Reason leadingWildcard(String query) {
        return reason(query, "leadingWildcard", "a word cannot start with *: put at least one letter before it");
    }

    static Reason innerWildcard(String query) {
        return reason(query, "innerWildcard", ENGLISH.get("innerWildcard"));
    }

    static Reason emptyPhrase(String query) {
        return reason(query, "emptyPhrase", ENGLISH.get("emptyPhrase"));
    }

    /**
     * A field given a value it cannot take: {@code year:19x} → "… '19x' does not fit: year: takes …".
     *
     * @param takes    what the field takes, in English
     * @param takesKey the same under {@code query.takes.} in the message files; {@code takesArgs} its arguments
     */
    static Reason badValue(String query, String value, String takes, String takesKey, String... takesArgs) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(shorten(value), takesKey));
        args.addAll(java.util.List.of(takesArgs));
        return reason(query, "badValue", "'" + shorten(value) + "' does not fit: " + takes, args.toArray(String[]::new));
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
