package org.tarikh.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tarikh.extract.Mention;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.extract.names.PersonName;
import org.tarikh.extract.names.PersonName.Gender;

/**
 * Resolves the persons that documents name into archive persons, across documents, scripts and spellings.
 *
 * <p>Rules, in order (each merge records its reason):
 * <ol>
 *   <li>Only persons whose surnames share a key ({@link NameKeyer}) can be one person: Аймауытов, Aymautov and
 *       Ajmauytov meet; Лекеров and Лекерова do not (a female form is another person). A surname and a patronym
 *       of one family (see {@code joinPatronymForms} and {@code joinLoneFamilyForms}) and rule 5 are the only
 *       joins across keys.</li>
 *   <li>Two persons with given names are one when the given names share a key and nothing else disagrees
 *       (gender, patronymic).</li>
 *   <li>A person known by initials only ({@code С. Сейфуллин}) joins the one person of that surname whose given
 *       name starts with the initial; when two such persons exist it joins neither ({@code Б. Майлин} never joins a
 *       {@code С. Майлин}, and is not guessed between two Б-names).</li>
 *   <li>A person known by surname only joins the one person of that surname, if there is exactly one; else the
 *       surname-only mentions of the name stay a record of their own. A surname in the other form of a Kazakh
 *       family name counts as that surname when no named person bears the form itself ({@code Аймауытұлы} joins
 *       the only Aimauytov).</li>
 *   <li>A surname written alone whose key differs from a named person's surname key only in its vowels joins that
 *       person ({@code Goloshikin} joins {@code Philip Goloshchekin}): Russian unstressed vowels are reduced (о and
 *       а, е, и and я are heard alike) and transliterators and OCR confuse vowels, rarely consonants. It takes the
 *       same consonants in the same order and the same number of syllables (one {@link NameKeyer#frame vowel
 *       frame}), at least {@value #MIN_FRAME_SYLLABLES} syllables (short frames are shared by many surnames:
 *       Калиев, Кулиев, Алиев), keys at most one edit per two syllables apart, agreeing gender, and that person
 *       must be the only named person in the archive with that frame. Nurmakov never joins Kurmakov (another
 *       consonant); Кежанов joins neither Қожанов nor Қажанов when both are in the archive.</li>
 *   <li>Persons without a surname (a given name alone) are never merged across documents.</li>
 * </ol>
 * Leaving two records apart is preferred to merging two people.
 *
 * <p>Deterministic: the same inputs give the same persons and ids in any order. Thread-safe.
 */
public final class PersonResolver {
    static final int MIN_FRAME_SYLLABLES = 3;

    private final NameKeyer keyer;

    public PersonResolver(NameKeyer keyer) {
        this.keyer = keyer;
    }

    private record Keyed(DocumentPerson person, String surnameKey, String givenKey, String initialKey,
                         String patronymicKey, Gender gender) {
        boolean named() {
            return givenKey != null || initialKey != null;
        }
    }

    public List<ResolvedPerson> resolve(List<DocumentPerson> persons) {
        List<DocumentPerson> sorted = new ArrayList<>(persons);
        sorted.sort(Comparator.comparing(DocumentPerson::memberKey));
        Map<String, List<Keyed>> blocks = new TreeMap<>();
        List<ResolvedPerson> out = new ArrayList<>();
        List<List<Keyed>> groups = new ArrayList<>();
        Map<String, String> reasons = new HashMap<>();
        for (DocumentPerson p : sorted) {
            Keyed k = keyed(p);
            if (k.surnameKey == null) {
                groups.add(List.of(k));
                reasons.put(p.memberKey(), "named by given name only; not merged across documents");
            } else {
                blocks.computeIfAbsent(k.surnameKey, x -> new ArrayList<>()).add(k);
            }
        }
        for (List<Keyed> block : blocks.values()) groups.addAll(resolveBlock(block, reasons));
        groups = joinPatronymForms(groups, reasons);
        groups = joinLoneFamilyForms(groups, reasons);
        groups = joinVowelVariants(groups, reasons);
        Set<String> usedIds = new LinkedHashSet<>();
        for (List<Keyed> group : groups) {
            out.add(toPerson(group, reasons, usedIds));
        }
        out.sort(Comparator.comparing(ResolvedPerson::id));
        return out;
    }

