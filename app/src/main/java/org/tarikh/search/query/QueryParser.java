package org.tarikh.search.query;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.search.QuerySyntaxException;
import org.tarikh.search.query.Query.And;
import org.tarikh.search.query.Query.Boost;
import org.tarikh.search.query.Query.Field;
import org.tarikh.search.query.Query.Fuzzy;
import org.tarikh.search.query.Query.Not;
import org.tarikh.search.query.Query.Or;
import org.tarikh.search.query.Query.Phrase;
import org.tarikh.search.query.Query.Prefix;
import org.tarikh.search.query.Query.Range;
import org.tarikh.search.query.Query.Word;

/**
 * Reads what a reader typed into a {@link Query}: the archive's query syntax, once, for every engine.
 *
 * <pre>
 * query   := or
 * or      := and (("OR" | "||") and)*
 * and     := unary (("AND" | "&amp;&amp;")? unary)*          side by side: all must match</pre>
 * except that a query of plain words side by side and nothing else is {@link Query.Words}, read as a searcher
 * means it; <pre>
 * unary   := ("-" | "!" | "NOT") unary | "+" unary | primary ("^" number)?
 * primary := "(" or ")" | field ":" value | atom
 * value   := "(" or ")" | "[" end "TO" end ("]" | "}") | "{" … | atom     (a group takes the field)
 * atom    := '"' phrase '"' ("~" slop)? | word "*" | word "~" edits? | word
 * </pre>
 * Fields: {@code title text person place year decade lang kind} ({@link Field}). A backslash makes the next
 * character text ({@code \:}, {@code \(}); {@code +}, {@code -} and {@code !} are operators only at the start of a
 * word ({@code Алма-Ата} is one word). A {@code *} is read only at the end of a word.
 *
 * <p>Errors are {@link QuerySyntaxException}s whose one-line message quotes the query and says what to write
 * instead ({@code "Алаш Орда} → "a quotation mark is not closed…"; {@code year:19x} → "'19x' does not fit: year:
 * takes a year of four digits…"). Stateless and thread-safe.
 */
public final class QueryParser {
    private final String query;
    private final List<Token> tokens;
    private int at;

    private QueryParser(String query, List<Token> tokens) {
        this.query = query;
        this.tokens = tokens;
    }

