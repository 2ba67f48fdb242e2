package org.tarikh.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences with their offsets, for the three languages and the shapes of archival cards.
 *
 * <p>Rules:
 * <ul>
 *   <li>A blank line always ends a sentence; a single line break ends one after {@code . ! ? : ;}, before a list
 *       marker, or after a short line without final punctuation (a heading, an infobox field) before a capital.</li>
 *   <li>{@code . ! ?} ends a sentence before whitespace and an upper-case letter, a digit or an opening quote,
 *       unless the word before the point is an initial ({@code Zh.}, {@code В.}) or an abbreviation
 *       ({@code Род.}, {@code зав.}, {@code т. б.}); {@code г.} ends one only after a year ({@code 1937 г.}),
 *       never before a town ({@code г. Москва}),
 *       and not after a date that opens the sentence ({@code В 1934 г. Жумабаев освобожден}).</li>
 *   <li>Cards glue lines together ({@code (г. Москва).1913-1919-учащийся}): a point between a letter or a
 *       bracket and a digit also ends a sentence.</li>
 * </ul>
 *
 * <p>Example: {@code "Арестован 20.07.1937 г. Приговорен к ВМН."} gives two sentences.
 *
 * <p>The one sentence splitter of the pipeline: events are read sentence by sentence, and the statistical name
 * finders, trained on single sentences, are given the tokens of one sentence at a time ({@link #group}).
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceSplitter {

    /** A sentence: offsets into the text, end exclusive, with surrounding whitespace trimmed. */
    public record Sentence(int start, int end) {
    }

    private static final int HEADING_MAX = 80;
    private static final Set<String> ABBREVIATIONS = Set.of("род", "ум", "рожд", "зав", "зам", "т", "б", "т.б",
            "т.е", "др", "пр", "им", "ст", "см", "св", "обл", "губ", "у", "с", "ф", "оп", "д", "л", "лл", "гг", "ж",
            "жж", "ғ", "мr", "mr", "mrs", "dr", "st", "prof", "no", "vol", "p", "pp", "etc", "e.g", "i.e", "vs",
            "проф", "акад", "ред", "сост", "изд", "янв", "февр", "апр", "авг", "сент", "окт", "нояб", "дек", "жыл",
            "jan", "feb", "aug", "sept", "oct", "nov", "dec", "gen", "col", "lt");

    /** A sentence that so far is only a date adverbial, {@code В 1934 г.}: the name after it is its subject. */
    private static final Pattern OPENING_DATE = Pattern.compile("\\s*(?:[ВвСсКк]|До|до|После|после|На|на|Летом"
            + "|Осенью|Весной|Зимой)\\s+(?:\\d{1,2}\\.\\d{1,2}\\.|\\d{1,2}\\s+\\p{L}+\\s+)?\\d{4}\\s*гг?\\.");

    /** The sentences of {@code text} in order; none for a null or empty text. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int cut = -1;
            if (c == '\n') {
                if (isLineBoundary(text, i)) {
                    cut = i;
                }
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                if (isPointBoundary(text, start, i)) {
                    cut = i + 1;
                }
            }
            if (cut >= 0) {
                add(out, text, start, cut);
                start = cut;
            }
        }
        add(out, text, start, n);
        return out;
    }

    /**
     * Items of the text (tokens, in text order) grouped by the sentence they start in; every item is kept, in
     * order, and an item between two sentences goes with the one before it.
     *
     * @param start the offset in {@code text} at which an item starts
     */
    public <T> List<List<T>> group(String text, List<T> items, ToIntFunction<T> start) {
        List<Sentence> sentences = split(text);
        List<List<T>> out = new ArrayList<>();
        List<T> current = new ArrayList<>();
        int s = 0;
        for (T item : items) {
            int at = start.applyAsInt(item);
            int before = s;
            while (s + 1 < sentences.size() && at >= sentences.get(s + 1).start()) {
                s++;
            }
            if (s != before && !current.isEmpty()) {
                out.add(List.copyOf(current));
                current.clear();
            }
            current.add(item);
        }
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
        }
        return List.copyOf(out);
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(s, e));
        }
    }

    private static boolean isLineBoundary(String text, int i) {
        int next = i + 1;
        while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        int prevEnd = i;
        while (prevEnd > 0 && Character.isWhitespace(text.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        if (prevEnd == 0) {
            return true;
        }
        char last = text.charAt(prevEnd - 1);
        char first = text.charAt(next);
        if (".!?:;»\"”".indexOf(last) >= 0 && (Character.isUpperCase(first) || Character.isDigit(first)
                || "-*•–—«\"“".indexOf(first) >= 0)) {
            return true;
        }
        if ("-*•–—".indexOf(first) >= 0 && next + 1 < text.length() && text.charAt(next + 1) == ' ') {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        boolean shortLine = prevEnd - lineStart < HEADING_MAX;
        // a short line ending in a word, a number or a bracket is a heading or an infobox field
        // ("Смерть 26 февраля 1939 (41 год)"), not a sentence wrapped onto the next line
        return shortLine && (Character.isLetterOrDigit(last) || last == ')' || last == ']')
                && Character.isUpperCase(first);
    }

    private static boolean isPointBoundary(String text, int sentenceStart, int i) {
        int n = text.length();
        char c = text.charAt(i);
        if (i + 1 >= n) {
            return true;
        }
        char after = text.charAt(i + 1);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (c == '.' && Character.isDigit(after) && (Character.isLetter(before) || before == ')')) {
            // a card's glued line: "(г. Москва).1913-1919-учащийся"
            return before == ')' || wordBefore(text, i).length() > 2;
        }
        if (!Character.isWhitespace(after) && "»\"”)".indexOf(after) < 0) {
            return false;
        }
        int next = i + 1;
        while (next < n && (Character.isWhitespace(text.charAt(next)) || "»\"”)".indexOf(text.charAt(next)) >= 0)) {
            next++;
        }
        if (next >= n) {
            return true;
        }
        char first = text.charAt(next);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "«\"“(-–—".indexOf(first) >= 0)) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        String word = wordBefore(text, i);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("г") || lower.equals("гг")) {
            return yearBefore(text, i - word.length()) && !Character.isDigit(first)
                    && !OPENING_DATE.matcher(text.substring(sentenceStart, i + 1)).matches();
        }
        if (word.length() <= 2 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "Zh. Aymautov", "С. М. Меңдешев"
        }
        return !ABBREVIATIONS.contains(lower);
    }

    private static String wordBefore(String text, int point) {
        int s = point;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, point);
        int dot = word.lastIndexOf('.');
        return dot >= 0 && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) ? word.substring(dot + 1) : word;
    }

    private static boolean yearBefore(String text, int wordStart) {
        int i = wordStart;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int digits = 0;
        while (i > 0 && Character.isDigit(text.charAt(i - 1))) {
            i--;
            digits++;
        }
        return digits == 4;
    }
}
