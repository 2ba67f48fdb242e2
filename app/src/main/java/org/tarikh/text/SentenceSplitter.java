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
 *   <li>A point inside brackets opened on the same line and closed within 200 characters ends no sentence
 *       ({@code (1. Сот, 2. Трибунал)}).</li>
 *   <li>{@code . ! ?} ends a sentence before whitespace and an upper-case letter, a digit or an opening quote,
 *       unless the word before the point is an initial ({@code Zh.}, {@code В.}) or an abbreviation
 *       ({@code Род.}, {@code зав.}, {@code т. б.}); {@code г.} ends one only after a year ({@code 1937 г.}),
 *       never before a town ({@code г. Москва}),
 *       and not after a date that opens the sentence ({@code В 1934 г. Жумабаев освобожден},
 *       {@code 5 мая 1936 г. Жумабаев освобожден}).</li>
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
    private static final Pattern OPENING_DATE = Pattern.compile("\\s*(?:(?:[ВвСсКк]|До|до|После|после|На|на|Летом"
            + "|Осенью|Весной|Зимой)\\s+)?(?:\\d{1,2}\\.\\d{1,2}\\.|\\d{1,2}\\s+\\p{L}+\\s+)?\\d{4}\\s*гг?\\.");

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
        if (insideBrackets(text, sentenceStart, i)) {
            return false; // "(1. Аса маңызды кеңес, 2. Сот)": a numbered list inside brackets goes on
        }
        String word = wordBefore(text, i);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("г") || lower.equals("гг")) {
            return yearBefore(text, i - word.length()) && !Character.isDigit(first)
                    && !OPENING_DATE.matcher(text.substring(sentenceStart, i + 1)).matches()
                    && mayBeAClause(text, sentenceStart, i - word.length());
        }
        if (word.length() <= 2 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "Zh. Aymautov", "С. М. Меңдешев"
        }
        return !ABBREVIATIONS.contains(lower);
    }

    /** Whether a bracket opened on this line, at most 200 characters back, is still open at {@code at}. */
    private static boolean insideBrackets(String text, int sentenceStart, int at) {
        int depth = 0;
        int from = Math.max(sentenceStart, at - 200);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n') return false;
            if (c == ')') depth++;
            else if (c == '(' && depth-- == 0) return text.indexOf(')', at) > at && text.indexOf(')', at) - at < 200;
        }
        return false;
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

    /**
     * Whether the words of a sentence before its date ({@code За критику царской администрации в 1909 г.}) may hold
     * a predicate, so that the point of {@code г.} may end the sentence. A Russian sentence states its verb: a past
     * tense ends in -л/-ла/-ло/-ли (-ся/-сь), a short participle in -н/-на/-ны/-т, a present in -т; a fragment of
     * one line (a line that goes on in lower case is a wrapped one), without a comma or a word ending so, is an adverbial the name after the date is the subject of
     * ({@code … в 1909 г. Байтурсынов был заключен в тюрьму}). Every doubtful word (a noun in -н, -т or -л:
     * Казахстан, совет, аул) counts as a verb, so the point ends the sentence, as before.
     */
    private static boolean mayBeAClause(String text, int sentenceStart, int dateEnd) {
        int from = sentenceStart;
        while (from < dateEnd && Character.isWhitespace(text.charAt(from))) from++;
        int start = -1;
        for (int k = from; k <= dateEnd; k++) {
            char ch = k < dateEnd ? text.charAt(k) : ' ';
            if (ch == '\n' && !(k + 1 < dateEnd && Character.isLowerCase(text.charAt(k + 1)))) return true; // a card's lines
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') return true;
            if (Character.isLetter(ch)) {
                if (start < 0) start = k;
                continue;
            }
            if (start >= 0) {
                String w = text.substring(start, k).toLowerCase(Locale.ROOT);
                start = -1;
                if (!isCyrillic(w.charAt(0))) return true; // not a Russian sentence: as before
                if (w.length() > 2 && VERB_LIKE.matcher(w).find()) return true;
            }
        }
        return false;
    }

    private static final Pattern VERB_LIKE = Pattern.compile("(?:л|ла|ло|ли|ся|сь|н|на|но|ны|т|ть)$");

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
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
