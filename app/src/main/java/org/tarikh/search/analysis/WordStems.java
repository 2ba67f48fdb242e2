package org.tarikh.search.analysis;

import java.util.ArrayList;
import java.util.List;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.tarikh.lexicon.KazakhLatin;
import org.tarikh.text.kk.KazakhStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The stems under which one word is indexed or searched, chosen by the word's letters and the language of the text
 * around it: {@code ("сейфуллиннің", "kk") → [сейфуллин]}, {@code ("голодом", "ru") → [голод]},
 * {@code ("seifullinnıñ", "kk") → [сейфуллин]}, {@code ("executions", "en") → [execut]}.
 *
 * <p>Rules, for a lower-cased word:
 * <ol>
 *   <li>Cyrillic with a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і): the Kazakh stem ({@link KazakhStemmer}),
 *       whatever the language around it. Russian's stemmer would cut Kazakh case endings wrongly.</li>
 *   <li>Other Cyrillic: in Kazakh text the Kazakh stem; in Russian text the Russian Snowball stem; where the
 *       language is unknown or another one (a query, a Russian quotation in an English text) both.</li>
 *   <li>Latin with a letter of the Kazakh Latin alphabets (ä ö ü ū ı ğ ñ ş), or any Latin word in Kazakh text: the
 *       Kazakh stem of its Cyrillic reading ({@link KazakhLatin}); the name keys then meet the Cyrillic forms.</li>
 *   <li>Other Latin: the English (Porter2) stem; an English possessive ({@code goloshekin's}, {@code ’s}) also
 *       the word without it, so a name in the possessive meets its key.</li>
 *   <li>Anything else (digits, mixed scripts): no stem.</li>
 * </ol>
 * A stem equal to the word, or shorter than two letters, is left out: the word itself is always indexed too.
 *
 * <p>Not thread-safe (Snowball stemmers keep state): one instance per token stream. The answers are kept in a
 * bounded cache shared by every instance ({@link #CACHED_WORDS} words for each of the three kinds of language the
 * rules tell apart): a word's stems depend only on it and on whether the text around it is Kazakh, Russian or
 * another language, and a few thousand words make most of the tokens of an archive, so the index's analysis
 * stems each of them once, not at each occurrence.
 */
public final class WordStems {
    private static final String KAZAKH_ONLY = "әғқңөұүһі";
    /** Words cached per kind of language; the least used go first when it is full. */
    static final int CACHED_WORDS = 100_000;
    /** Longer words (a URL, a run of letters without spaces) are stemmed each time and not kept. */
    private static final int CACHED_LENGTH = 40;
    /** By kind of language: Kazakh, Russian, any other or unknown (the only distinctions the rules make). */
    private static final List<Cache<String, List<String>>> CACHE = List.of(newCache(), newCache(), newCache());

    private static Cache<String, List<String>> newCache() {
        return Caffeine.newBuilder().maximumSize(CACHED_WORDS).recordStats().build();
    }

    /** The cache's hits and misses since the process started, every kind of language together. */
    public static CacheStats cacheStats() {
        CacheStats all = CacheStats.empty();
        for (Cache<String, List<String>> c : CACHE) all = all.plus(c.stats());
        return all;
    }

    private final KazakhStemmer kazakh = new KazakhStemmer();
    private final SnowballStemmer russian = new RussianStemmer();
    private final SnowballStemmer english = new EnglishStemmer();

    /**
     * @param language ISO 639-1 code of the text around the word, or null when unknown (queries)
     * @return the stems, not to be modified
     */
    public List<String> stems(String word, String language) {
        if (word.length() > CACHED_LENGTH) return computeStems(word, language);
        Cache<String, List<String>> cache = CACHE.get("kk".equals(language) ? 0 : "ru".equals(language) ? 1 : 2);
        List<String> known = cache.getIfPresent(word);
        if (known != null) return known;
        List<String> stems = List.copyOf(computeStems(word, language));
        cache.put(word, stems);
        return stems;
    }

    /** The stems as the rules give them, without the cache (what the cache must answer). */
    List<String> computeStems(String word, String language) {
        List<String> stems = new ArrayList<>(2);
        if (word.isEmpty()) return stems;
        if (isCyrillic(word)) {
            boolean kazakhLetters = hasAny(word, KAZAKH_ONLY);
            if (kazakhLetters || "kk".equals(language) || !"ru".equals(language)) add(stems, word, kazakh.stem(word));
            if (!kazakhLetters && !"kk".equals(language)) add(stems, word, snowball(russian, word));
        } else if (isPossessive(word)) {
            // English possessive: "Goloshekin's" is the word "Goloshekin" (and its key), the tokenizer keeps the 's
            String bare = word.substring(0, word.length() - 2);
            add(stems, word, bare);
            add(stems, word, snowball(english, bare));
        } else if (KazakhLatin.isLatinWord(word)) {
            if (KazakhLatin.hasKazakhLatinLetter(word) || "kk".equals(language)) {
                String cyrillic = KazakhLatin.toCyrillic(word);
                String stem = kazakh.stem(cyrillic);
                // the reading itself is kept only when a suffix came off: it adds a Cyrillic term for the key
                if (!stem.equals(cyrillic)) add(stems, word, stem);
            } else {
                add(stems, word, snowball(english, word));
            }
        }
        return stems;
    }

    /** A Latin word of at least two letters followed by {@code 's} or {@code ’s}. */
    private static boolean isPossessive(String word) {
        int n = word.length();
        if (n < 4 || word.charAt(n - 1) != 's' || (word.charAt(n - 2) != '\'' && word.charAt(n - 2) != '’')) return false;
        String bare = word.substring(0, n - 2);
        return KazakhLatin.isLatinWord(bare) && !KazakhLatin.hasKazakhLatinLetter(bare);
    }

    private static void add(List<String> stems, String word, String stem) {
        if (stem != null && stem.length() >= 2 && !stem.equals(word) && !stems.contains(stem)) stems.add(stem);
    }

    private static String snowball(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '\u0400' || c > '\u04FF') return false;
        }
        return true;
    }

    private static boolean hasAny(String word, String letters) {
        for (int i = 0; i < word.length(); i++) if (letters.indexOf(word.charAt(i)) >= 0) return true;
        return false;
    }
}
