package org.tarikh.search;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of the archive's search beyond plain words, each of which can be switched off to measure what it buys
 * (the judged query set and the benchmark harness compare them). The archive always runs with {@link #ALL}.
 * Without any of them, text is Unicode words, lower-cased and folded ({@code ё}→{@code е}), as Lucene's standard
 * analysis gives it.
 */
public enum SearchFeature {
    /** Kazakh, Russian and English stems stacked on each word: {@code Сейфуллиннің} meets {@code Сейфуллин}. */
    STEMS,
    /** Script-independent keys stacked on each word: {@code Лекеров} meets {@code Lekerov}. */
    KEYS,
    /** Query expansion with the thesaurus's other labels: {@code ашаршылық} also searches {@code famine}. */
    THESAURUS,
    /** When nothing matches, a retry within one or two edits per word (OCR damage, misspellings). */
    NEAR_SPELLINGS;

    public static final Set<SearchFeature> ALL = Set.copyOf(EnumSet.allOf(SearchFeature.class));
    public static final Set<SearchFeature> NONE = Set.of();

    /** Parses {@code "stems,keys"}, {@code "all"} or {@code "none"}; the message names a bad part. */
    public static Set<SearchFeature> parse(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("all")) return ALL;
        if (t.equals("none") || t.isEmpty()) return NONE;
        EnumSet<SearchFeature> out = EnumSet.noneOf(SearchFeature.class);
        for (String part : t.split("[,+\\s]+")) {
            try {
                out.add(valueOf(part.replace('-', '_').toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown search feature '" + part
                        + "' (known: stems, keys, thesaurus, near_spellings, all, none)");
            }
        }
        return Set.copyOf(out);
    }
}
