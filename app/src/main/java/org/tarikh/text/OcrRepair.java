package org.tarikh.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Repairs Tesseract's typical Kazakh confusions (ү/ұ/у, і/и/i, ө/о, қ/к, ң/н, ә/а, ғ/г) in OCR text, only where a
 * word list makes the repair certain: the word as read is not a Kazakh word, and exactly one of its forms with one
 * or two of those letters exchanged is. Anything else stays as read (a name the list does not know, a Russian word,
 * a word two repairs could make).
 *
 * <p>The word list is Debian's hunspell-kk dictionary ({@code /usr/share/hunspell/kk_KZ.aff} and {@code .dic},
 * another folder by {@code -Dtarikh.hunspell.kk=DIR}), read by Lucene's Hunspell, which knows the suffixes a Kazakh
 * word takes. Hunspell's list lacks some inflected forms ({@code тамырын}, while it has {@code тамырың}), so a word
 * whose stem ({@link org.tarikh.text.kk.KazakhStemmer}) is a word of the list is taken as a word too. Without the
 * list nothing is repaired and {@link #shared()} says so in {@link #problem()}.
 *
 * <p>Every repair exchanges one letter for one letter, so the text keeps its length and every offset into it (word
 * boxes, claims) stays true. Thread-safe.
 */
public final class OcrRepair {
    /** The Debian package of the word list. */
    public static final String PACKAGE = "hunspell-kk";
    private static final int MAX_EXCHANGES = 2;
    /** Each letter and the letters OCR reads it for or from. */
    private static final String[][] CONFUSED = {
            {"ү", "ұу"}, {"ұ", "үу"}, {"у", "үұ"}, {"і", "и"}, {"и", "і"}, {"i", "і"}, {"ө", "о"}, {"о", "ө"},
            {"қ", "к"}, {"к", "қ"}, {"ң", "н"}, {"н", "ң"}, {"ә", "а"}, {"а", "ә"}, {"ғ", "г"}, {"г", "ғ"},
    };
    private static volatile OcrRepair shared;
    private static final org.tarikh.text.kk.KazakhStemmer STEMMER = new org.tarikh.text.kk.KazakhStemmer();

    private final Predicate<String> isWord;
    private final String problem;

    /** @param isWord whether a lower-case word is a Kazakh word */
    public OcrRepair(Predicate<String> isWord) {
        this(isWord, null);
    }

    private OcrRepair(Predicate<String> isWord, String problem) {
        this.isWord = isWord;
        this.problem = problem;
    }

    /** The repair with Debian's hunspell-kk, loaded once (about a second); without it, one that repairs nothing. */
    public static OcrRepair shared() {
        OcrRepair current = shared;
        if (current == null) {
            synchronized (OcrRepair.class) {
                if (shared == null) shared = load(Path.of(System.getProperty("tarikh.hunspell.kk", "/usr/share/hunspell")));
                current = shared;
            }
        }
        return current;
    }

    static OcrRepair load(Path folder) {
        Path affix = folder.resolve("kk_KZ.aff"), words = folder.resolve("kk_KZ.dic");
        if (!Files.isReadable(affix) || !Files.isReadable(words)) {
            return new OcrRepair(w -> true, "no Kazakh word list for repairing OCR letters (install the Debian package "
                    + PACKAGE + ")");
        }
        try (InputStream a = Files.newInputStream(affix); InputStream d = Files.newInputStream(words);
             ByteBuffersDirectory scratch = new ByteBuffersDirectory()) {
            Hunspell hunspell = new Hunspell(new Dictionary(scratch, "kk", a, d));
            return new OcrRepair(word -> {
                try {
                    return hunspell.spell(word);
                } catch (RuntimeException e) {
                    return true; // a word Hunspell cannot judge is left alone
                }
            });
        } catch (IOException | java.text.ParseException | RuntimeException e) {
            return new OcrRepair(w -> true, "the Kazakh word list in " + folder + " cannot be read: " + e.getMessage());
        }
    }

    /** Why nothing is repaired, for the user; null when the word list is there. */
    public String problem() {
        return problem;
    }

    /** One word repaired: where, as read, and as repaired (same length). */
    public record Repair(int start, String read, String repaired) {}

    /** The repairs of the words of a Kazakh text, in text order. */
    public List<Repair> repairs(String text) {
        List<Repair> out = new ArrayList<>();
        if (problem != null) return out;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) i++;
            String word = text.substring(start, i);
            String repaired = repair(word);
            if (repaired != null) out.add(new Repair(start, word, repaired));
        }
        return out;
    }

    /** The text with its repairs made (same length). */
    public String apply(String text, List<Repair> repairs) {
        if (repairs.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text);
        for (Repair r : repairs) out.replace(r.start(), r.start() + r.read().length(), r.repaired());
        return out.toString();
    }

    /** The one word that a Cyrillic word read by OCR must have been, or null when the word stands or it is not certain. */
    public String repair(String word) {
        if (problem != null || word.length() < 2 || !cyrillic(word)) return null;
        String lower = word.toLowerCase(Locale.ROOT);
        if (known(lower)) return null;
        // a form Hunspell lacks but whose stem it knows is a word too (тамырын: the list has тамыр and тамырың only)
        String stem = STEMMER.stem(lower);
        if (stem.length() >= 3 && !stem.equals(lower) && isWord.test(stem)) return null;
        Set<String> found = new LinkedHashSet<>();
        exchanges(lower.toCharArray(), 0, 0, found);
        found.remove(lower);
        if (found.size() != 1) return null;
        String repaired = found.iterator().next();
        StringBuilder cased = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char r = repaired.charAt(k);
            cased.append(Character.isUpperCase(word.charAt(k)) ? Character.toUpperCase(r) : r);
        }
        return cased.toString();
    }

    private boolean known(String lower) {
        if (isWord.test(lower)) return true;
        int hyphen = lower.indexOf('-');
        if (hyphen < 0) return false;
        for (String part : lower.split("-")) if (!part.isEmpty() && !isWord.test(part)) return false;
        return true;
    }

    private void exchanges(char[] letters, int from, int made, Set<String> found) {
        if (found.size() > 1) return; // two words already: not certain, no need to look further
        for (int k = from; k < letters.length; k++) {
            String others = confusions(letters[k]);
            if (others == null) continue;
            char original = letters[k];
            for (int o = 0; o < others.length(); o++) {
                letters[k] = others.charAt(o);
                String candidate = new String(letters);
                if (!found.contains(candidate) && known(candidate)) found.add(candidate);
                if (made + 1 < MAX_EXCHANGES) exchanges(letters, k + 1, made + 1, found);
                letters[k] = original;
                if (found.size() > 1) return;
            }
        }
    }

    private static String confusions(char c) {
        for (String[] pair : CONFUSED) if (pair[0].charAt(0) == c) return pair[1];
        return null;
    }

    /** A word with more Cyrillic letters than Latin (a Latin {@code i} read inside a Kazakh word counts as neither). */
    private static boolean cyrillic(String word) {
        int cyr = 0, latin = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= '\u0400' && c <= '\u04FF') cyr++;
            else if (c != 'i' && c != 'I' && Character.isLetter(c)) latin++;
        }
        return cyr > 0 && latin == 0;
    }
}
