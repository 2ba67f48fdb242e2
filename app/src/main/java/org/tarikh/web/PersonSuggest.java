package org.tarikh.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.resolve.ResolvedPerson;

/**
 * Type-ahead over the archive's persons, as OpenRefine's suggest widget needs it: what a user has typed so far is
 * the beginning of words of a name. A person is suggested when every typed word begins some word of any of its
 * name forms, as written (case and Unicode form aside: {@code "сейфу"} begins {@code "Сейфуллин"}) or in another
 * script or spelling ({@code "Seifu"} and {@code "Сейфу"} both begin {@code "Сейфуллин"}, compared through the
 * script-independent {@link NameKeyer} key of each word).
 *
 * <p>Order: persons whose whole name form begins with the typed text first, then those where a typed word begins
 * the longer share of a name word, then the persons more documents mention, then the name. Immutable and
 * thread-safe; built once over the persons it is given.
 */
final class PersonSuggest {
    /** A typed word shorter than this is compared as written only: the key of one or two letters says too little. */
    private static final int MIN_KEY = 2;
    private final NameKeyer keyer = new NameKeyer();
    private final List<Entry> entries = new ArrayList<>();

    private record Word(String text, String key) {}

    private record Entry(ResolvedPerson person, List<String> forms, List<Word> words, int documents) {}

    /** One suggestion: the person and how well the typed text fits (higher first). */
    record Hit(ResolvedPerson person, double fit, int documents) {}

    PersonSuggest(List<ResolvedPerson> persons) {
        for (ResolvedPerson p : persons) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(normal(p.name()));
            p.names().forEach(n -> forms.add(normal(n)));
            p.members().forEach(m -> forms.add(normal(m.name())));
            forms.remove("");
            Set<String> seen = new LinkedHashSet<>();
            List<Word> words = new ArrayList<>();
            for (String form : forms) {
                for (String w : words(form)) {
                    if (seen.add(w)) words.add(new Word(w, keyer.key(w)));
                }
            }
            int documents = (int) p.members().stream().map(m -> m.documentId()).distinct().count();
            entries.add(new Entry(p, List.copyOf(forms), List.copyOf(words), documents));
        }
    }

    /** The persons the typed text begins a name of, best first, at most {@code limit} from {@code offset}. */
    List<Hit> suggest(String typed, int offset, int limit) {
        String text = normal(typed);
        List<String> typedWords = words(text);
        if (typedWords.isEmpty()) return List.of();
        List<String> typedKeys = typedWords.stream().map(keyer::key).toList();
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            double fit = 0;
            boolean all = true;
            for (int i = 0; i < typedWords.size() && all; i++) {
                double best = 0;
                for (Word w : e.words()) best = Math.max(best, begins(typedWords.get(i), typedKeys.get(i), w));
                if (best == 0) all = false;
                fit += best;
            }
            if (!all) continue;
            fit /= typedWords.size();
            String joined = String.join(" ", typedWords);
            if (e.forms().stream().anyMatch(f -> String.join(" ", words(f)).startsWith(joined))) fit += 1;
            hits.add(new Hit(e.person(), fit, e.documents()));
        }
        Comparator<Hit> order = Comparator.comparingDouble((Hit h) -> -h.fit())
                .thenComparingInt(h -> -h.documents())
                .thenComparing(h -> h.person().name());
        hits.sort(order);
        if (offset >= hits.size()) return List.of();
        return List.copyOf(hits.subList(offset, Math.min(hits.size(), offset + limit)));
    }

    /**
     * How far the typed word begins the name word: the share of the name word it covers when it begins it as
     * written, a little less when only their keys agree, 0 when it does not begin it.
     */
    private static double begins(String typed, String typedKey, Word word) {
        if (word.text().startsWith(typed)) return (double) typed.length() / word.text().length();
        if (typedKey.length() >= MIN_KEY && word.key().startsWith(typedKey)) {
            return 0.9 * typedKey.length() / Math.max(1, word.key().length());
        }
        return 0;
    }

    /** Lower case in Unicode composed form, dotted and dotless i kept apart by the root locale. */
    static String normal(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }

    /** The words of a name: runs of letters (apostrophes and hyphens inside a word split it, as initials do). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                w.appendCodePoint(cp);
            } else if (!w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
        });
        if (!w.isEmpty()) out.add(w.toString());
        return out;
    }
}
