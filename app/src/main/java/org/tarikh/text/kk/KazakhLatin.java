package org.tarikh.text.kk;

/**
 * Reads a Kazakh word written in the 2021 Latin alphabet as Cyrillic, so that the Cyrillic {@link KazakhStemmer}
 * can stem it: {@code "seifullinnıñ" → "сейфуллиннің"}.
 *
 * <p>Rules, one letter at a time on lower-case input: {@code ä ö ü ū ı ğ ñ ş q} → {@code ә ө ү ұ і ғ ң ш қ}; {@code y}
 * → {@code ы}; {@code j} → {@code ж}; {@code i} → {@code й} after a vowel, else {@code и}; {@code u} → {@code у};
 * {@code h} → {@code х}; {@code c} → {@code ц}; {@code ch} → {@code ч}; {@code ia}/{@code iu} after a consonant or
 * at the start are {@code я}/{@code ю}; {@code w} → {@code у} and {@code x} → {@code кс} (loan spellings); the other
 * Latin letters map to their usual Cyrillic counterpart. The result is only as good as a reading: enough to find
 * the suffixes, not a transliteration to show. Stateless and thread-safe.
 */
public final class KazakhLatin {
    /** Letters that only the Kazakh Latin alphabets use among the languages of the archive. */
    public static final String KAZAKH_LATIN_LETTERS = "äöüūığñş";
    private static final String LATIN_VOWELS = "aäeıioöuūüy";

    private KazakhLatin() {}

    /** Whether the lower-cased word has a letter of the Kazakh Latin alphabet that English and Russian never use. */
    public static boolean hasKazakhLatinLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (KAZAKH_LATIN_LETTERS.indexOf(word.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** Whether every character is a Latin letter of the Kazakh alphabets (a-z and {@link #KAZAKH_LATIN_LETTERS}). */
    public static boolean isLatinWord(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z') && KAZAKH_LATIN_LETTERS.indexOf(c) < 0) return false;
        }
        return true;
    }

    /** The Cyrillic reading of a lower-cased Latin Kazakh word; a word with other characters comes back as it is. */
    public static String toCyrillic(String word) {
        if (!isLatinWord(word)) return word;
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            boolean afterVowel = i > 0 && LATIN_VOWELS.indexOf(word.charAt(i - 1)) >= 0;
            switch (c) {
                case 'a' -> out.append('а');
                case 'ä' -> out.append('ә');
                case 'b' -> out.append('б');
                case 'c' -> {
                    if (next == 'h') {
                        out.append('ч');
                        i++;
                    } else {
                        out.append('ц');
                    }
                }
                case 'd' -> out.append('д');
                case 'e' -> out.append('е');
                case 'f' -> out.append('ф');
                case 'g' -> out.append('г');
                case 'ğ' -> out.append('ғ');
                case 'h' -> out.append('х');
                case 'i' -> {
                    if (!afterVowel && (next == 'a' || next == 'u')) {
                        out.append(next == 'a' ? 'я' : 'ю');
                        i++;
                    } else {
                        out.append(afterVowel ? 'й' : 'и');
                    }
                }
                case 'ı' -> out.append('і');
                case 'j' -> out.append('ж');
                case 'k' -> out.append('к');
                case 'l' -> out.append('л');
                case 'm' -> out.append('м');
                case 'n' -> out.append('н');
                case 'ñ' -> out.append('ң');
                case 'o' -> out.append('о');
                case 'ö' -> out.append('ө');
                case 'p' -> out.append('п');
                case 'q' -> out.append('қ');
                case 'r' -> out.append('р');
                case 's' -> out.append('с');
                case 'ş' -> out.append('ш');
                case 't' -> out.append('т');
                case 'u', 'w' -> out.append('у');
                case 'ū' -> out.append('ұ');
                case 'ü' -> out.append('ү');
                case 'v' -> out.append('в');
                case 'x' -> out.append("кс");
                case 'y' -> out.append('ы');
                case 'z' -> out.append('з');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
