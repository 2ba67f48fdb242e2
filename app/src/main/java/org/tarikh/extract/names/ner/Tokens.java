package org.tarikh.extract.names.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens the way KazNERD and factRuEval-2016 are tokenised, keeping each token's offsets.
 *
 * <p>Rules:
 * <ul>
 *   <li>A word is a run of letters, digits and combining marks; a hyphen, apostrophe or right single quote
 *       between two such characters stays inside the word ({@code Қасым-Жомарт}, {@code 1-інші},
 *       {@code O'Brien}), as in both data sets; only an English possessive {@code 's} is a token of its own
 *       ({@code Lekerov's} → {@code Lekerov}, {@code 's}), so that the name is a token by itself.</li>
 *   <li>A comma or full stop between two digits stays inside a number ({@code 0,5}, {@code 1.5}).</li>
 *   <li>Every other character that is not white space is a token of its own: punctuation, quotes, dashes and
 *       the full stop after an initial ({@code С. Сейфуллин} → {@code С}, {@code .}, {@code Сейфуллин}).</li>
 * </ul>
 *
 * <p>Example: {@code "Сәкен Сейфуллин (1894-1938)."} → {@code Сәкен}, {@code Сейфуллин}, {@code (},
 * {@code 1894-1938}, {@code )}, {@code .}.
 *
 * <p>Pure function, thread-safe.
 */
public final class Tokens {
    private static final char HYPHEN = '-';
    private static final char APOSTROPHE = '\'';
    private static final char RIGHT_SINGLE_QUOTE = '\u2019';
    private static final char NON_BREAKING_HYPHEN = '\u2011';

    private Tokens() {}

    /** Tokens of {@code text} in order; an empty or blank text gives an empty list. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
                while (i < length) {
                    int next = text.codePointAt(i);
                    if (isWordChar(next)) {
                        i += Character.charCount(next);
                    } else if (i + 1 < length && joinsWord(text, i, next)) {
                        i += 1; // the joiner; the word character after it is taken on the next turn
                    } else {
                        break;
                    }
                }
            } else if (isPossessive(text, i)) {
                i += 2;
            } else {
                i += Character.charCount(cp);
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return List.copyOf(tokens);
    }

    /** The token texts of {@code tokens}, as OpenNLP takes them. */
    public static String[] texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }

    private static boolean joinsWord(String text, int at, int joiner) {
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at + 1);
        return switch (joiner) {
            case HYPHEN, NON_BREAKING_HYPHEN -> isWordChar(after);
            case APOSTROPHE, RIGHT_SINGLE_QUOTE -> isWordChar(after) && !isPossessive(text, at);
            case ',', '.' -> Character.isDigit(before) && Character.isDigit(after);
            default -> false;
        };
    }

    /** An English possessive ending at {@code at}: an apostrophe, then s, then no further letter. */
    private static boolean isPossessive(String text, int at) {
        char quote = text.charAt(at);
        return (quote == APOSTROPHE || quote == RIGHT_SINGLE_QUOTE)
                && at + 1 < text.length()
                && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
                && (at + 2 == text.length() || !isWordChar(text.codePointAt(at + 2)));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF';
    }
}
