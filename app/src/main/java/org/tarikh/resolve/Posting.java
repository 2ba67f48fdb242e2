package org.tarikh.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.tarikh.lexicon.NameKeyer;

/**
 * The persons under one surname key of the {@link Reconciler}, with a second index inside them for a look-up that
 * gives more than the surname.
 *
 * <p>A common surname is borne by thousands of persons in a large archive, and its family grows with the archive.
 * A look-up of a full name ({@code Жүсіпбек Аймауытов}) or of an initial and a surname ({@code Zh. Aimauytov})
 * can raise only the persons whose given name agrees (the same key, a key of the same core, the same consonants
 * and syllables) or starts with the initial, the persons the sources give no given name, and the persons whose
 * patronymic or birth year is the one asked: {@link #wanted} finds those through the given-name keys, the
 * patronymics and the birth years of the key's persons. Every other person of the key has a given name that
 * disagrees and is scored alike (the surname's points less 50, less again for a patronymic or a birth year that
 * disagrees): the reconciler takes only as many of them as it can give out, by id ({@link #others}), instead of
 * scoring all of them.
 *
 * <p>A surname alone is answered from the key's persons in id order and in order of documents
 * ({@link Reconciler}): its best-known bearer and the first persons by id, not every person of the family.
 *
 * <p>A key of at most {@value #INDEXED} persons is not indexed further: its persons are tested one by one.
 */
final class Posting {
    static final int INDEXED = 24;
    private static final Comparator<Reconciler.Profile> BY_ID = Comparator.comparing(p -> p.person().id());
    // a stable sort keeps the given order among persons of as many documents
    private static final Comparator<Reconciler.Profile> BY_DOCUMENTS = Comparator.comparingInt(Reconciler.Profile::documents).reversed();

    /** The key's persons in the order the reconciler was given them. */
    final List<Reconciler.Profile> all;
    // the rest only for a key of more than INDEXED persons; null otherwise
    private final NavigableMap<String, List<Reconciler.Profile>> byGiven;
    private final Map<String, List<String>> givenKeysByFrame;
    private final List<Reconciler.Profile> noGiven;
    private final Map<String, List<Reconciler.Profile>> byPatronymic;
    private final Map<Integer, List<Reconciler.Profile>> byBirthYear;
    private final Reconciler.Profile[] byId;
    private final Reconciler.Profile[] byDocuments;

    /**
     * What a look-up asks beyond the surname: a given-name key or an initial's key (one of them), a patronymic key,
     * a birth year; each null when not asked.
     */
    record Wanted(String givenKey, String initialKey, String patronymicKey, Integer birthYear, String givenCore,
                  String givenFrame) {
        Wanted(String givenKey, String initialKey, String patronymicKey, Integer birthYear) {
            this(givenKey, initialKey, patronymicKey, birthYear, givenKey == null ? null : PersonResolver.givenCore(givenKey),
                    givenKey != null && Reconciler.manySyllables(givenKey) ? NameKeyer.frame(givenKey) : null);
        }

        Wanted {
            if ((givenKey == null) == (initialKey == null)) {
                throw new IllegalArgumentException("a given name or an initial, one of them");
            }
        }

        /**
         * Whether the look-up may score {@code p} above a person whose given name disagrees: exactly the persons
         * {@link #wanted} must find.
         */
        boolean raises(Reconciler.Profile p) {
            if (p.givenKeys().isEmpty()) return true;
            if (patronymicKey != null && p.patronymicKeys().contains(patronymicKey)) return true;
            if (birthYear != null && p.birthYears().contains(birthYear)) return true;
            for (String g : p.givenKeys()) {
                if (givenKey == null) {
                    if (g.startsWith(initialKey)) return true;
                } else if (g.startsWith(givenCore) && PersonResolver.sameGivenName(g, givenKey)
                        || givenFrame != null && givenFrame.equals(NameKeyer.frame(g))) {
                    // a key of the same core starts with it; the same frame of two syllables or more: sameVowelFrame
                    return true;
                }
            }
            return false;
        }
    }

