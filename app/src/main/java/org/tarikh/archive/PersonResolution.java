package org.tarikh.archive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.PersonIds;
import org.tarikh.resolve.PersonResolver;
import org.tarikh.store.DocumentStore;

/**
 * Resolution that reads only what a change can touch. A new or changed document can only change the persons that
 * share a blocking key ({@link PersonResolver.BlockKeys}) with the persons it names, the persons its previous version
 * named, and whatever an editor tied to those: that closure (a component) is read by key, resolved by the same
 * rules as the whole archive would be, given ids by {@link PersonIds}, and written in one transaction. The cost of
 * adding a document therefore follows the size of the families it names, not the size of the archive.
 *
 * <p>The closure is exact: the resolver joins two persons only through a shared family key or a shared vowel frame
 * of the surname or family key (rule 5), so persons outside the component cannot change its result, and it cannot
 * change theirs.
 */
final class PersonResolution {
    /**
     * Documents resolved together. The documents of one ingest name the same families again and again, and each
     * round reads every family its documents name: rounds of 200 made an ingest of 1,000 generated documents read
     * those families five times (a fifth of its time). One round per 5,000 documents keeps the read once per batch.
     */
    private static final int DOCUMENTS_PER_ROUND = 5_000;

    private final DocumentStore store;
    private final PersonResolver resolver;

    PersonResolution(DocumentStore store, PersonResolver resolver) {
        this.store = store;
        this.resolver = resolver;
    }

    /** Resolves the persons of every document stored since its last resolution; returns how many documents. */
    int resolvePending() {
        int n = 0;
        List<String> pending;
        while (!(pending = store.unresolved(DOCUMENTS_PER_ROUND)).isEmpty()) {
            // a new document's plain mentions join their persons online where the rule allows it; the rest, and
            // every changed document, go through the component's full resolution
            Set<String> withHistory = new LinkedHashSet<>();
            for (String member : store.assignmentsInDocuments(pending).keySet()) withHistory.add(documentOf(member));
            for (String member : store.pinsInDocuments(pending).keySet()) withHistory.add(documentOf(member));
            List<DocumentPerson> rest = new ArrayList<>();
            Set<String> noLoneHolder = new HashSet<>();
            for (DocumentPerson p : store.documentPersonsIn(pending)) {
                if (withHistory.contains(p.documentId()) || !joinOnline(p, noLoneHolder)) rest.add(p);
            }
            if (!rest.isEmpty() || !withHistory.isEmpty()) {
                Component c = new Component();
                c.addDocuments(withHistory);
                for (DocumentPerson p : rest) c.add(p);
                c.close();
                resolve(c);
            }
            store.markResolved(pending);
            n += pending.size();
        }
        return n;
    }

    private static String documentOf(String memberKey) {
        return memberKey.substring(0, memberKey.indexOf('/'));
    }

    private final java.util.concurrent.atomic.AtomicLong joinedOnline = new java.util.concurrent.atomic.AtomicLong();

    /** How many document persons joined their person online ({@link PersonResolver#onlineJoin}) since the archive opened. */
    long joinedOnline() {
        return joinedOnline.get();
    }

    /**
     * Assigns a new document's person to the one archive person that takes it by {@link PersonResolver#onlineJoin}'s
     * rule, reading only the persons of its name (not its family's mentions); false when the rule does not decide.
     *
     * <p>{@code noLoneHolder} collects, for one round, the name keys that no single person holds: until the round's
     * full resolution, the persons holding a name key change only by a mention of that key joining its one holder
     * here, so a key held by none (every key of a new archive's first ingest) or by several stays so, and is not
     * read again for each of its mentions.
     */
    private boolean joinOnline(DocumentPerson p, Set<String> noLoneHolder) {
        PersonResolver.OnlineJoin join = resolver.onlineJoin(p);
        if (join == null || noLoneHolder.contains(join.nameKey())) return false;
        Map<String, Set<String>> holders = store.personsOfNameKey(join.nameKey(), 2).orElse(null);
        if (holders == null || holders.size() != 1 || holders.containsKey("?")) {
            noLoneHolder.add(join.nameKey());
            return false;
        }
        Map.Entry<String, Set<String>> holder = holders.entrySet().iterator().next();
        if (!PersonResolver.onlineFits(join, holder.getValue())) return false;
        if (!store.pinsOfPersons(List.of(holder.getKey())).isEmpty()) return false;
        store.addMember(holder.getKey(), p, "surname key, given name key and sex (" + join.formKey()
                + ") are those of another mention of this person, the only person of its family with that given name; "
                + "joined online");
        joinedOnline.incrementAndGet();
        return true;
    }

    /** Resolves again the persons around these person ids (after an editor's change). */
    void resolveAround(Collection<String> personIds) {
        Component c = new Component();
        c.addPersons(personIds);
        c.close();
        resolve(c);
    }

    /** Resolves the whole archive again, keeping every id the rule of {@link PersonIds} keeps. */
    void resolveAll() {
        Component c = new Component();
        List<String> documents = store.ids();
        for (DocumentPerson p : store.documentPersons()) c.persons.put(p.memberKey(), p);
        c.previous.putAll(store.assignmentsInDocuments(documents));
        c.pins.putAll(store.pinsInDocuments(documents));
        resolve(c);
        store.markResolved(documents);
    }

    private static final boolean TRACE = Boolean.getBoolean("tarikh.trace.resolution");

    private final java.util.concurrent.atomic.AtomicLong personsRead = new java.util.concurrent.atomic.AtomicLong();

    /** How many document persons resolutions have read so far: the work they did, whatever the machine's load. */
    long personsRead() {
        return personsRead.get();
    }