    /**
     * Байтұрсынов and Байтұрсынұлы, Dulatov and Dulatuly: one family name written as a Russian surname and as a
     * Kazakh patronym. Surname keys differ, so such persons sit in different blocks; they are joined when their
     * family stems meet, their given names have one key and nothing else disagrees.
     */
    private List<List<Keyed>> joinPatronymForms(List<List<Keyed>> groups, Map<String, String> reasons) {
        Map<String, List<Keyed>> bySignature = new LinkedHashMap<>();
        List<List<Keyed>> out = new ArrayList<>();
        for (List<Keyed> group : groups) {
            Keyed named = group.stream().filter(k -> k.givenKey != null && k.person.parsed().surname() != null)
                    .findFirst().orElse(null);
            String stem = named == null ? null : familyStem(named.person.parsed().surname());
            if (stem == null || group.stream().anyMatch(k -> k.givenKey != null && !k.givenKey.equals(named.givenKey))) {
                out.add(group);
                continue;
            }
            String signature = stem + "|" + named.givenKey + "|" + named.gender;
            List<Keyed> home = bySignature.get(signature);
            if (home == null) {
                List<Keyed> copy = new ArrayList<>(group);
                bySignature.put(signature, copy);
                out.add(copy);
            } else {
                for (Keyed k : group) {
                    reasons.put(k.person.memberKey(), "family stem " + stem + " and given name key " + named.givenKey
                            + " agree with " + home.get(0).person.name() + " (a surname and a patronym of one family)");
                }
                home.addAll(group);
            }
        }
        return out;
    }

