package org.tarikh.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.ibm.icu.lang.UScript;
import org.tarikh.lexicon.KazakhLatin;

/**
 * Names the language of a text as an ISO 639-1 code: kk, ru, en, uk, de, fr, ky, tt, or "und" when the text is
 * too short or the evidence too weak.
 *
 * <p>Rules:
 * <ol>
 *   <li>Fewer than {@value #MIN_LETTERS} letters: "und".</li>
 *   <li>Cyrillic text: the letters of the Turkic alphabets decide before any statistics, because n-gram
 *       models confuse Kazakh and Russian (most Kazakh words are spelt with Russian letters, and scans lose the
 *       rest). At least {@value #KAZAKH_SHARE_PERCENT}% of the letters from ә ғ қ ң ө ұ ү һ і with ғ, қ, ұ or ә
 *       among them: Kazakh ({@code "Қазақстан халық шаруашылығы"}); ң ө ү with җ or ә but no ғ қ ұ: Tatar;
 *       ң ө ү alone: Kyrgyz. Otherwise Lingua, restricted to kk, ru, uk.</li>
 *   <li>Latin text: Kazakh in the Latin alphabet (frequent q not before u, with its own letters such as ǵ, ń,
 *       ú, ş, ğ, ı, ä: {@link KazakhLatin#KAZAKH_LATIN_LETTERS}) is kk; otherwise Lingua, restricted to en, de, fr.</li>
 *   <li>Prose whose function words clearly belong to one language ("the", "of", "was"; "и", "что", "был"
 *       without Kazakh or Ukrainian letters) is named by them without Lingua: this is the common case and
 *       costs a hundredth of a Lingua call. See {@link FunctionWords}.</li>
 *   <li>Only the first {@value #SAMPLE_CHARS} chars are looked at: a paragraph's language shows early, and
 *       Lingua's cost grows with length.</li>
 * </ol>
 *
 * <p>Builds its Lingua detector once (about a second; the n-gram models of six languages stay in memory).
 * Thread-safe: the detector is shared and Lingua's detector may be called from several threads.
 */
public final class LanguageIdentifier {
    public static final String UNDETERMINED = "und";

    static final int MIN_LETTERS = 12;
    static final int KAZAKH_SHARE_PERCENT = 3;
    static final int SAMPLE_CHARS = 600;

    private final LanguageDetector detector;

    public LanguageIdentifier() {
        this.detector = LanguageDetectorBuilder.fromLanguages(Language.KAZAKH, Language.RUSSIAN, Language.ENGLISH,
                        Language.UKRAINIAN, Language.GERMAN, Language.FRENCH)
                .withMinimumRelativeDistance(0.02)
                .build();
    }

    /** The language of {@code text}, or "und". Never throws. */
    public String identify(CharSequence text) {
        if (text == null) {
            return UNDETERMINED;
        }
        String sample = sample(text);
        LetterCounts counts = LetterCounts.of(sample);
        if (counts.letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        if (counts.cyrillic >= counts.latin && counts.cyrillic * 2 >= counts.letters) {
            String turkic = turkicCyrillic(counts);
            if (turkic != null) {
                return turkic;
            }
        } else if (counts.latin * 2 >= counts.letters && isKazakhLatin(counts)) {
            return "kk";
        } else if (counts.cyrillic * 2 < counts.letters && counts.latin * 2 < counts.letters) {
            return UNDETERMINED; // another script: none of ours
        }
        String byFunctionWords = FunctionWords.decide(sample, counts.cyrillic > counts.latin);
        if (byFunctionWords != null) {
            return byFunctionWords;
        }
        Language language = detector.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? UNDETERMINED : language.getIsoCode639_1().toString();
    }

    /** Kazakh evidence for a letter run (used by callers that weigh a block against its document). */
    static int kazakhLetterCount(CharSequence text) {
        return LetterCounts.of(text).kazakhAny;
    }

    private static String sample(CharSequence text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text.toString();
        }
        int end = SAMPLE_CHARS;
        while (end < text.length() && end < SAMPLE_CHARS + 40 && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(0, end).toString();
    }

    private static String turkicCyrillic(LetterCounts counts) {
        int share = counts.kazakhAny * 100;
        if (counts.kazakhOnly > 0 && share >= KAZAKH_SHARE_PERCENT * counts.cyrillic && counts.kazakhAny >= 3) {
            return "kk";
        }
        if (counts.kazakhOnly == 0 && counts.cyrillic >= 3 * MIN_LETTERS
                && counts.sharedTurkic * 100 >= 2 * counts.cyrillic) {
            return counts.tatarOnly > 0 ? "tt" : "ky";
        }
        return null;
    }

    private static boolean isKazakhLatin(LetterCounts counts) {
        return counts.q * 100 >= counts.latin && counts.qu * 2 < counts.q && counts.turkicLatin > 0;
    }

    /** Letter statistics of one sample, counted in one pass. */
    private static final class LetterCounts {
        int letters;
        int cyrillic;
        int latin;
        /** ә ғ қ ң ө ұ ү һ і. */
        int kazakhAny;
        /** ғ қ ұ, and ә which Kyrgyz lacks: with ң ө ү these set Kazakh apart from Kyrgyz. */
        int kazakhOnly;
        /** ң ө ү (Kazakh, Kyrgyz, Tatar). */
        int sharedTurkic;
        /** җ, or ә without ғ қ ұ: Tatar. */
        int tatarOnly;
        int q;
        int qu;
        /** Letters of the Kazakh Latin alphabets (2018, 2021) that English, German and French lack. */
        int turkicLatin;

        static LetterCounts of(CharSequence text) {
            LetterCounts c = new LetterCounts();
            int n = text.length();
            int i = 0;
            int ae = 0;
            while (i < n) {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                c.letters++;
                int lower = Character.toLowerCase(cp);
                int script = UScript.getScript(cp);
                if (script == UScript.CYRILLIC) {
                    c.cyrillic++;
                    switch (lower) {
                        case 'ғ', 'қ', 'ұ' -> {
                            c.kazakhAny++;
                            c.kazakhOnly++;
                        }
                        case 'ә' -> {
                            c.kazakhAny++;
                            ae++;
                        }
                        case 'ң', 'ө', 'ү' -> {
                            c.kazakhAny++;
                            c.sharedTurkic++;
                        }
                        case 'һ', 'і' -> c.kazakhAny++;
                        case 'җ' -> c.tatarOnly++;
                        default -> { }
                    }
                } else if (script == UScript.LATIN) {
                    c.latin++;
                    if (lower == 'q') {
                        c.q++;
                        if (i < n && Character.toLowerCase(text.charAt(i)) == 'u') {
                            c.qu++;
                        }
                    } else if (KazakhLatin.isKazakhLatinLetter(lower)) {
                        c.turkicLatin++;
                    }
                }
            }
            if (c.kazakhOnly > 0) {
                c.kazakhOnly += ae;
            } else if (ae > 0) {
                c.tatarOnly += ae;
            }
            return c;
        }
    }
}