    private void resolve(Component c) {
        List<DocumentPerson> persons = new ArrayList<>(c.persons.values());
        personsRead.addAndGet(persons.size());
        if (TRACE) {
            System.err.println("resolution: component of " + persons.size() + " document persons, " + c.keysAsked.size()
                    + " keys: " + c.keysAsked.stream().limit(12).toList());
        }
        Map<String, PersonIds.Pin> pins = new LinkedHashMap<>();
        c.pins.forEach((member, pin) -> {
            if (c.persons.containsKey(member)) pins.put(member, pin); // a pin on a mention no document has any more binds nothing
        });
        Set<String> ids = new HashSet<>(c.previous.values());
        for (PersonIds.Pin pin : pins.values()) ids.add(pin.person());
        PersonIds.Outcome outcome = PersonIds.assign(resolver, resolver.group(persons, c.crowded), c.previous, pins,
                store.personSeq(ids), store::personIdsGiven);
        Set<String> members = new LinkedHashSet<>(c.previous.keySet());
        members.addAll(c.persons.keySet());
        store.applyResolution(members, outcome);
    }

    /** The document persons a change can touch, with their previous ids and pins, grown to closure. */
    private final class Component {
        final Map<String, DocumentPerson> persons = new LinkedHashMap<>();
        final Map<String, String> previous = new LinkedHashMap<>();
        final Map<String, PersonIds.Pin> pins = new LinkedHashMap<>();
        private final Set<String> keysAsked = new HashSet<>();
        /** Frames too many families share for rule 5 ({@link PersonResolver#CROWDED_FRAME_FAMILIES}): not followed. */
        final Set<String> crowded = new HashSet<>();
        private final Set<String> personsAsked = new HashSet<>();
        private final Set<String> documentsAsked = new HashSet<>();
        private final List<DocumentPerson> fresh = new ArrayList<>();

        void addDocuments(Collection<String> documents) {
            List<String> asked = documents.stream().filter(documentsAsked::add).toList();
            if (asked.isEmpty()) return;
            for (DocumentPerson p : store.documentPersonsIn(asked)) add(p);
            previous.putAll(store.assignmentsInDocuments(asked));
            pins.putAll(store.pinsInDocuments(asked));
        }

        void addPersons(Collection<String> ids) {
            List<String> asked = ids.stream().filter(personsAsked::add).toList();
            if (asked.isEmpty()) return;
            Map<String, String> members = store.assignmentsOfPersons(asked);
            Map<String, PersonIds.Pin> pinned = store.pinsOfPersons(asked);
            previous.putAll(members);
            pins.putAll(pinned);
            Set<String> wanted = new LinkedHashSet<>(members.keySet());
            wanted.addAll(pinned.keySet());
            wanted.removeAll(persons.keySet());
            addMembers(wanted);
        }

        /** The document persons with these member keys: read by their documents, the others of those documents left out. */
        private void addMembers(Set<String> memberKeys) {
            if (memberKeys.isEmpty()) return;
            Set<String> documents = new LinkedHashSet<>();
            for (String key : memberKeys) documents.add(key.substring(0, key.indexOf('/')));
            for (DocumentPerson p : store.documentPersonsIn(documents)) {
                if (memberKeys.contains(p.memberKey())) add(p);
            }
            Map<String, String> assigned = store.assignmentsInDocuments(documents);
            Map<String, PersonIds.Pin> pinned = store.pinsInDocuments(documents);
            for (String key : memberKeys) {
                if (assigned.containsKey(key)) previous.put(key, assigned.get(key));
                if (pinned.containsKey(key)) pins.put(key, pinned.get(key));
            }
        }

        private void add(DocumentPerson p) {
            if (persons.putIfAbsent(p.memberKey(), p) == null) fresh.add(p);
        }

        /** Grows the component until no key, id or pin leads out of it. */
        void close() {
            while (true) {
                Set<String> families = new LinkedHashSet<>(), surnameFrames = new LinkedHashSet<>(), familyFrames = new LinkedHashSet<>();
                Set<String> newMembers = new LinkedHashSet<>();
                for (DocumentPerson p : fresh) {
                    PersonResolver.BlockKeys k = resolver.blockKeys(p);
                    if (k.familyKey() != null && keysAsked.add("f:" + k.familyKey())) families.add(k.familyKey());
                    if (k.surnameFrame() != null && keysAsked.add("s:" + k.surnameFrame())) surnameFrames.add(k.surnameFrame());
                    if (k.familyFrame() != null && keysAsked.add("g:" + k.familyFrame())) familyFrames.add(k.familyFrame());
                    newMembers.add(p.memberKey());
                }
                fresh.clear();
                Set<String> full = store.crowdedFrames(surnameFrames, familyFrames, PersonResolver.CROWDED_FRAME_FAMILIES);
                crowded.addAll(full);
                surnameFrames.removeIf(f -> full.contains("s:" + f));
                familyFrames.removeIf(f -> full.contains("g:" + f));
                Set<String> ids = new LinkedHashSet<>();
                for (String member : newMembers) {
                    String id = previous.get(member);
                    if (id != null) ids.add(id);
                    PersonIds.Pin pin = pins.get(member);
                    if (pin != null) ids.add(pin.person());
                }
                Set<String> unknown = families.isEmpty() && surnameFrames.isEmpty() && familyFrames.isEmpty()
                        ? new LinkedHashSet<>() : store.memberKeysByKeys(families, surnameFrames, familyFrames);
                unknown.removeAll(persons.keySet());
                addMembers(unknown); // with their previous ids and pins
                for (String id : previous.values()) ids.add(id);
                for (PersonIds.Pin pin : pins.values()) ids.add(pin.person());
                ids.removeAll(personsAsked);
                addPersons(ids);
                if (fresh.isEmpty() && ids.isEmpty()) return;
            }
        }
    }
}
