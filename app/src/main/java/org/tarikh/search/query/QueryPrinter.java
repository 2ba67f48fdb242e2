package org.tarikh.search.query;

import java.math.BigDecimal;
import java.util.stream.Collectors;
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
 * Writes a {@link Query} in the syntax {@link QueryParser} reads, canonically: {@code parse(print(q)).equals(q)}
 * for every tree in the parser's normal form. Special characters of words are escaped with a backslash, an Or
 * inside an And is bracketed, field groups are written field by field ({@code title:(a b)} prints
 * {@code title:a title:b}). Stateless.
 */
public final class QueryPrinter {
    private static final String SPECIAL = "()\":^~[]{}\\*";

    private QueryPrinter() {}

    public static String print(Query query) {
        return switch (query) {
            case Or or -> or.children().stream().map(QueryPrinter::print).collect(Collectors.joining(" OR "));
            case And and -> and.children().stream()
                    .map(c -> c instanceof Or ? "(" + print(c) + ")" : print(c))
                    .collect(Collectors.joining(" "));
            default -> unary(query);
        };
    }

    private static String unary(Query query) {
        return switch (query) {
            case Not not -> "-" + (not.child() instanceof And || not.child() instanceof Or
                    ? "(" + print(not.child()) + ")" : unary(not.child()));
            case Boost boost -> (boost.child() instanceof Word || boost.child() instanceof Phrase
                    || boost.child() instanceof Prefix || boost.child() instanceof Fuzzy || boost.child() instanceof Range
                    ? print(boost.child()) : "(" + print(boost.child()) + ")")
                    + "^" + new BigDecimal(Float.toString(boost.weight())).stripTrailingZeros().toPlainString();
            case Word w -> field(w.field()) + word(w.text());
            case Phrase p -> field(p.field()) + '"' + p.text().replace("\\", "\\\\").replace("\"", "\\\"") + '"'
                    + (p.slop() > 0 ? "~" + p.slop() : "");
            case Prefix p -> field(p.field()) + word(p.text()) + "*";
            case Fuzzy f -> field(f.field()) + word(f.text()) + "~" + f.edits();
            case Range r -> field(r.field()) + (r.includeFrom() ? "[" : "{") + (r.from() == null ? "*" : r.from())
                    + " TO " + (r.to() == null ? "*" : r.to()) + (r.includeTo() ? "]" : "}");
            case And and -> "(" + print(and) + ")";
            case Or or -> "(" + print(or) + ")";
        };
    }

    private static String field(Field field) {
        return field == Field.ANY ? "" : field.prefix() + ":";
    }

    /** A word's text as the parser reads it back: specials and spaces escaped, operators not taken for operators. */
    static String word(String text) {
        StringBuilder out = new StringBuilder();
        boolean operator = text.equals("AND") || text.equals("OR") || text.equals("NOT") || text.equals("&&")
                || text.equals("||");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || Character.isWhitespace(c) || (i == 0 && ("+-!".indexOf(c) >= 0 || operator))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
