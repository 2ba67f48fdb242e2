package org.tarikh.lexicon;

/**
 * The one reader of Kazakh written in Latin letters: reads a word as Cyrillic, so that the Cyrillic Kazakh stemmer
 * and the Cyrillic word lists can take it, whichever Latin alphabet wrote it: {@code "seifullinnıñ"} (2021),
 * {@code "Seifullinniń"} (2018) and {@code "Seifullinnin'"} (2017) all read {@code "сейфуллиннің"}.
 *
 * <p>The alphabets real pages use, and how each letter is read (on lower-case input):
 * <ul>
 *   <li>2021 (the current official one): {@code ä ğ ı ñ ö ş ü ū q} → {@code ә ғ і ң ө ш ү ұ қ}, {@code y} →
 *       {@code ы}, {@code u} → {@code у}, {@code j} → {@code ж}, {@code ch} → {@code ч}.</li>
 *   <li>2018 (acute accents): {@code á ǵ ń ó ú} → {@code ә ғ ң ө ү}, {@code ý} → {@code у}, and in a word
 *       with one of these letters {@code i} → {@code і} and {@code ı} → {@code и}/{@code й} (the reverse of
 *       2021), digraphs {@code sh ch} → {@code ш ч}; its {@code u} (ұ) is read {@code у}, a back vowel
 *       either way for the suffixes.</li>
 *   <li>2017 (apostrophes): {@code a' g' n' o' u' s' c' i' y'} → {@code ә ғ ң ө ү ш ч і у}.</li>
 *   <li>Informal web spellings and BGN/PCGN: {@code zh} → {@code ж}, {@code kh} → {@code х}, {@code gh} →
 *       {@code ғ}, {@code sh} → {@code ш}, {@code ī} → {@code і}.</li>
 * </ul>
 * Further: {@code i} → {@code й} after a vowel, else {@code и}; {@code ia}/{@code iu} after a consonant or at the
 * start are {@code я}/{@code ю}; {@code h} → {@code х}; {@code c} → {@code ц}; {@code w} → {@code у} and
 * {@code x} → {@code кс} (loan spellings); the other Latin letters map to their usual Cyrillic counterpart. The
 * result is a reading, enough to find the suffixes and to look words up, not a transliteration to show.
 * Stateless and thread-safe.
 */
public final class KazakhLatin {
    /**
     * Letters that only the Kazakh Latin alphabets use among the languages of the archive (2021: ä ö ü ū ı ğ ñ ş;
     * 2018: á ǵ ń ó ú ý; BGN/PCGN: ī).
     */
    public static final String KAZAKH_LATIN_LETTERS = "äöüūığñşáǵńóúýī";
    private static final String LATIN_VOWELS = "aäáeıiīoöóuūüúýy";
    private static final String APOSTROPHES = "'’ʼ`";

    private KazakhLatin() {}

