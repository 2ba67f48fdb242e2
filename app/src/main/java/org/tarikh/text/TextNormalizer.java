package org.tarikh.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * Repairs the Unicode of a document while keeping every offset traceable to the original text.
 *
 * <p>Rules, applied in this order:
 * <ol>
 *   <li>Odd spaces (no-break, en/em, thin, ideographic...) become a plain space; CR LF, CR, NEL and the Unicode
 *       line and paragraph separators become LF; soft hyphens, zero-width spaces, byte-order marks and control
 *       chars other than tab and LF are removed, except that a soft hyphen at a line end becomes a hyphen (so the
 *       next rule can join the word); a lone surrogate becomes U+FFFD.</li>
 *   <li>NFC.</li>
 *   <li>A word broken by a hyphen at a line end is joined when the next line goes on in lower case:
 *       {@code "Семипала-\nтинск"} → {@code "Семипалатинск"}; {@code "Алма-\nАта"} stays, it may be a real
 *       hyphen.</li>
 *   <li>Latin look-alikes typed or scanned inside Cyrillic words become the Cyrillic letters they imitate,
 *       decided per word by script majority: a word with more Cyrillic letters than Latin letters that have no
 *       Cyrillic twin gets its look-alikes replaced ({@code "Iс"} → {@code "Іс"}, {@code "Пapиж"} →
 *       {@code "Париж"}); Latin {@code I}/{@code i} becomes Kazakh {@code І}/{@code і}. A word made only of
 *       look-alikes is replaced when the words on both sides are Cyrillic (the conjunction {@code "a"}), except
 *       upper-case Roman numerals ({@code "XX ғасыр"}); a single upper-case look-alike before a period and a
 *       Cyrillic name is an initial ({@code "I. Жансүгіров"} → {@code "І. Жансүгіров"}). Latin words stay.</li>
 * </ol>
 * The letter ё is kept (search folds it later). Normalizing a normalized text changes nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private static final char SOFT_HYPHEN = '\u00AD';
    private static final char HYPHEN = '-';
    private static final char UNICODE_HYPHEN = '\u2010';
    private static final char REPLACEMENT = '\uFFFD';

    /** Latin look-alike → Cyrillic letter, indexed by the Latin char; 0 where there is none. */
    private static final char[] CYRILLIC_TWIN = new char[0x0300];

    static {
        String latin = "aeopcxyihAEOPCXHKMTBI\u01DD\u018F\u0275\u019F";
        String cyrillic = "аеорсхуіһАЕОРСХНКМТВІәӘөӨ";
        for (int i = 0; i < latin.length(); i++) {
            CYRILLIC_TWIN[latin.charAt(i)] = cyrillic.charAt(i);
        }
    }

    public TextNormalizer() {}

    /** Normalizes {@code original}; never throws on any string. */
    public NormalizedText normalize(String original) {
        String text = original;
        OffsetMap map = OffsetMap.identity(original.length());

        NormalizedText cleaned = cleanChars(text);
        if (cleaned != null) {
            text = cleaned.text();
            map = map.then(cleaned.offsets());
        }
        NormalizedText composed = composeNfc(text);
        if (composed != null) {
            text = composed.text();
            map = map.then(composed.offsets());
        }
        NormalizedText joined = joinLineEndHyphens(text);
        if (joined != null) {
            text = joined.text();
            map = map.then(joined.offsets());
        }
        text = replaceLookAlikes(text);
        return new NormalizedText(text, map);
    }

    // ---- rule 1: chars

    private static boolean isOddSpace(char c) {
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isDropped(char c) {
        return c == SOFT_HYPHEN || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E'
                || (c != '\t' && c != '\n' && Character.getType(c) == Character.CONTROL);
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && (c <= 0xAD || c >= 0x1680)
                    && (isOddSpace(c) || isLineBreak(c) || isDropped(c) || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    /** Returns null when nothing changes. */
    private static NormalizedText cleanChars(String text) {
        if (!needsCleaning(text)) {
            return null;
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        OffsetMap.Builder map = new OffsetMap.Builder(n, n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || (c > 0xAD && c < 0x1680)) { // nothing to clean in these ranges
                out.append(c);
                map.add(i, i + 1);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                map.add(i, i + 1);
                map.add(i + 1, i + 2);
                i++;
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
                map.add(i, i + 1);
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                continue; // the LF that follows stands for both
            } else if (isLineBreak(c)) {
                out.append('\n');
                map.add(i, i + 1);
            } else if (isOddSpace(c)) {
                out.append(' ');
                map.add(i, i + 1);
            } else if (c == SOFT_HYPHEN && atLineEnd(text, i + 1)) {
                out.append(HYPHEN);
                map.add(i, i + 1);
            } else if (isDropped(c)) {
                continue;
            } else {
                out.append(c);
                map.add(i, i + 1);
            }
        }
        return new NormalizedText(out.toString(), map.build());
    }

    /** Whether only spaces, tabs or removable chars stand between {@code from} and a line break. */
    private static boolean atLineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || isLineBreak(c)) {
                return true;
            }
            if (c != ' ' && c != '\t' && !isOddSpace(c) && c != SOFT_HYPHEN) {
                return false;
            }
        }
        return false;
    }

    // ---- rule 2: NFC

    /** Returns null when the text is already NFC. Normalizes segment by segment so each keeps its offsets. */
    private static NormalizedText composeNfc(String text) {
        if (NFC.isNormalized(text)) {
            return null;
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        OffsetMap.Builder map = new OffsetMap.Builder(n, n);
        int segmentStart = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (i > segmentStart && NFC.hasBoundaryBefore(cp)) {
                appendNfcSegment(text, segmentStart, i, out, map);
                segmentStart = i;
            }
            i += Character.charCount(cp);
        }
        appendNfcSegment(text, segmentStart, n, out, map);
        return new NormalizedText(out.toString(), map.build());
    }

    private static void appendNfcSegment(String text, int from, int to, StringBuilder out, OffsetMap.Builder map) {
        String segment = text.substring(from, to);
        if (NFC.isNormalized(segment)) {
            out.append(segment);
            map.addIdentity(from, to);
            return;
        }
        String normalized = NFC.normalize(segment);
        out.append(normalized);
        for (int k = 0; k < normalized.length(); k++) {
            map.add(from, to); // composed chars stand for the whole segment
        }
    }

    // ---- rule 3: hyphenation

    /** Returns null when no line-end hyphen joins a word. */
    private static NormalizedText joinLineEndHyphens(String text) {
        int n = text.length();
        StringBuilder out = null;
        OffsetMap.Builder map = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c != HYPHEN && c != UNICODE_HYPHEN) || i == 0) {
                continue;
            }
            int resume = continuationAfterHyphen(text, i);
            if (resume < 0 || !endsWithLetter(text, i)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
                map = new OffsetMap.Builder(n, n);
            }
            out.append(text, copied, i);
            map.addIdentity(copied, i);
            copied = resume;
            i = resume - 1;
        }
        if (out == null) {
            return null;
        }
        out.append(text, copied, n);
        map.addIdentity(copied, n);
        return new NormalizedText(out.toString(), map.build());
    }

    private static boolean endsWithLetter(String text, int end) {
        int cp = text.codePointBefore(end);
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Where the word goes on after a hyphen at a line end, or -1 when the hyphen is not one. */
    private static int continuationAfterHyphen(String text, int hyphen) {
        int n = text.length();
        int i = hyphen + 1;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n || text.charAt(i) != '\n') {
            return -1;
        }
        i++;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n) {
            return -1;
        }
        int cp = text.codePointAt(i);
        return Character.isLetter(cp) && Character.isLowerCase(cp) ? i : -1;
    }

    // ---- rule 4: look-alikes

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static char twinOf(String text, int i) {
        char c = text.charAt(i);
        if (c >= CYRILLIC_TWIN.length || CYRILLIC_TWIN[c] == 0) {
            return 0;
        }
        // a look-alike carrying a combining mark is a different letter (and would break NFC if replaced)
        if (i + 1 < text.length() && isMark(text.codePointAt(i + 1))) {
            return 0;
        }
        return CYRILLIC_TWIN[c];
    }

    private static boolean isRomanNumeral(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("IVXLCDM".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has both a Cyrillic letter and a Latin look-alike: else no rule can apply. */
    private static boolean mayHaveLookAlikes(String text) {
        boolean cyrillic = false;
        boolean lookAlike = false;
        for (int i = 0; i < text.length() && !(cyrillic && lookAlike); i++) {
            char c = text.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic = true;
            } else if (c < CYRILLIC_TWIN.length && CYRILLIC_TWIN[c] != 0) {
                lookAlike = true;
            }
        }
        return cyrillic && lookAlike;
    }

    private static boolean isCyrillicLetter(int cp) {
        if (cp >= 0x0400 && cp <= 0x04FF) {
            return cp <= 0x0481 || cp >= 0x048A; // the rest of the block are signs and marks
        }
        return cp > 0x04FF && UScript.getScript(cp) == UScript.CYRILLIC;
    }

    private static String replaceLookAlikes(String text) {
        if (!mayHaveLookAlikes(text)) {
            return text;
        }
        // only the words holding a look-alike are looked at, with their neighbours: one pass in all
        int n = text.length();
        char[] chars = null;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= CYRILLIC_TWIN.length || CYRILLIC_TWIN[c] == 0) {
                i++;
                continue;
            }
            Word word = Word.around(text, i);
            if (word.lookAlikes > 0 && shouldReplace(text, word)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                for (int k = word.start; k < word.end; k++) {
                    char twin = twinOf(text, k);
                    if (twin != 0) {
                        chars[k] = twin;
                    }
                }
            }
            i = Math.max(word.end, i + 1);
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean shouldReplace(String text, Word word) {
        if (word.cyrillic > 0) {
            return word.cyrillic > word.others;
        }
        if (word.others > 0) {
            return false;
        }
        Word next = Word.after(text, word.end);
        if (isInitialBeforeCyrillicName(text, word, next)) {
            return true;
        }
        if (isRomanNumeral(text, word.start, word.end) || next == null || !next.isCyrillic()) {
            return false;
        }
        Word previous = Word.before(text, word.start);
        return previous != null && previous.isCyrillic();
    }

    /** {@code "I. Жансүгіров"}: one upper-case look-alike, a period, a space or two, a capitalised Cyrillic word. */
    private static boolean isInitialBeforeCyrillicName(String text, Word word, Word next) {
        if (next == null || word.end - word.start != 1 || !Character.isUpperCase(text.charAt(word.start))
                || word.end >= text.length() || text.charAt(word.end) != '.' || next.start - word.end > 3) {
            return false;
        }
        for (int k = word.end + 1; k < next.start; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return next.isCyrillic() && UCharacter.isUUppercase(text.codePointAt(next.start));
    }

    /** A run of letters and marks with its letters counted by kind. */
    private static final class Word {
        int start;
        int end;
        int cyrillic;
        int lookAlikes;
        int others;

        boolean isCyrillic() {
            return cyrillic > 0 && cyrillic > others;
        }

        private static boolean isWordChar(int cp) {
            return Character.isLetter(cp) || isMark(cp);
        }

        static Word around(String text, int at) {
            int start = at;
            while (start > 0) {
                int cp = text.codePointBefore(start);
                if (!isWordChar(cp)) {
                    break;
                }
                start -= Character.charCount(cp);
            }
            return from(text, start);
        }

        /** The word that starts at {@code start} (a letter or mark there). */
        static Word from(String text, int start) {
            Word word = new Word();
            word.start = start;
            int n = text.length();
            int i = start;
            while (i < n) {
                int cp = text.codePointAt(i);
                if (Character.isLetter(cp)) {
                    if (cp < CYRILLIC_TWIN.length && twinOf(text, i) != 0) {
                        word.lookAlikes++;
                    } else if (isCyrillicLetter(cp)) {
                        word.cyrillic++;
                    } else {
                        word.others++;
                    }
                } else if (!isMark(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            word.end = i;
            return word;
        }

        static Word after(String text, int from) {
            int i = from;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (Character.isLetter(cp)) {
                    return from(text, i);
                }
                i += Character.charCount(cp);
            }
            return null;
        }

        static Word before(String text, int from) {
            int i = from;
            while (i > 0) {
                int cp = text.codePointBefore(i);
                if (Character.isLetter(cp)) {
                    return around(text, i - Character.charCount(cp));
                }
                i -= Character.charCount(cp);
            }
            return null;
        }
    }
}
