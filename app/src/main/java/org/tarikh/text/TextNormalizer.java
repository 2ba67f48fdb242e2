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
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && (isOddSpace(c) || isLineBreak(c) || isDropped(c)
                    || Character.isSurrogate(c))) {
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
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
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

    private static String replaceLookAlikes(String text) {
        int n = text.length();
        // words as runs of letters and marks; per word: Cyrillic letters, look-alikes, other letters
        int capacity = 16;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] cyrillic = new int[capacity];
        int[] lookAlikes = new int[capacity];
        int[] others = new int[capacity];
        int words = 0;
        boolean anyLookAlike = false;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (words == capacity) {
                capacity *= 2;
                starts = java.util.Arrays.copyOf(starts, capacity);
                ends = java.util.Arrays.copyOf(ends, capacity);
                cyrillic = java.util.Arrays.copyOf(cyrillic, capacity);
                lookAlikes = java.util.Arrays.copyOf(lookAlikes, capacity);
                others = java.util.Arrays.copyOf(others, capacity);
            }
            int start = i;
            int cyr = 0;
            int look = 0;
            int other = 0;
            while (i < n) {
                cp = text.codePointAt(i);
                if (Character.isLetter(cp)) {
                    if (cp < 0x10000 && twinOf(text, i) != 0) {
                        look++;
                    } else if (UScript.getScript(cp) == UScript.CYRILLIC) {
                        cyr++;
                    } else {
                        other++;
                    }
                } else if (!isMark(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            starts[words] = start;
            ends[words] = i;
            cyrillic[words] = cyr;
            lookAlikes[words] = look;
            others[words] = other;
            anyLookAlike |= look > 0;
            words++;
        }
        if (!anyLookAlike) {
            return text;
        }
        char[] chars = null;
        for (int w = 0; w < words; w++) {
            if (lookAlikes[w] == 0) {
                continue;
            }
            boolean replace;
            if (cyrillic[w] > 0) {
                replace = cyrillic[w] > others[w];
            } else if (others[w] > 0) {
                replace = false;
            } else if (isInitialBeforeCyrillicName(text, starts, ends, cyrillic, others, words, w)) {
                replace = true;
            } else {
                replace = !isRomanNumeral(text, starts[w], ends[w])
                        && w > 0 && isCyrillicWord(cyrillic[w - 1], others[w - 1])
                        && w + 1 < words && isCyrillicWord(cyrillic[w + 1], others[w + 1]);
            }
            if (!replace) {
                continue;
            }
            if (chars == null) {
                chars = text.toCharArray();
            }
            for (int k = starts[w]; k < ends[w]; k++) {
                char twin = twinOf(text, k);
                if (twin != 0) {
                    chars[k] = twin;
                }
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isCyrillicWord(int cyrillic, int others) {
        return cyrillic > 0 && cyrillic > others;
    }

    /** {@code "I. Жансүгіров"}: one upper-case look-alike, a period, spaces, then a capitalised Cyrillic word. */
    private static boolean isInitialBeforeCyrillicName(String text, int[] starts, int[] ends, int[] cyrillic,
                                                       int[] others, int words, int w) {
        int start = starts[w];
        int end = ends[w];
        if (end - start != 1 || !Character.isUpperCase(text.charAt(start)) || w + 1 >= words) {
            return false;
        }
        if (end >= text.length() || text.charAt(end) != '.') {
            return false;
        }
        int next = starts[w + 1];
        for (int k = end + 1; k < next; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return next - end <= 3 && isCyrillicWord(cyrillic[w + 1], others[w + 1])
                && UCharacter.isUUppercase(text.codePointAt(next));
    }
}
