package org.tarikh.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the persons of one resolution their ids, so that an id once given out names its person forever.
 *
 * <p>The rule, applied to the persons resolution finds among the document persons it re-read (a component: every
 * person sharing a blocking key, a previous id or an editor's decision with a changed document):
 * <ol>
 *   <li><b>Editors first.</b> A document person an editor placed in a person (a merge, a split: a pin) stays
 *       there: pinned members of one id are one person even when resolution would part them, and members pinned to
 *       two ids are two persons even when resolution would join them. A member nobody pinned goes with the pinned
 *       members it was resolved with (to the id holding the most evidence among them).</li>
 *   <li><b>Most evidence keeps the id.</b> Each remaining person takes the previous id of its members that holds
 *       the most of its evidence (mentions); each id goes to one person; ties go to the older id. So adding
 *       documents keeps every id, and when resolution splits a person, the part holding most of the evidence keeps
 *       the id and the other part gets a new one.</li>
 *   <li><b>Merged ids redirect.</b> A previous id no person took (its members joined another person) becomes a
 *       redirect to the person now holding most of its former evidence; every interface follows it.</li>
 *   <li><b>Gone ids stay gone.</b> A previous id whose members no document names any more (the documents changed)
 *       is gone; it is never given to anyone else.</li>
 *   <li><b>New ids</b> are made from the name ({@code p-seifullin-saken}), numbered when the name's id was ever
 *       given out before ({@code p-seifullin-saken-2}).</li>
 * </ol>
 * Deterministic: the same inputs give the same ids.
 */
public final class PersonIds {
    private PersonIds() {}

    /** An editor's decision that a document person belongs to {@code person}, made by change {@code change}. */
    public record Pin(String person, String change) {}

    /**
     * What one resolution gives: the active persons with their ids, ids that now redirect (old → survivor), ids
     * gone, and the ids made new.
     */
    public record Outcome(List<ResolvedPerson> persons, Map<String, String> redirects, Set<String> gone,
                          Set<String> created) {}

    /**
     * @param groups   the persons resolution found in the component
     * @param previous each member's id before ({@link DocumentPerson#memberKey} → person id), for members that had one
     * @param pins     editors' decisions on members of the component
     * @param seq      when each previous id was made (smaller is older)
     * @param given    which of some ids were ever given out, in this archive (for new ids); asked once for the names'
     *                 ids, then only for the rare id whose name another person took
     */
    public static Outcome assign(PersonResolver resolver, List<PersonResolver.Group> groups, Map<String, String> previous,
                                 Map<String, Pin> pins, Map<String, Long> seq,
                                 java.util.function.Function<java.util.Collection<String>, Set<String>> given) {
        Comparator<String> older = Comparator.<String>comparingLong(id -> seq.getOrDefault(id, Long.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
        // 1. editors' pins: members pinned to one id are one part; the rest of a group follows its pinned members
        List<Part> parts = new ArrayList<>();
        Map<String, Part> pinned = new LinkedHashMap<>();
        for (PersonResolver.Group g : groups) {
            Map<String, List<DocumentPerson>> byPin = new LinkedHashMap<>();
            List<DocumentPerson> free = new ArrayList<>();
            for (DocumentPerson m : g.members()) {
                Pin pin = pins.get(m.memberKey());
                if (pin == null) free.add(m);
                else byPin.computeIfAbsent(pin.person(), k -> new ArrayList<>()).add(m);
            }
            if (byPin.isEmpty()) {
                parts.add(new Part(new ArrayList<>(g.members()), new LinkedHashMap<>(g.reasons()), null));
                continue;
            }
            String host = byPin.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, List<DocumentPerson>>>comparingInt(e -> evidence(e.getValue()))
                            .thenComparing(Map.Entry::getKey, older.reversed()))
                    .orElseThrow().getKey();
            for (var e : byPin.entrySet()) {
                Part part = pinned.computeIfAbsent(e.getKey(), id -> new Part(new ArrayList<>(), new LinkedHashMap<>(), id));
                for (DocumentPerson m : e.getValue()) {
                    part.members.add(m);
                    part.reasons.put(m.memberKey(), "placed in " + e.getKey() + " by an editor (change "
                            + pins.get(m.memberKey()).change() + ")");
                }
                if (e.getKey().equals(host)) {
                    for (DocumentPerson m : free) {
                        part.members.add(m);
                        part.reasons.put(m.memberKey(), g.reasons().getOrDefault(m.memberKey(), ""));
                    }
                }
            }
        }
        parts.addAll(pinned.values());
        // 2. most evidence keeps the id
        Set<String> taken = new HashSet<>(pinned.keySet());
        record Claim(int part, String id, int weight) {}
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part.id != null) continue;
            Map<String, Integer> weights = new HashMap<>();
            for (DocumentPerson m : part.members) {
                String id = previous.get(m.memberKey());
                if (id != null && !taken.contains(id)) weights.merge(id, weight(m), Integer::sum);
            }
            int index = i;
            weights.forEach((id, w) -> claims.add(new Claim(index, id, w)));
        }
        claims.sort(Comparator.comparingInt(Claim::weight).reversed()
                .thenComparing(Claim::id, older).thenComparingInt(Claim::part));
        for (Claim c : claims) {
            Part part = parts.get(c.part);
            if (part.id != null || taken.contains(c.id)) continue;
            part.id = c.id;
            taken.add(c.id);
        }
        // 5. new ids from the name
        Set<String> created = new java.util.LinkedHashSet<>();
        List<ResolvedPerson> persons = new ArrayList<>();
        List<PersonResolver.Group> descriptions = new ArrayList<>(parts.size());
        Set<String> bases = new HashSet<>();
        descriptions.addAll(PersonResolver.inOrder(parts, part -> resolver.describe(part.members, part.reasons)));
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).id == null) bases.add(descriptions.get(i).idBase());
        }
        Set<String> givenBases = bases.isEmpty() ? Set.of() : given.apply(bases);
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            PersonResolver.Group described = descriptions.get(i);
            if (part.id == null) {
                String base = described.idBase();
                String id = base;
                for (int n = 2; taken.contains(id) || (n == 2 ? givenBases.contains(id) : !given.apply(Set.of(id)).isEmpty());
                     n++) {
                    id = base + "-" + n;
                }
                part.id = id;
                taken.add(id);
                created.add(id);
            }
            persons.add(new ResolvedPerson(part.id, described.name(), described.names(), described.members(),
                    described.reasons()));
        }
        persons.sort(Comparator.comparing(ResolvedPerson::id));
        // 3 and 4. ids no person took: a redirect to the holder of most of their evidence, or gone
        Map<String, Map<String, Integer>> heldBy = new HashMap<>();
        for (Part part : parts) {
            for (DocumentPerson m : part.members) {
                String id = previous.get(m.memberKey());
                if (id != null && !id.equals(part.id)) {
                    heldBy.computeIfAbsent(id, k -> new HashMap<>()).merge(part.id, weight(m), Integer::sum);
                }
            }
        }
        Map<String, String> redirects = new java.util.TreeMap<>();
        Set<String> gone = new java.util.TreeSet<>();
        Set<String> before = new java.util.TreeSet<>(previous.values());
        for (Pin pin : pins.values()) before.add(pin.person());
        for (String id : before) {
            if (taken.contains(id)) continue;
            Map<String, Integer> holders = heldBy.get(id);
            if (holders == null) {
                gone.add(id);
            } else {
                redirects.put(id, holders.entrySet().stream()
                        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                                .thenComparing(Map.Entry::getKey, older.reversed()))
                        .orElseThrow().getKey());
            }
        }
        return new Outcome(persons, redirects, gone, created);
    }

    private static final class Part {
        final List<DocumentPerson> members;
        final Map<String, String> reasons;
        String id;

        Part(List<DocumentPerson> members, Map<String, String> reasons, String id) {
            this.members = members;
            this.reasons = reasons;
            this.id = id;
        }
    }

    static int weight(DocumentPerson m) {
        return Math.max(1, m.mentions().size());
    }

    static int evidence(List<DocumentPerson> members) {
        int n = 0;
        for (DocumentPerson m : members) n += weight(m);
        return n;
    }
}
