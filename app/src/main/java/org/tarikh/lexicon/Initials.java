package org.tarikh.lexicon;

/**
 * What an initial is, in the three languages and both scripts: the one rule the name finder, the name parser and
 * whoever reads names use.
 *
 * <p>An initial is a capital letter followed by a full stop ({@code С.}, {@code A.}), or a capital and one small
 * letter that together write the first sound of a given name where the alphabet needs two letters for it: the
 * Latin digraphs of a Cyrillic letter ({@code Zh.}, {@code Sh.}, {@code Kh.}, {@code Ch.}, {@code Yu.}, {@code Ya.})
 * and the Russian pair {@code Дж.}. After the full stop may come a space, the next initial or the surname itself:
 * real writing drops the space as often as it keeps it ({@code М.П. Фриновский}, {@code A.Baitursynov},
 * {@code Т.К.Айтмухамбетов}). A capital without its full stop is no initial: it is a preposition, a conjunction
 * or a Roman numeral ({@code В Долинке}, {@code V съезд}).
 *
 * <p>Pure functions; thread-safe.
 */
public final class Initials {
    private Initials() {}

    /**
     * Whether the letters {@code [start, end)} of the text are an initial: one or two letters, the first a
     * capital and the second (if any) small, with a full stop right after them.
     */
    public static boolean isInitial(CharSequence text, int start, int end) {
        int letters = end - start;
        if (letters < 1 || letters > 2 || end >= text.length() || text.charAt(end) != '.') {
            return false;
        }
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        return letters == 1 || Character.isLowerCase(text.charAt(start + 1));
    }

    /**
     * Whether a token written without its full stop ({@code "С"}, {@code "Zh"}) has the letters of an initial:
     * for readers that have already split the full stop off.
     */
    public static boolean hasInitialLetters(String token) {
        int letters = token.length();
        if (letters < 1 || letters > 2 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        return letters == 1 || Character.isLowerCase(token.charAt(1));
    }

    /**
     * Whether the text from {@code from} on is the gap after an initial's full stop and before the next word of
     * the same name: nothing (the next initial or the surname written on: {@code М.П.}, {@code A.Baitursynov}) or
     * one to three spaces.
     *
     * @param from the position right after the full stop
     * @param to the start of the next word
     */
    public static boolean gapAfterInitial(CharSequence text, int from, int to) {
        if (to < from || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
