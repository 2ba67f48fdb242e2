package org.tarikh.extract.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarikh.lexicon.KazakhLatin;

/**
 * Capitalised words that only carry their capital because they open a sentence, so that a run of capitalised
 * words starts after them: in {@code "Кейін Голощекин Мәскеуге кетті"} the person is {@code Голощекин}, not a man
 * with the given name {@code Кейін} ("later").
 *
 * <p>Rules, for the first word of a run that is not an initial (the caller checks that). Its shape does not
 * matter: {@code Keiın} ("later" in Latin Kazakh) and {@code Один} end like surnames, while surnames are almost
 * never written in lower case nor on the list below.
 *
 * <ol>
 *   <li>The word must open a sentence: between it and the start of the text, a line break or one of
 *       {@code . ! ? …} there are only spaces, opening quotes and brackets, dashes and list marks. Elsewhere a
 *       capital is the writer's choice and the word is left alone.</li>
 *   <li>A known given name ({@link GivenNames}, as written or under a Kazakh case ending) is never refused:
 *       {@code "Сәкен Сейфуллин ..."} at a sentence start keeps Сәкен, and so do {@code Ораз} and {@code Ахмет},
 *       which are also common words.</li>
 *   <li>Refused when the same text writes the word in lower case elsewhere (the same form, ё read as е): the
 *       document itself shows it is a common word. This is the main evidence and needs no list, so it works for
 *       any word and script ({@code "Keiın Almatyda ... keiın"}).</li>
 *   <li>Else refused when it is one of the commonest sentence openers of Kazakh, Russian or English
 *       ({@code sentence-openers.txt}: conjunctions, pronouns, adverbs of time; no nouns), which short texts may
 *       never write in lower case.</li>
 * </ol>
 *
 * <p>Words of one letter are never refused: without a dot they are still often initials in OCR text.
 *
 * <p>Immutable after construction and thread-safe; a {@link Text} is for one thread.
 */
final class SentenceOpeners {

    private static final String RESOURCE = "sentence-openers.txt";
    /** A word in small letters, hyphenated parts included: кейін, сондай-ақ, later. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)*");
    /** Characters that may stand between a sentence boundary and its first word. */
    private static final String BEFORE_OPENER = " \t\u00a0«\"“„'‘([-‐–—*#•>";
    private static final String SENTENCE_END = ".!?…\n\r";

    private final GivenNames givenNames;
    private final NameInflection inflection;
    private final Set<String> openers;

    SentenceOpeners(GivenNames givenNames, NameInflection inflection) {
        this.givenNames = givenNames;
        this.inflection = inflection;
        this.openers = WordList.read(SentenceOpeners.class, RESOURCE, SentenceOpeners::normal);
    }

    /** The rules applied to one text; the text's lower-case words are gathered on the first question. */
    Text in(String text) {
        return new Text(text);
    }

    /** One text under the rules. Not thread-safe. */
    final class Text {
        private final String text;
        private Set<String> lowerCaseWords;

        private Text(String text) {
            this.text = text;
        }

        /**
         * Whether the word at {@code [start, end)} of the text is a common word opening a sentence and so no
         * part of a name.
         */
        boolean refuses(int start, int end) {
            if (end - start < 2 || !opensSentence(text, start)) {
                return false;
            }
            String word = text.substring(start, end);
            if (givenNames.contains(word)) {
                return false;
            }
            String caseStem = inflection.kazakhCaseStem(word);
            if (caseStem != null && givenNames.contains(caseStem)) {
                return false;
            }
            String key = normal(word);
            // the list is written in Cyrillic; a Kazakh word in a Latin alphabet is looked up by its Cyrillic reading
            return lowerCaseWords().contains(key) || openers.contains(key)
                    || KazakhLatin.isLatinWord(key) && openers.contains(KazakhLatin.toCyrillic(key));
        }

        private Set<String> lowerCaseWords() {
            if (lowerCaseWords == null) {
                lowerCaseWords = wordsInLowerCase(text);
            }
            return lowerCaseWords;
        }
    }

    /** Whether the text position opens a sentence: text start, line break or . ! ? … before it. */
    static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && BEFORE_OPENER.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || SENTENCE_END.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The words the text writes in small letters, normalised; a word glued to a letter, digit or URL sign
     * before it ({@code wiki/ryskulov}, {@code Алма-ата}) is no evidence.
     */
    static Set<String> wordsInLowerCase(String text) {
        Set<String> words = new HashSet<>();
        for (int[] word : lowerWords(text)) {
            int before = word[0] - 1;
            if (before >= 0) {
                char c = text.charAt(before);
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || "/._@-‐\\".indexOf(c) >= 0) {
                    continue;
                }
            }
            words.add(normal(text.substring(word[0], word[1])));
        }
        return words;
    }

    /**
     * The spans {@link #LOWER_WORD} finds one after another in the text, read code point by code point: the
     * pattern's search over a whole document, once per text, was a twentieth of person finding when ingesting.
     */
    static List<int[]> lowerWords(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.getType(c) != Character.LOWERCASE_LETTER) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = lettersFrom(text, i + Character.charCount(c));
            while (i + 1 < n && text.charAt(i) == '-' && letterOrMark(text.codePointAt(i + 1))) {
                i = lettersFrom(text, i + 1);
            }
            spans.add(new int[] {start, i});
        }
        return spans;
    }

    /** For tests: the spans the pattern itself finds. */
    static List<int[]> lowerWordsScanned(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = LOWER_WORD.matcher(text);
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        return spans;
    }

    /** The end of the run of {@code [\p{L}\p{M}]} from {@code i}. */
    private static int lettersFrom(String text, int i) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!letterOrMark(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean letterOrMark(int c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('‐', '-');
    }
}