    /** Whether the lower-cased word has a letter of the Kazakh Latin alphabets that English and Russian never use. */
    public static boolean hasKazakhLatinLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isKazakhLatinLetter(word.charAt(i))) return true;
        }
        return false;
    }

    /** Whether the lower-case character is one of {@link #KAZAKH_LATIN_LETTERS}. */
    public static boolean isKazakhLatinLetter(int c) {
        return KAZAKH_LATIN_LETTERS.indexOf(c) >= 0;
    }

    /**
     * Whether the lower-cased word is written in Kazakh Latin letters only: a-z, {@link #KAZAKH_LATIN_LETTERS}, and
     * the apostrophe of the 2017 alphabet after a letter.
     */
    public static boolean isLatinWord(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean apostrophe = i > 0 && APOSTROPHES.indexOf(c) >= 0 && APOSTROPHES.indexOf(word.charAt(i - 1)) < 0;
            if (!(c >= 'a' && c <= 'z') && !isKazakhLatinLetter(c) && !apostrophe) return false;
        }
        return true;
    }

    /** The Cyrillic reading of a lower-cased Latin Kazakh word; a word with other characters comes back as it is. */
    public static String toCyrillic(String word) {
        return isLatinWord(word) ? read(word, isAcute2018(word), new int[word.length() + 1]) : word;
    }

    /**
     * The Latin beginning of {@code word} that reads as {@code cyrillicStem} in the word's own alphabet:
     * {@code ("Seifullinniń", "сейфуллін")} → {@code "Seifullin"}. An ending is written with one Latin letter per
     * Cyrillic letter, or one more for a 2017 apostrophe or a digraph; null when no beginning reads so.
     */
    public static String latinStem(String word, String cyrillicStem) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!isLatinWord(lower) || lower.length() != word.length()) return null;
        int[] readUpTo = new int[lower.length() + 1];
        String reading = read(lower, isAcute2018(lower), readUpTo);
        if (!reading.startsWith(cyrillicStem) || reading.length() == cyrillicStem.length()) return null;
        for (int end = lower.length() - 1; end >= 1; end--) {
            if (readUpTo[end] == cyrillicStem.length()) return word.substring(0, end);
        }
        return null;
    }

    /**
     * Whether a word is written in the 2018 alphabet: it has one of its acute letters (á ǵ ń ó ú ý). That
     * alphabet writes і as {@code i} and и/й as {@code ı}, the reverse of 2021.
     */
    private static boolean isAcute2018(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("áǵńóúý".indexOf(word.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** Reads {@code word}; {@code readUpTo[k]} is the length of the reading of its first k letters, -1 inside a digraph. */
    private static String read(String word, boolean acute2018, int[] readUpTo) {
        StringBuilder out = new StringBuilder(word.length());
        int lastVowel = -1;
        for (int i = 0; i < word.length(); i++) {
            if (LATIN_VOWELS.indexOf(word.charAt(i)) >= 0) lastVowel = i;
        }
        java.util.Arrays.fill(readUpTo, -1);
        readUpTo[0] = 0;
        for (int i = 0; i < word.length(); readUpTo[++i] = out.length()) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            boolean marked = APOSTROPHES.indexOf(next) >= 0;
            boolean afterVowel = i > 0 && LATIN_VOWELS.indexOf(word.charAt(i - 1)) >= 0;
            if (marked && "agnousciy".indexOf(c) >= 0) {
                // the 2017 alphabet: a letter and an apostrophe
                out.append(switch (c) {
                    case 'a' -> 'ә';
                    case 'g' -> 'ғ';
                    case 'n' -> 'ң';
                    case 'o' -> 'ө';
                    case 'u' -> 'ү';
                    case 's' -> 'ш';
                    case 'c' -> 'ч';
                    case 'i' -> 'і';
                    default -> 'у';
                });
                i++;
                readUpTo[i] = -1;
                continue;
            }
            if (next == 'h' && "sczkg".indexOf(c) >= 0) {
                out.append(switch (c) {
                    case 's' -> 'ш';
                    case 'c' -> 'ч';
                    case 'z' -> 'ж';
                    case 'k' -> 'х';
                    default -> 'ғ';
                });
                i++;
                readUpTo[i] = -1;
                continue;
            }
            switch (c) {
                case 'a' -> out.append('а');
                case 'ä', 'á' -> out.append('ә');
                case 'b' -> out.append('б');
                case 'c' -> out.append('ц');
                case 'd' -> out.append('д');
                case 'e' -> out.append('е');
                case 'f' -> out.append('ф');
                case 'g' -> out.append('г');
                case 'ğ', 'ǵ' -> out.append('ғ');
                case 'h' -> out.append('х');
                case 'i' -> {
                    if (acute2018) {
                        // pages mix: the name in the Russian spelling, the ending in 2018 letters (Mailinniń), and
                        // a Kazakh case ending has its і in the word's last syllable
                        out.append(afterVowel ? 'й' : i == lastVowel ? 'і' : 'и');
                    } else if (!afterVowel && (next == 'a' || next == 'u')) {
                        out.append(next == 'a' ? 'я' : 'ю');
                        i++;
                        readUpTo[i] = -1;
                    } else {
                        out.append(afterVowel ? 'й' : 'и');
                    }
                }
                case 'ı' -> out.append(acute2018 ? (afterVowel ? 'й' : 'и') : 'і');
                case 'ī' -> out.append('і');
                case 'j' -> out.append('ж');
                case 'k' -> out.append('к');
                case 'l' -> out.append('л');
                case 'm' -> out.append('м');
                case 'n' -> out.append('н');
                case 'ñ', 'ń' -> out.append('ң');
                case 'o' -> out.append('о');
                case 'ö', 'ó' -> out.append('ө');
                case 'p' -> out.append('п');
                case 'q' -> out.append('қ');
                case 'r' -> out.append('р');
                case 's' -> out.append('с');
                case 'ş' -> out.append('ш');
                case 't' -> out.append('т');
                case 'u', 'w', 'ý' -> out.append('у');
                case 'ū' -> out.append('ұ');
                case 'ü', 'ú' -> out.append('ү');
                case 'v' -> out.append('в');
                case 'x' -> out.append("кс");
                case 'y' -> out.append('ы');
                case 'z' -> out.append('з');
                default -> {
                    // a stray apostrophe (a possessive, a quotation mark) carries no sound
                    if (APOSTROPHES.indexOf(c) < 0) out.append(c);
                }
            }
        }
        return out.toString();
    }
}
