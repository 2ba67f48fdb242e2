package org.tarikh.text;

import java.util.Locale;
import java.util.Set;

/**
 * Names the language of running prose by its most frequent function words, before any statistical model: in
 * {@code "He was arrested in 1937 and shot in the following year"} a fifth of the words are English function
 * words and none are German or French ones, so it is English.
 *
 * <p>Rules: at least {@value #MIN_WORDS} words; one language's function words make at least
 * {@value #MIN_SHARE_PERCENT}% of the words and at least four times as many as all other languages' together.
 * Russian also needs no Kazakh or Ukrainian letters (і ә ғ қ ң ө ұ ү һ ї є ґ), since Kazakh prose borrows
 * Russian words and the letters are what tells the two apart. Otherwise undecided (null).
 *
 * <p>Pure functions; thread-safe.
 */
final class FunctionWords {
    static final int MIN_WORDS = 12;
    static final int MIN_SHARE_PERCENT = 12;

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "was", "is", "that", "with", "for",
            "his", "were", "which", "by", "he", "it", "from", "this", "had", "are", "be", "on", "as", "their");
    private static final Set<String> GERMAN = Set.of("der", "die", "und", "den", "von", "zu", "das", "mit", "sich",
            "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "auch", "wurde", "wurden", "nach");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "et", "un", "une", "est",
            "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "il", "elle", "ont", "été", "par");
    private static final Set<String> RUSSIAN = Set.of("и", "в", "не", "на", "что", "с", "по", "к", "из", "за",
            "был", "была", "были", "его", "он", "она", "как", "для", "от", "это", "также", "при", "о", "который");
    private static final Set<String> KAZAKH = Set.of("мен", "және", "бен", "пен", "да", "де", "та", "те", "бұл",
            "ол", "үшін", "бойынша", "жылы", "деп", "болды", "еді", "оның", "екі");
    private static final Set<String> UKRAINIAN = Set.of("і", "й", "та", "що", "як", "від", "був", "була", "його",
            "це", "для", "також", "який", "які");

    private FunctionWords() {}

    /** The language of {@code text} by its function words, or null when they do not decide it. */
    static String decide(String text, boolean cyrillic) {
        String lower = text.toLowerCase(Locale.ROOT);
        int words = 0;
        int en = 0;
        int de = 0;
        int fr = 0;
        int ru = 0;
        int kk = 0;
        int uk = 0;
        boolean nonRussianLetters = false;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(lower.charAt(i))) {
                char c = lower.charAt(i);
                if ("іәғқңөұүһїєґ".indexOf(c) >= 0) {
                    nonRussianLetters = true;
                }
                i++;
            }
            if (i == start) {
                break;
            }
            words++;
            String word = lower.substring(start, i);
            if (cyrillic) {
                ru += RUSSIAN.contains(word) ? 1 : 0;
                kk += KAZAKH.contains(word) ? 1 : 0;
                uk += UKRAINIAN.contains(word) ? 1 : 0;
            } else {
                en += ENGLISH.contains(word) ? 1 : 0;
                de += GERMAN.contains(word) ? 1 : 0;
                fr += FRENCH.contains(word) ? 1 : 0;
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        if (cyrillic) {
            return !nonRussianLetters && clearlyAhead(ru, kk + uk, words) ? "ru" : null;
        }
        if (clearlyAhead(en, de + fr, words)) {
            return "en";
        }
        if (clearlyAhead(de, en + fr, words)) {
            return "de";
        }
        return clearlyAhead(fr, en + de, words) ? "fr" : null;
    }

    private static boolean clearlyAhead(int count, int others, int words) {
        return count * 100 >= MIN_SHARE_PERCENT * words && count >= 4 * others;
    }
}