    Posting(Collection<Reconciler.Profile> persons) {
        this.all = List.copyOf(persons);
        if (all.size() <= INDEXED) {
            byGiven = null;
            givenKeysByFrame = null;
            noGiven = null;
            byPatronymic = null;
            byBirthYear = null;
            byId = null;
            byDocuments = null;
            return;
        }
        TreeMap<String, List<Reconciler.Profile>> given = new TreeMap<>();
        Map<String, Set<String>> frames = new HashMap<>();
        List<Reconciler.Profile> none = new ArrayList<>();
        Map<String, List<Reconciler.Profile>> patronymics = new HashMap<>();
        Map<Integer, List<Reconciler.Profile>> born = new HashMap<>();
        for (Reconciler.Profile p : all) {
            if (p.givenKeys().isEmpty()) none.add(p);
            for (String g : p.givenKeys()) {
                given.computeIfAbsent(g, k -> new ArrayList<>(2)).add(p);
                if (Reconciler.manySyllables(g)) frames.computeIfAbsent(NameKeyer.frame(g), k -> new LinkedHashSet<>()).add(g);
            }
            for (String k : p.patronymicKeys()) patronymics.computeIfAbsent(k, x -> new ArrayList<>(2)).add(p);
            for (Integer y : p.birthYears()) born.computeIfAbsent(y, x -> new ArrayList<>(2)).add(p);
        }
        given.replaceAll((k, v) -> List.copyOf(v));
        this.byGiven = given;
        Map<String, List<String>> frameKeys = new HashMap<>();
        frames.forEach((frame, keys) -> frameKeys.put(frame, List.copyOf(keys)));
        this.givenKeysByFrame = frameKeys;
        this.noGiven = List.copyOf(none);
        patronymics.replaceAll((k, v) -> List.copyOf(v));
        this.byPatronymic = patronymics;
        born.replaceAll((k, v) -> List.copyOf(v));
        this.byBirthYear = born;
        this.byId = all.toArray(new Reconciler.Profile[0]);
        Arrays.sort(byId, BY_ID);
        this.byDocuments = all.toArray(new Reconciler.Profile[0]);
        Arrays.sort(byDocuments, BY_DOCUMENTS);
    }

    /** The key's persons by id. */
    Reconciler.Profile[] inIdOrder() {
        if (byId != null) return byId;
        Reconciler.Profile[] out = all.toArray(new Reconciler.Profile[0]);
        Arrays.sort(out, BY_ID);
        return out;
    }

    /** The key's persons named in more documents first; among as many, in the order the reconciler was given them. */
    Reconciler.Profile[] inDocumentOrder() {
        if (byDocuments != null) return byDocuments;
        Reconciler.Profile[] out = all.toArray(new Reconciler.Profile[0]);
        Arrays.sort(out, BY_DOCUMENTS);
        return out;
    }

    /**
     * The persons of this key that {@code w} {@link Wanted#raises}, each once, in no particular order: found
     * through the index, or by testing each person of a small key.
     */
    List<Reconciler.Profile> wanted(Wanted w) {
        if (byGiven == null) {
            List<Reconciler.Profile> out = new ArrayList<>();
            for (Reconciler.Profile p : all) if (w.raises(p)) out.add(p);
            return out;
        }
        Set<Reconciler.Profile> out = new LinkedHashSet<>(noGiven);
        if (w.givenKey() != null) {
            // a key of the same core starts with that core (PersonResolver.sameGivenName)
            addStartingWith(w.givenCore(), out);
            if (w.givenFrame() != null) {
                for (String g : givenKeysByFrame.getOrDefault(w.givenFrame(), List.of())) {
                    out.addAll(byGiven.get(g));
                }
            }
        } else {
            addStartingWith(w.initialKey(), out);
        }
        if (w.patronymicKey() != null) out.addAll(byPatronymic.getOrDefault(w.patronymicKey(), List.of()));
        if (w.birthYear() != null) out.addAll(byBirthYear.getOrDefault(w.birthYear(), List.of()));
        out.removeIf(p -> !w.raises(p));
        return List.copyOf(out);
    }

    private void addStartingWith(String prefix, Set<Reconciler.Profile> out) {
        for (List<Reconciler.Profile> ps : byGiven.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
            out.addAll(ps);
        }
    }

    /**
     * The first {@code n} persons by id that {@code w} does not {@link Wanted#raises} and {@code admit} takes:
     * walking the key's persons in id order, and stopping there, for an indexed key.
     */
    List<Reconciler.Profile> others(Wanted w, Predicate<Reconciler.Profile> admit, int n) {
        List<Reconciler.Profile> out = new ArrayList<>(Math.min(n, 16));
        if (n <= 0) return out;
        if (byId == null) {
            for (Reconciler.Profile p : all) if (admit.test(p) && !w.raises(p)) out.add(p);
            out.sort(BY_ID);
            return out.size() > n ? new ArrayList<>(out.subList(0, n)) : out;
        }
        for (Reconciler.Profile p : byId) {
            if (admit.test(p) && !w.raises(p)) {
                out.add(p);
                if (out.size() == n) break;
            }
        }
        return out;
    }
}