    /**
     * Rule 4 across the two forms of a Kazakh family name: a person known only by a surname in one form
     * ({@code Аймауытұлы}) joins the one named person whose surname is the other form of that family
     * ({@code Zhusupbek Aimauytov}), when no named person has the lone form itself (then rule 4 has decided) and
     * exactly one named person has the family stem.
     */
    private List<List<Keyed>> joinLoneFamilyForms(List<List<Keyed>> groups, Map<String, String> reasons) {
        Map<String, List<Integer>> namedByStem = new HashMap<>();
        Set<String> namedKeys = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Keyed> group = groups.get(i);
            if (group.stream().noneMatch(Keyed::named)) continue;
            Set<String> stems = new LinkedHashSet<>();
            for (Keyed k : group) {
                if (k.surnameKey == null) continue;
                namedKeys.add(k.surnameKey);
                String stem = familyStem(k.person.parsed().surname());
                if (stem != null) stems.add(stem);
            }
            for (String stem : stems) namedByStem.computeIfAbsent(stem, x -> new ArrayList<>()).add(i);
        }
        Set<Integer> joined = new LinkedHashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Keyed> lone = groups.get(i);
            String key = lone.get(0).surnameKey;
            if (key == null || namedKeys.contains(key)
                    || lone.stream().anyMatch(k -> k.named() || !key.equals(k.surnameKey))) continue;
            String stem = familyStem(lone.get(0).person.parsed().surname());
            List<Integer> candidates = stem == null ? List.of() : namedByStem.getOrDefault(stem, List.of());
            if (candidates.size() != 1) continue;
            List<Keyed> home = groups.get(candidates.get(0));
            if (!lone.stream().allMatch(k -> home.stream().allMatch(m -> compatible(m, k)))) continue;
            Keyed named = home.stream().filter(Keyed::named).findFirst().orElseThrow();
            for (Keyed k : lone) {
                reasons.put(k.person.memberKey(), "surname only; " + k.person.parsed().surname() + " and "
                        + named.person.parsed().surname() + " are two forms of the family name " + stem + ", and "
                        + named.person.name() + " is the only named person of that family");
            }
            home.addAll(lone);
            joined.add(i);
        }
        List<List<Keyed>> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) if (!joined.contains(i)) out.add(groups.get(i));
        return out;
    }

    /**
     * A person known only by a surname whose spelling differs from one named person's only in vowels joins that
     * person (rule 5 of the class comment). Groups are compared by position, not by equality of their contents.
     */
    private List<List<Keyed>> joinVowelVariants(List<List<Keyed>> groups, Map<String, String> reasons) {
        Map<String, List<Integer>> namedByFrame = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Keyed> group = groups.get(i);
            if (group.stream().noneMatch(Keyed::named)) continue;
            Set<String> frames = new LinkedHashSet<>();
            for (Keyed k : group) if (k.surnameKey != null) frames.add(NameKeyer.frame(k.surnameKey));
            for (String frame : frames) namedByFrame.computeIfAbsent(frame, f -> new ArrayList<>()).add(i);
        }
        Set<Integer> joined = new LinkedHashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Keyed> lone = groups.get(i);
            String key = lone.get(0).surnameKey;
            if (key == null || lone.stream().anyMatch(k -> k.named() || !key.equals(k.surnameKey))) continue;
            String frame = NameKeyer.frame(key);
            int syllables = syllables(frame);
            if (syllables < MIN_FRAME_SYLLABLES) continue;
            List<Integer> candidates = namedByFrame.getOrDefault(frame, List.of());
            if (candidates.size() != 1) {
                if (candidates.size() > 1) {
                    for (Keyed k : lone) {
                        reasons.merge(k.person.memberKey(), "; " + candidates.size() + " named persons have the consonants "
                                + frame + " of surname key " + key + "; not guessed", String::concat);
                    }
                }
                continue;
            }
            List<Keyed> home = groups.get(candidates.get(0));
            if (!lone.stream().allMatch(k -> home.stream().allMatch(m -> compatible(m, k)))) continue;
            Keyed nearest = null;
            int distance = Integer.MAX_VALUE;
            for (Keyed m : home) {
                if (m.surnameKey == null || !frame.equals(NameKeyer.frame(m.surnameKey))) continue;
                int d = editDistance(key, m.surnameKey);
                if (d < distance) {
                    distance = d;
                    nearest = m;
                }
            }
            if (nearest == null || distance > syllables / 2) continue;
            Keyed named = home.stream().filter(Keyed::named).findFirst().orElseThrow();
            for (Keyed k : lone) {
                reasons.put(k.person.memberKey(), "surname only; surname key " + key + " differs from " + nearest.surnameKey
                        + " (" + nearest.person.name() + ") only in vowels (" + distance + " letters over " + syllables
                        + " syllables; consonants " + frame + "), and " + named.person.name()
                        + " is the only named person with those consonants");
            }
            home.addAll(lone);
            joined.add(i);
        }
        List<List<Keyed>> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) if (!joined.contains(i)) out.add(groups.get(i));
        return out;
    }

    private static int syllables(String frame) {
        int n = 0;
        for (int i = 0; i < frame.length(); i++) if (frame.charAt(i) == '.') n++;
        return n;
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one letter each count one. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private String familyStem(String surname) {
        List<String> keys = keyer.keys(surname);
        return keys.size() > 1 && keys.get(1).length() >= 4 ? keys.get(1) : null;
    }

    private Keyed keyed(DocumentPerson p) {
        PersonName n = p.parsed();
        String surname = blankToNull(key(n.surname()));
        String given = blankToNull(key(n.givenName()));
        String initial = given == null && !n.initials().isEmpty() ? blankToNull(key(n.initials().get(0))) : null;
        return new Keyed(p, surname, given, initial, blankToNull(key(n.patronymic())), n.gender());
    }

    private String key(String s) {
        return s == null ? null : keyer.key(s);
    }

    private List<List<Keyed>> resolveBlock(List<Keyed> block, Map<String, String> reasons) {
        List<List<Keyed>> clusters = new ArrayList<>();
        // 1. persons with a given name: one cluster per compatible given name
        for (Keyed k : block) {
            if (k.givenKey == null) continue;
            List<Keyed> home = null;
            for (List<Keyed> c : clusters) {
                if (c.stream().allMatch(m -> compatible(m, k)) && c.stream().anyMatch(m -> k.givenKey.equals(m.givenKey))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
                reasons.put(k.person.memberKey(), "first of its name: surname key " + k.surnameKey + ", given name key " + k.givenKey);
            } else {
                reasons.put(k.person.memberKey(), "surname key " + k.surnameKey + " and given name key " + k.givenKey
                        + " agree with " + home.get(0).person.name() + " (" + home.get(0).person.source() + ")");
            }
            home.add(k);
        }
        // 2. initials only: join the single compatible cluster, else group by initial
        Map<String, List<Keyed>> byInitial = new LinkedHashMap<>();
        for (Keyed k : block) {
            if (k.givenKey != null || k.initialKey == null) continue;
            List<List<Keyed>> fits = clusters.stream().filter(c -> c.stream().allMatch(m -> compatible(m, k))).toList();
            if (fits.size() == 1) {
                fits.get(0).add(k);
                reasons.put(k.person.memberKey(), "initial " + k.person.parsed().initials().get(0) + " fits the given name of "
                        + fits.get(0).get(0).person.name() + ", the only person of surname key " + k.surnameKey + " it fits");
            } else {
                byInitial.computeIfAbsent(k.initialKey + "|" + k.gender, x -> new ArrayList<>()).add(k);
                reasons.put(k.person.memberKey(), fits.isEmpty()
                        ? "initial " + k.initialKey + " fits no named person of surname key " + k.surnameKey
                        : "initial " + k.initialKey + " fits " + fits.size() + " persons of surname key " + k.surnameKey + "; not guessed");
            }
        }
        clusters.addAll(byInitial.values());
        // 3. surname only: join the single compatible cluster, else stay together apart
        List<Keyed> surnameOnly = block.stream().filter(k -> !k.named()).toList();
        List<Keyed> leftover = new ArrayList<>();
        for (Keyed k : surnameOnly) {
            List<List<Keyed>> fits = clusters.stream().filter(c -> c.stream().allMatch(m -> compatible(m, k))).toList();
            if (fits.size() == 1) {
                fits.get(0).add(k);
                reasons.put(k.person.memberKey(), "surname only; " + fits.get(0).get(0).person.name()
                        + " is the only person of surname key " + k.surnameKey);
            } else {
                leftover.add(k);
                reasons.put(k.person.memberKey(), fits.isEmpty()
                        ? "surname only; surname key " + k.surnameKey
                        : "surname only, and " + fits.size() + " persons bear surname key " + k.surnameKey + "; not guessed");
            }
        }
        if (!leftover.isEmpty()) clusters.add(leftover);
        return clusters;
    }

    /** Nothing the two name forms say disagrees (given-name agreement is checked by the caller where needed). */
    private static boolean compatible(Keyed a, Keyed b) {
        if (a.gender != Gender.UNKNOWN && b.gender != Gender.UNKNOWN && a.gender != b.gender) return false;
        if (a.givenKey != null && b.givenKey != null && !a.givenKey.equals(b.givenKey)) return false;
        if (a.givenKey != null && b.initialKey != null && !a.givenKey.startsWith(b.initialKey)) return false;
        if (b.givenKey != null && a.initialKey != null && !b.givenKey.startsWith(a.initialKey)) return false;
        if (a.initialKey != null && b.initialKey != null && !a.initialKey.equals(b.initialKey)) return false;
        return a.patronymicKey == null || b.patronymicKey == null || a.patronymicKey.equals(b.patronymicKey);
    }

    private ResolvedPerson toPerson(List<Keyed> group, Map<String, String> reasons, Set<String> usedIds) {
        List<DocumentPerson> members = group.stream().map(Keyed::person).sorted(Comparator.comparing(DocumentPerson::memberKey)).toList();
        Map<String, Integer> fullForms = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (DocumentPerson m : members) {
            names.add(m.name());
            for (Mention mention : m.mentions()) names.add(mention.text());
            fullForms.merge(m.name(), m.parsed().givenName() != null && m.parsed().surname() != null ? 3 : 1, Integer::sum);
        }
        String display = fullForms.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(members.get(0).name());
        Keyed first = group.get(0);
        String given = group.stream().map(Keyed::givenKey).filter(g -> g != null).findFirst()
                .orElse(group.stream().map(Keyed::initialKey).filter(g -> g != null).findFirst().orElse(null));
        String base = "p-" + (first.surnameKey == null ? "" : first.surnameKey)
                + (given == null ? "" : (first.surnameKey == null ? "" : "-") + given);
        if (first.gender == Gender.FEMALE) base += "-f";
        String id = base;
        for (int n = 2; usedIds.contains(id); n++) id = base + "-" + n;
        usedIds.add(id);
        Map<String, String> why = new LinkedHashMap<>();
        for (DocumentPerson m : members) why.put(m.memberKey(), reasons.getOrDefault(m.memberKey(), ""));
        return new ResolvedPerson(id, display, new ArrayList<>(names), members, why);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