    /**
     * The tree of a query in the archive's syntax.
     *
     * @throws QuerySyntaxException when the query is empty or cannot be read, with a reason a user can act on
     */
    public static Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException(new QuerySyntaxException.Reason(null, "empty", java.util.List.of(),
                    "the query is empty: type a word, a \"phrase\" or a field such as year:1937"));
        }
        QueryProblems.checkPairs(query);
        QueryParser parser = new QueryParser(query, new Lexer(query).tokens());
        Query parsed = parser.or(Field.ANY);
        if (parser.at < parser.tokens.size()) throw parser.problem();
        boolean explicitAnd = parser.tokens.stream().anyMatch(t -> t.kind == Kind.AND);
        if (!explicitAnd && parsed instanceof And and
                && and.children().stream().allMatch(c -> c instanceof Word w && w.field() == Field.ANY)) {
            return new Query.Words(and.children().stream().map(c -> ((Word) c).text()).toList());
        }
        return parsed;
    }

    // --- grammar ---

    private Query or(Field field) {
        List<Query> children = new ArrayList<>();
        addFlat(children, and(field), Or.class);
        while (peek(Kind.OR)) {
            at++;
            if (atEnd()) throw endsWithOperator();
            if (peek(Kind.OR) || peek(Kind.AND) || peek(Kind.CLOSE)) throw problem();
            addFlat(children, and(field), Or.class);
        }
        return Query.or(children);
    }

    private Query and(Field field) {
        List<Query> children = new ArrayList<>();
        if (peek(Kind.AND) || peek(Kind.OR)) throw loneOperator();
        addFlat(children, unary(field), And.class);
        while (!atEnd() && !peek(Kind.OR) && !peek(Kind.CLOSE)) {
            if (peek(Kind.AND)) {
                at++;
                if (atEnd()) throw endsWithOperator();
                if (peek(Kind.OR) || peek(Kind.AND) || peek(Kind.CLOSE)) throw problem();
            }
            addFlat(children, unary(field), And.class);
        }
        return Query.and(children);
    }

    private Query unary(Field field) {
        if (atEnd()) throw endsWithOperator();
        Token t = tokens.get(at);
        if (t.kind == Kind.NOT) {
            at++;
            if (atEnd()) throw endsWithOperator();
            return new Not(unary(field));
        }
        if (t.kind == Kind.MUST) {
            at++;
            if (atEnd()) throw endsWithOperator();
            return unary(field);
        }
        Query primary = primary(field);
        if (peek(Kind.CARET)) {
            Token caret = tokens.get(at++);
            return new Boost(primary, weight(caret.text));
        }
        return primary;
    }

    private Query primary(Field field) {
        Token t = tokens.get(at);
        switch (t.kind) {
            case OPEN -> {
                at++;
                if (peek(Kind.CLOSE)) throw problem();
                Query inner = or(field);
                expect(Kind.CLOSE);
                return inner;
            }
            case FIELD -> {
                at++;
                Field named = Field.named(t.text);
                if (named == null) throw unknownField(t.text);
                if (atEnd()) throw endsWithOperator();
                Token v = tokens.get(at);
                if (v.kind == Kind.OPEN) return primary(named);
                if (v.kind == Kind.RANGE) {
                    at++;
                    return range(named, v);
                }
                if (v.kind != Kind.WORD && v.kind != Kind.PHRASE) throw problem();
                return atom(named);
            }
            case RANGE -> throw new QuerySyntaxException(QueryProblems.badValue(query, t.text,
                    "a range is for a field, as in year:[1930 TO 1939]", "rangeNeedsField"));
            case WORD, PHRASE -> {
                return atom(field);
            }
            default -> throw problem();
        }
    }

    private Query atom(Field field) {
        Token t = tokens.get(at++);
        if (t.kind == Kind.PHRASE) {
            int slop = 0;
            if (peek(Kind.TILDE)) slop = slop(tokens.get(at++).text);
            checkValue(field, t.text);
            return new Phrase(field, t.text, slop);
        }
        if ((t.prefix || peek(Kind.TILDE)) && (field == Field.PERSON || field == Field.PLACE)) {
            throw new QuerySyntaxException(QueryProblems.badValue(query, t.text + (t.prefix ? "*" : "~"),
                    field.prefix() + ": takes a whole name or id, in any spelling, as in " + field.prefix()
                            + (field == Field.PERSON ? ":Рыскулов" : ":Семипалатинск"),
                    field == Field.PERSON ? "person" : "place"));
        }
        if (t.prefix) {
            if (t.text.isEmpty()) throw problem();
            return new Prefix(field, t.text);
        }
        if (peek(Kind.TILDE)) {
            int edits = edits(tokens.get(at++).text);
            return new Fuzzy(field, t.text, edits);
        }
        checkValue(field, t.text);
        return new Word(field, t.text);
    }

    private Query range(Field field, Token range) {
        if (field != Field.YEAR && field != Field.DECADE) {
            throw new QuerySyntaxException(QueryProblems.badValue(query, range.text,
                    "a range is for year: or decade:, as in year:[1930 TO 1939]", "rangeField"));
        }
        String[] ends = range.text.substring(1, range.text.length() - 1).strip().split("\\s+TO\\s+", -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
            throw new QuerySyntaxException(QueryProblems.badValue(query, range.text,
                    "a range is written with TO between its ends, as in year:[1930 TO 1939]", "rangeTo"));
        }
        String from = ends[0].strip().equals("*") ? null : ends[0].strip();
        String to = ends[1].strip().equals("*") ? null : ends[1].strip();
        if (from != null) checkValue(field, from);
        if (to != null) checkValue(field, to);
        return new Range(field, from, to, range.text.charAt(0) == '[', range.text.charAt(range.text.length() - 1) == ']');
    }

    // --- values ---

    private void checkValue(Field field, String value) {
        // year:19x or decade:1930 would silently find nothing: say what the field takes
        if (field == Field.YEAR && !value.matches("\\d{4}")) {
            throw new QuerySyntaxException(QueryProblems.badValue(query, value,
                    "year: takes a year of four digits, as in year:1937, or a range, as in year:[1930 TO 1939]", "year"));
        }
        if (field == Field.DECADE && !value.matches("\\d{3}0s")) {
            throw new QuerySyntaxException(QueryProblems.badValue(query, value, "decade: takes a decade as in decade:1930s", "decade"));
        }
    }

    private float weight(String text) {
        try {
            float w = Float.parseFloat(text);
            if (w > 0 && !Float.isInfinite(w) && text.matches("\\d+(\\.\\d+)?")) return w;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new QuerySyntaxException(QueryProblems.badValue(query, "^" + text,
                "^ takes a positive weight, as in Алаш^2 or Алаш^0.5", "boost"));
    }

    private int slop(String text) {
        if (text.isEmpty()) return 0;
        if (text.matches("\\d{1,3}")) return Integer.parseInt(text);
        throw new QuerySyntaxException(QueryProblems.badValue(query, "~" + text,
                "~ after a phrase takes how many words may stand between, as in \"Алаш Орда\"~2", "slop"));
    }

    private int edits(String text) {
        if (text.isEmpty()) return 2;
        if (text.matches("[0-2]")) return Integer.parseInt(text);
        throw new QuerySyntaxException(QueryProblems.badValue(query, "~" + text,
                "~ after a word takes the edits allowed, 0, 1 or 2, as in Сейфуллин~1", "fuzzy"));
    }

    // --- helpers ---

    private static void addFlat(List<Query> into, Query q, Class<? extends Query> kind) {
        if (kind == And.class && q instanceof And and) into.addAll(and.children());
        else if (kind == Or.class && q instanceof Or or) into.addAll(or.children());
        else into.add(q);
    }

    private boolean atEnd() {
        return at >= tokens.size();
    }

    private boolean peek(Kind kind) {
        return at < tokens.size() && tokens.get(at).kind == kind;
    }

    private void expect(Kind kind) {
        if (!peek(kind)) throw problem();
        at++;
    }

    private QuerySyntaxException problem() {
        return new QuerySyntaxException(QueryProblems.explain(query));
    }

    private QuerySyntaxException endsWithOperator() {
        return new QuerySyntaxException(QueryProblems.endsWithOperator(query));
    }

    private QuerySyntaxException loneOperator() {
        return new QuerySyntaxException(QueryProblems.loneOperator(query));
    }

    private QuerySyntaxException unknownField(String name) {
        return new QuerySyntaxException(QueryProblems.unknownField(query, name));
    }

    // --- tokens ---

    enum Kind { WORD, PHRASE, FIELD, RANGE, OPEN, CLOSE, AND, OR, NOT, MUST, CARET, TILDE }

    /**
     * @param text   a word's or phrase's text with escapes resolved; a field's name; a range as written; the number
     *               after {@code ^} or {@code ~} (may be empty for {@code ~})
     * @param prefix a word written with {@code *} at its end (the text is without it)
     */
    record Token(Kind kind, String text, boolean prefix) {}

    /** Splits a query into tokens; stray characters are left for the parser to report. */
    private static final class Lexer {
        private static final String SPECIAL = "()\":^~[]{}\\*";
        private final String s;
        private int i;
        private final List<Token> out = new ArrayList<>();

        Lexer(String s) {
            this.s = s;
        }

        List<Token> tokens() {
            while (true) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
                if (i >= s.length()) return out;
                char c = s.charAt(i);
                switch (c) {
                    case '(' -> add(Kind.OPEN, "(", 1);
                    case ')' -> {
                        add(Kind.CLOSE, ")", 1);
                        caret();
                    }
                    case '+' -> add(Kind.MUST, "+", 1);
                    case '-', '!' -> add(Kind.NOT, String.valueOf(c), 1);
                    case '"' -> phrase();
                    case '[', '{' -> range();
                    case '*' -> throw new QuerySyntaxException(QueryProblems.leadingWildcard(s));
                    case ']', '}', ':', '^', '~' -> throw new QuerySyntaxException(QueryProblems.explain(s));
                    default -> word();
                }
            }
        }

        private void add(Kind kind, String text, int length) {
            out.add(new Token(kind, text, false));
            i += length;
        }

        private void phrase() {
            StringBuilder text = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != '"') {
                if (s.charAt(i) == '\\' && i + 1 < s.length()) i++;
                text.append(s.charAt(i++));
            }
            if (i >= s.length()) throw new QuerySyntaxException(QueryProblems.explain(s));
            i++;
            String words = text.toString().strip();
            if (words.isEmpty()) throw new QuerySyntaxException(QueryProblems.emptyPhrase(s));
            out.add(new Token(Kind.PHRASE, words, false));
            suffix();
        }

        private void range() {
            int start = i;
            while (i < s.length() && s.charAt(i) != ']' && s.charAt(i) != '}') i++;
            if (i >= s.length()) throw new QuerySyntaxException(QueryProblems.explain(s));
            i++;
            out.add(new Token(Kind.RANGE, s.substring(start, i), false));
            caret();
        }

        private void word() {
            StringBuilder text = new StringBuilder();
            boolean escaped = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) break;
                if (c == '\\') {
                    if (i + 1 >= s.length()) throw new QuerySyntaxException(QueryProblems.explain(s));
                    text.append(s.charAt(i + 1));
                    i += 2;
                    escaped = true;
                    continue;
                }
                if (SPECIAL.indexOf(c) >= 0) break;
                text.append(c);
                i++;
            }
            String w = text.toString();
            if (i < s.length() && s.charAt(i) == ':' && !escaped) {
                i++;
                out.add(new Token(Kind.FIELD, w, false));
                return;
            }
            if (!escaped && (w.equals("AND") || w.equals("&&"))) {
                out.add(new Token(Kind.AND, w, false));
                return;
            }
            if (!escaped && (w.equals("OR") || w.equals("||"))) {
                out.add(new Token(Kind.OR, w, false));
                return;
            }
            if (!escaped && w.equals("NOT")) {
                out.add(new Token(Kind.NOT, w, false));
                return;
            }
            boolean prefix = false;
            if (i < s.length() && s.charAt(i) == '*') {
                i++;
                if (i < s.length() && !Character.isWhitespace(s.charAt(i)) && ")^".indexOf(s.charAt(i)) < 0) {
                    throw new QuerySyntaxException(QueryProblems.innerWildcard(s));
                }
                prefix = true;
            }
            if (w.isEmpty()) throw new QuerySyntaxException(QueryProblems.explain(s));
            out.add(new Token(Kind.WORD, w, prefix));
            if (!prefix) suffix();
            else caret();
        }

        /** A {@code ~n} or {@code ^w} right after a word or phrase. */
        private void suffix() {
            if (i < s.length() && s.charAt(i) == '~') {
                i++;
                out.add(new Token(Kind.TILDE, number(), false));
            }
            caret();
        }

        private void caret() {
            if (i < s.length() && s.charAt(i) == '^') {
                i++;
                String w = number();
                if (w.isEmpty()) throw new QuerySyntaxException(QueryProblems.badValue(s, "^",
                        "^ takes a positive weight, as in Алаш^2 or Алаш^0.5", "boost"));
                out.add(new Token(Kind.CARET, w, false));
            }
        }

        private String number() {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
            return s.substring(start, i);
        }
    }
}
