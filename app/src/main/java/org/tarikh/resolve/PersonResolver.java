package org.tarikh.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tarikh.extract.Mention;
import org.tarikh.extract.names.NameKeyer;
import org.tarikh.extract.names.PersonName;
import org.tarikh.extract.names.PersonName.Gender;

/**
 * Resolves the persons that documents name into archive persons, across documents, scripts and spellings.
 *
 * <p>Rules, in order (each merge records its reason):
 * <ol>
 *   <li>Only persons whose surnames share a key ({@link NameKeyer}) can be one person: Аймауытов, Aymautov and
 *       Ajmauytov meet; Лекеров and Лекерова do not (a female form is another person).</li>
 *   <li>Two persons with given names are one when the given names share a key and nothing else disagrees
 *       (gender, patronymic).</li>
 *   <li>A person known by initials only ({@code С. Сейфуллин}) joins the one person of that surname whose given
 *       name starts with the initial; when two such persons exist it joins neither ({@code Б. Майлин} never joins a
 *       {@code С. Майлин}, and is not guessed between two Б-names).</li>
 *   <li>A person known by surname only joins the one person of that surname, if there is exactly one; else the
 *       surname-only mentions of the name stay a record of their own.</li>
 *   <li>Persons without a surname (a given name alone) are never merged across documents.</li>
 * </ol>
 * Leaving two records apart is preferred to merging two people.
 *
 * <p>Deterministic: the same inputs give the same persons and ids in any order. Thread-safe.
 */
public final class PersonResolver {
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
