package org.tarikh.extract.events;

import java.util.TreeSet;

/**
 * The letters a match of a trigger pattern can begin with, read from the pattern's own text, so that a sentence in
 * which no word begins with one of them is not scanned by that pattern at all.
 *
 * <p>Example: {@code (?<![\p{L}\p{N}])(?:(?:re-?)?arrested)(?![\p{L}])} can only begin with {@code r} or {@code a};
 * a sentence whose words all begin with other letters cannot hold its match.
 *
 * <p>Rules (each errs on the side of scanning):
 * <ul>
 *   <li>Only patterns that begin with a boundary are filtered: the lookbehind {@code (?<![\p{L}\p{N}])} or a field's
 *       {@code (?m)(?<=^[…]} at the start of a line. A match of such a pattern starts where no letter or digit stands
 *       before it, which is where {@link #wordStarts} looks.</li>
 *   <li>Letters are compared case-folded as {@code CASE_INSENSITIVE | UNICODE_CASE} compares them: a letter's
 *       lower case of its upper case ({@code ı}, {@code I} and {@code i} are one letter).</li>
 *   <li>Lookarounds, anchors and inline flags take no letter and are passed over; an optional first element
 *       ({@code ?}, {@code *}, <code>{0,n}</code>) lets the next one begin the match too.</li>
 *   <li>Anything this reader does not take apart (a class escape such as {@code \p{L}} or {@code \s}, a range, a
 *       negated class, {@code .}) may begin a match with any character: the pattern is then always scanned.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class FirstLetters {
    private static final String WORD_BOUNDARY = "(?<![\\p{L}\\p{N}])";
    private static final String LINE_START = "(?m)(?<=^[";

    private FirstLetters() {}

    /**
     * The case-folded letters a match of {@code regex} can begin with, sorted, or {@code null} when the pattern is
     * not one this filter may skip (no boundary at its start, or a first element that could be any character).
     */
    static String of(String regex) {
        if (!regex.startsWith(WORD_BOUNDARY) && !regex.startsWith(LINE_START)) return null;
        try {
            Parser parser = new Parser(regex);
            Parser.First first = parser.alternation();
            if (parser.pos != regex.length() || first.any() || first.nullable() || first.letters().isEmpty()) return null;
            StringBuilder out = new StringBuilder();
            for (char c : first.letters()) out.append(c);
            return out.toString();
        } catch (RuntimeException unreadable) {
            return null; // a pattern this reader cannot take apart is always scanned
        }
    }

    /** The case-folded first characters of the words of {@code text}: those with no letter or digit before them. */
    static String wordStarts(String text) {
        StringBuilder out = new StringBuilder();
        boolean boundary = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (boundary) {
                char folded = fold(c);
                if (out.indexOf(String.valueOf(folded)) < 0) out.append(folded);
                // the folds of its lower and upper case too, in case a letter's cases fold apart
                char lower = fold(Character.toLowerCase(c)), upper = fold(Character.toUpperCase(c));
                if (out.indexOf(String.valueOf(lower)) < 0) out.append(lower);
                if (out.indexOf(String.valueOf(upper)) < 0) out.append(upper);
            }
            boundary = !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }

    /**
     * The word starts of a text one by one: where each is, and its character's folds (of itself, of its lower and of
     * its upper case), so that a pattern is tried only where one of its first letters stands.
     */
    static final class Starts {
        private final int[] positions;
        private final char[] folds; // three per position
        private final int size;

        private Starts(int[] positions, char[] folds, int size) {
            this.positions = positions;
            this.folds = folds;
            this.size = size;
        }

        int size() {
            return size;
        }

        int position(int i) {
            return positions[i];
        }

        /** The {@code f}-th fold (0: of the character, 1: of its lower case, 2: of its upper case) of the i-th start. */
        char fold(int i, int f) {
            return folds[3 * i + f];
        }

        /** Whether a pattern with these first letters ({@link #of}, not null) may begin at the i-th word start. */
        boolean mayBegin(int i, String first) {
            return first.indexOf(folds[3 * i]) >= 0 || first.indexOf(folds[3 * i + 1]) >= 0
                    || first.indexOf(folds[3 * i + 2]) >= 0;
        }
    }

    /** The word starts of {@code text} (no letter or digit before them), as {@link #wordStarts} reads them. */
    static Starts starts(String text) {
        int n = 0;
        boolean boundary = true;
        for (int i = 0; i < text.length(); i++) {
            if (boundary) n++;
            boundary = !Character.isLetterOrDigit(text.charAt(i));
        }
        int[] positions = new int[n];
        char[] folds = new char[3 * n];
        int k = 0;
        boundary = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (boundary) {
                positions[k] = i;
                folds[3 * k] = fold(c);
                folds[3 * k + 1] = fold(Character.toLowerCase(c));
                folds[3 * k + 2] = fold(Character.toUpperCase(c));
                k++;
            }
            boundary = !Character.isLetterOrDigit(c);
        }
        return new Starts(positions, folds, n);
    }

    /** Whether a pattern with these first letters ({@code null}: any) can match a text with these word starts. */
    static boolean mayStart(String first, String wordStarts) {
        if (first == null) return true;
        for (int i = 0; i < first.length(); i++) {
            if (wordStarts.indexOf(first.charAt(i)) >= 0) return true;
        }
        return false;
    }

    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A reader of the regular-expression syntax the trigger patterns use. */
    private static final class Parser {
        /** What an element can begin with: these letters, or any character; and whether it can match nothing. */
        record First(TreeSet<Character> letters, boolean any, boolean nullable) {
            static First empty() {
                return new First(new TreeSet<>(), false, true);
            }

            static First anyChar() {
                return new First(new TreeSet<>(), true, false);
            }

            static First letter(char c) {
                TreeSet<Character> s = new TreeSet<>();
                s.add(fold(c));
                return new First(s, false, false);
            }
        }

        private final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        First alternation() {
            First acc = sequence();
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                First next = sequence();
                TreeSet<Character> letters = new TreeSet<>(acc.letters());
                letters.addAll(next.letters());
                acc = new First(letters, acc.any() || next.any(), acc.nullable() || next.nullable());
            }
            return acc;
        }

        private First sequence() {
            TreeSet<Character> letters = new TreeSet<>();
            boolean any = false, nullable = true;
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                First atom = quantified(atom());
                if (nullable) {
                    letters.addAll(atom.letters());
                    any |= atom.any();
                    nullable = atom.nullable();
                }
            }
            return new First(letters, any, nullable);
        }

        private First atom() {
            char c = s.charAt(pos);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return charClass();
                }
                case '\\' -> {
                    return escape();
                }
                case '.' -> {
                    pos++;
                    return First.anyChar();
                }
                case '^', '$' -> {
                    pos++;
                    return First.empty();
                }
                default -> {
                    pos++;
                    return First.letter(c);
                }
            }
        }

        private First group() {
            boolean lookaround = false;
            if (s.startsWith("(?:", pos)) {
                pos += 3;
            } else if (s.startsWith("(?=", pos) || s.startsWith("(?!", pos)) {
                pos += 3;
                lookaround = true;
            } else if (s.startsWith("(?<=", pos) || s.startsWith("(?<!", pos)) {
                pos += 4;
                lookaround = true;
            } else if (s.startsWith("(?", pos)) { // inline flags: (?m), or (?i:…)
                int close = s.indexOf(')', pos), colon = s.indexOf(':', pos);
                if (colon >= 0 && colon < close) {
                    pos = colon + 1;
                } else {
                    pos = close + 1;
                    return First.empty();
                }
            } else {
                pos++;
            }
            First inside = alternation();
            expect(')');
            return lookaround ? First.empty() : inside;
        }

        private First charClass() {
            pos++; // [
            boolean negated = pos < s.length() && s.charAt(pos) == '^';
            TreeSet<Character> letters = new TreeSet<>();
            boolean any = negated;
            boolean first = true;
            while (s.charAt(pos) != ']' || first) {
                char c = s.charAt(pos);
                first = false;
                if (c == '[') {
                    throw new IllegalArgumentException("nested class");
                } else if (c == '\\') {
                    char next = s.charAt(pos + 1);
                    if (Character.isLetterOrDigit(next)) any = true; else letters.add(fold(next));
                    pos += 2;
                    if (next == 'p' || next == 'P') skipBraces();
                } else if (c == '-' && !letters.isEmpty() && s.charAt(pos + 1) != ']') {
                    any = true; // a range
                    pos++;
                } else {
                    letters.add(fold(c));
                    pos++;
                }
            }
            pos++; // ]
            return new First(letters, any, false);
        }

        private First escape() {
            char next = s.charAt(pos + 1);
            pos += 2;
            if (next == 'p' || next == 'P') {
                skipBraces();
                return First.anyChar();
            }
            if ("bBAGZz".indexOf(next) >= 0) return First.empty(); // zero-width
            if (Character.isLetterOrDigit(next)) return First.anyChar(); // \s, \d, \w, a code point escape, back-references
            return First.letter(next);
        }

        private void skipBraces() {
            if (pos < s.length() && s.charAt(pos) == '{') pos = s.indexOf('}', pos) + 1;
        }

        private First quantified(First atom) {
            if (pos >= s.length()) return atom;
            char q = s.charAt(pos);
            boolean nullable = atom.nullable();
            if (q == '?' || q == '*') {
                pos++;
                nullable = true;
            } else if (q == '+') {
                pos++;
            } else if (q == '{') {
                int close = s.indexOf('}', pos);
                String min = s.substring(pos + 1, close).split(",", -1)[0].strip();
                nullable |= min.equals("0");
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) pos++; // lazy or possessive
            return new First(atom.letters(), atom.any(), nullable);
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) throw new IllegalArgumentException("expected " + c + " at " + pos);
            pos++;
        }
    }
}
