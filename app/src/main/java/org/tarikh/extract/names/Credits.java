package org.tarikh.extract.names;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names a web page prints about itself rather than about its subject: the byline, the photo credit, the
 * reporter who signs a broadcast, the author of the book a page shows. They name the page's makers, not persons
 * of the text (the archive records them as provenance). Facts of web pages in the three languages:
 *
 * <ol>
 *   <li><b>A credit label</b> stands right before the name, which closes its line: {@code Фото:}, {@code Photo:},
 *       {@code Суретте:}, {@code Автор:}, {@code Author:}, {@code By}, {@code Текст:}, or the reporter's role
 *       with the outlet in quotes ({@code корреспондент «Хабар» Name}, {@code тілшісі Name}).</li>
 *   <li><b>A byline</b> prints the given name and the surname in capitals at the start of a line, followed by
 *       the author's position after a comma or by nothing ({@code Жанат ОМАРОВА, журналист}); archival cards
 *       put the capitals first ({@code ЛЕКЕРОВ Азимбай}), so the order tells the two apart.</li>
 *   <li><b>A page header</b> repeats the title of a book or an article with its author after a dash at the end
 *       of the line ({@code Title - Given Patronymic Surname}), as often as the page repeats its header.</li>
 * </ol>
 *
 * <p>Pure functions of the text; thread-safe.
 */
final class Credits {

    private static final Pattern LABEL_BEFORE = Pattern.compile("(?iU)(?<![\\p{L}\\p{M}])(?:(?:фото|фотограф|photo"
            + "|photos|foto|сурет|суретте|суреттер|суретті|фотосурет|автор|авторы|author|authors|текст|text|мәтін"
            + "|видео|video)\\s*[:：–—]|(?:корреспондент|correspondent|reporter|репортёр|репортер|тілшісі|тілші)"
            + "(?:\\s+[«\"“][^»\"”\\n]{1,40}[»\"”])?)\\s*$");

    /** "By" opening the line: "By Aigerim Tazhi"; elsewhere "shot by" names the actor. */
    private static final Pattern BY_LINE = Pattern.compile("(?i)\\s*by\\s+");

    private Credits() {}

    /**
     * Whether the name at {@code [start, end)}, whose last word is {@code lastWord}, is a credit of the page.
     *
     * @param words the number of words of the name
     */
    static boolean isCredit(String text, int start, int end, int words, String firstWord, String lastWord) {
        // the 60 chars before the name on its line; looked for back to 60 chars only, as a paragraph is one long line
        int lineStart = Math.max(0, start - 60);
        for (int i = start - 1; i >= lineStart; i--) {
            if (text.charAt(i) == '\n') {
                lineStart = i + 1;
                break;
            }
        }
        String before = text.substring(lineStart, start);
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.length();
        // the rest of the line, stripped, as offsets [a, b): not copied, since a paragraph is one long line
        int a = end;
        while (a < lineEnd && Character.isWhitespace(text.charAt(a))) a++;
        int b = lineEnd;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
        boolean afterEmpty = a == b;
        // a credit closes its line: "тілшісі Асқар Нұрланов хабарлайды" in a sentence names a person of the text
        // (the line's end first: the label pattern, tried at each of the 60 chars, costs more and seldom matters)
        if (onlyPunctuation(text, a, b) && (LABEL_BEFORE.matcher(before).find() || BY_LINE.matcher(before).matches())) {
            return true;
        }
        if (words >= 2 && before.isBlank() && (afterEmpty || text.charAt(a) == ',') && capitals(lastWord)
                && !capitals(firstWord)) {
            return true;
        }
        int dash = Math.max(before.lastIndexOf(" - "), Math.max(before.lastIndexOf(" – "), before.lastIndexOf(" — ")));
        if (words >= 2 && afterEmpty && dash >= 0 && before.substring(dash + 3).isBlank()) {
            String tail = text.substring(start - (before.length() - dash), lineEnd);
            return text.indexOf(tail) != text.lastIndexOf(tail);
        }
        return false;
    }

    /** Whether {@code text[a, b)} is only closing punctuation, as {@code [.,;:!?»”"]*} matches it. */
    private static boolean onlyPunctuation(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            if (".,;:!?»”\"".indexOf(text.charAt(i)) < 0) return false;
        }
        return true;
    }

    private static boolean capitals(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(word.toLowerCase(Locale.ROOT));
    }
}
