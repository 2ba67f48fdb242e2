package org.tarikh.extract.names.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups tokens into sentences for the name finders, which were trained on single sentences.
 *
 * <p>Rules: a sentence ends after {@code .}, {@code !}, {@code ?} or {@code …} unless the token before a full
 * stop is an initial: a capital letter ({@code С. Сейфуллин}) or a Latin digraph for one Cyrillic letter
 * ({@code Zh. Aimauytov}, {@code Sh.}, {@code Kh.}, {@code Ch.}, {@code Gh.}); it also ends where the text
 * between two tokens holds a line break, because headings and paragraphs of the sources rarely end in a stop.
 *
 * <p>Example: {@code "Ж. Аймауытов атылды. Ол 1889 жылы туған."} → two sentences of 4 and 5 tokens.
 *
 * <p>Pure function, thread-safe.
 */
public final class Sentences {
    private Sentences() {}

    /** The tokens of {@code text} (as {@link Tokens#tokenize} gives them) cut into sentences, in order. */
    public static List<List<Token>> split(String text, List<Token> tokens) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!current.isEmpty() && text.substring(current.getLast().end(), token.start()).indexOf('\n') >= 0) {
                sentences.add(List.copyOf(current));
                current.clear();
            }
            current.add(token);
            if (endsSentence(current)) {
                sentences.add(List.copyOf(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(List.copyOf(current));
        }
        return List.copyOf(sentences);
    }

    private static boolean endsSentence(List<Token> sentence) {
        String last = sentence.getLast().text();
        if (last.equals("!") || last.equals("?") || last.equals("…")) {
            return true;
        }
        if (!last.equals(".")) {
            return false;
        }
        if (sentence.size() < 2) {
            return true;
        }
        return !isInitial(sentence.get(sentence.size() - 2).text());
    }

    /** One capital letter, or a Latin digraph that spells one Cyrillic letter (Zh, Kh, Sh, Ch, Gh). */
    private static boolean isInitial(String token) {
        int letters = token.codePointCount(0, token.length());
        if (!Character.isUpperCase(token.codePointAt(0))) {
            return false;
        }
        return letters == 1 || (letters == 2 && token.charAt(1) == 'h' && "ZKSCG".indexOf(token.charAt(0)) >= 0);
    }
}
