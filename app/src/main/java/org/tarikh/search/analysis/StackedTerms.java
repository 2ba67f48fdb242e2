package org.tarikh.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.ibm.icu.text.Normalizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * The terms one lower-cased word is indexed or searched under at its position, in order: the word, then each of its
 * stems ({@link WordStems}), each folded as {@link ICUFoldingFilter} folds ({@code ё}→{@code е}, accents removed;
 * Kazakh letters stay) and each followed by its script-independent key and, for the key of a Kazakh patronymic
 * surname, the key of its Russian {@code -ов} form ({@link #russianSurnameKey}); every term once. Example:
 * {@code ("сейфуллиннің", kk)} → {@code [сейфуллиннің, seifulunnin, сейфуллин, seifulun]}.
 *
 * <p>Rules for keys: a term with a digit gets none ({@code 1937}, {@code 58-2}: a key without the digits would lie);
 * a stem under three letters gets none (Kazakh {@code ата} stems to {@code ат}, keyed {@code at}, the English
 * preposition); a key equal to its term is not repeated.
 *
 * <p>Why one step and a cache: these terms depend only on the word, on whether the text around it is Kazakh,
 * Russian or another language (all {@link WordStems} tells apart) and on this instance's keyer and switches, while
 * a few thousand words make most tokens of an archive. Stacking stems, folding, keying and removing duplicates as
 * four token filters cost a third of the index's time on the writing thread (two cache look-ups, a Unicode check
 * and a state copy per term); now a word seen before costs one look-up. The filters this replaced are kept in the
 * tests as the specification ({@code StackedTermsTest}). Thread-safe; the keyer must be thread-safe and a function
 * of the word alone.
 */
public final class StackedTerms {
    /** Words cached per kind of language; the least used go first when it is full. */
    static final int CACHED_WORDS = 100_000;
    /** Longer words (a URL, a run of letters without spaces) are expanded each time and not kept. */
    private static final int CACHED_LENGTH = 40;
    private static final Normalizer.QuickCheckResult FOLDED = Normalizer.YES;

    private final UnaryOperator<String> keyer;
    private final boolean stems;
    private final boolean keys;
    /** By kind of language as {@link WordStems} tells them apart: Kazakh, Russian, any other or unknown. */
    private final List<Cache<String, String[]>> cache = List.of(newCache(), newCache(), newCache());

    /**
     * @param keyer the script-independent key of a word
     * @param stems whether stems are stacked (off: to measure what they buy)
     * @param keys  whether keys are stacked
     */
    public StackedTerms(UnaryOperator<String> keyer, boolean stems, boolean keys) {
        this.keyer = keyer;
        this.stems = stems;
        this.keys = keys;
    }

    private static Cache<String, String[]> newCache() {
        return Caffeine.newBuilder().maximumSize(CACHED_WORDS).recordStats().build();
    }

    /** Whether a position's terms must be told apart from each other (only one term without stems and keys). */
    boolean stacks() {
        return stems || keys;
    }

    /** This instance's hits and misses so far, every kind of language together. */
    public CacheStats cacheStats() {
        CacheStats all = CacheStats.empty();
        for (Cache<String, String[]> c : cache) all = all.plus(c.stats());
        return all;
    }

    /**
     * The terms of a word that begins its position.
     *
     * @param word     lower-cased, unfolded (the Kazakh stemmer needs й and the Kazakh Latin letters)
     * @param language ISO 639-1 code of the text around the word, or null when unknown (queries: every stemmer)
     * @param stemmer  the caller's stemmer (not thread-safe), used when the word was not seen before
     * @return the terms, word first; not to be modified
     */
    String[] of(String word, String language, WordStems stemmer) {
        if (word.length() > CACHED_LENGTH) return compute(word, false, language, stemmer);
        Cache<String, String[]> kind = cache.get("kk".equals(language) ? 0 : "ru".equals(language) ? 1 : 2);
        String[] known = kind.getIfPresent(word);
        if (known != null) return known;
        String[] terms = compute(word, false, language, stemmer);
        kind.put(word, terms);
        return terms;
    }

    /**
     * The terms of a word stacked on another one at its position (the year of a dotted date), which gets no key under
     * three letters as a stem does; not cached, such words are rare.
     */
    String[] ofStacked(String word, String language, WordStems stemmer) {
        return compute(word, true, language, stemmer);
    }

    private String[] compute(String word, boolean stacked, String language, WordStems stemmer) {
        List<String> terms = new ArrayList<>(6);
        addWithKeys(terms, fold(word), stacked);
        if (stems) {
            for (String stem : stemmer.stems(word, language)) addWithKeys(terms, fold(stem), true);
        }
        return terms.toArray(String[]::new);
    }

    private void addWithKeys(List<String> terms, String term, boolean stacked) {
        addOnce(terms, term);
        if (!keys || !lettersOnly(term) || (stacked && term.length() < 3)) return;
        String key = keyer.apply(term);
        if (key == null || key.isEmpty()) return;
        if (!key.equals(term)) addOnce(terms, key);
        String russian = russianSurnameKey(key);
        if (russian != null && !russian.equals(term)) addOnce(terms, russian);
    }

    private static void addOnce(List<String> terms, String term) {
        if (!terms.contains(term)) terms.add(term);
    }

    /** As {@link ICUFoldingFilter} folds a term. */
    private static String fold(String term) {
        return ICUFoldingFilter.NORMALIZER.quickCheck(term) == FOLDED ? term : ICUFoldingFilter.NORMALIZER.normalize(term);
    }

    /**
     * The key of the Russian {@code -ов} form of a Kazakh patronymic surname, from its key: {@code "dulatulu"} →
     * {@code "dulatuv"}; null when the key does not end in {@code "ulu"} after a stem of at least 4 letters (so short
     * words such as {@code "truly"} are left alone). One person is written both ways: {@code "Дулатұлы"} and
     * {@code "Дулатов"}.
     */
    static String russianSurnameKey(String key) {
        if (!key.endsWith("ulu") || key.length() - 3 < 4) return null;
        return key.substring(0, key.length() - 3) + "uv";
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) return false;
        }
        return true;
    }
}
