package org.tarikh.archive;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.resolve.Candidate;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.Reconciler;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.lexicon.Gazetteer;
import org.tarikh.lexicon.Place;
import org.tarikh.resolve.places.PlaceMentions;
import org.tarikh.search.LinkedFacets;
import org.tarikh.store.DocumentStore;
import org.tarikh.store.StoredDocument;

/**
 * The archive's places and persons for the search's facets and its {@code place:} and {@code person:} queries.
 *
 * <p>Rules: a document's places are those its text names ({@link PlaceMentions}); a {@code place:} value is a
 * gazetteer id ({@code place:1519422}, as the facet links write it) or a name in any script or period. A {@code person:} value is an
 * archive person's id ({@code p-riskulov-turar}), or a name in any spelling, which names every archive person the
 * reconciler scores at least {@value #NAMED} (the surname's key agrees) and within {@value #MARGIN} of the best:
 * {@code person:Рыскулов} is every Ryskulov, {@code person:"Турар Рыскулов"} is Turar Ryskulov alone.
 *
 * <p>Persons are read from the store once and kept until {@link #forget()} (after a new resolution). Thread-safe.
 */
final class ArchiveFacets implements LinkedFacets {
    static final double NAMED = 60;
    static final double MARGIN = 15;
    private static final int CANDIDATES = 50;
    /** What separates the words of a mention ({@code "С. Сейфуллин"}), compiled once. */
    private static final java.util.regex.Pattern MENTION_WORDS = java.util.regex.Pattern.compile("[\\s.]+");
    /** As many persons as a name query shows above its hits. */
    private static final int CONFIDENT_CANDIDATES = 5;

    private final DocumentStore store;
    private final Supplier<Reconciler> reconciler;
    private final Gazetteer gazetteer;
    private final PlaceMentions places;
    private final NameKeyer keyer;
    private volatile Persons persons;
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The resolved persons by id, the persons of each document, the keys of every surname and given name they bear,
     * and their display names per script as asked for (a person named in thousands of documents takes a while to
     * weigh its forms, so once per resolution).
     */
    private record Persons(Map<String, ResolvedPerson> byId, Map<String, List<String>> byDocument,
                           Set<String> nameKeys, Map<String, Map<String, String>> displayNames) {}

    ArchiveFacets(DocumentStore store, Supplier<Reconciler> reconciler, Gazetteer gazetteer, NameKeyer keyer) {
        this.keyer = Objects.requireNonNull(keyer, "keyer");
        this.store = Objects.requireNonNull(store, "store");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.places = new PlaceMentions(gazetteer);
    }

    /** Drops what was read of the persons: the archive resolved them again. */
    void forget() {
        persons = null;
        version.incrementAndGet();
    }

    @Override
    public long personsVersion() {
        return version.get();
    }

    /** The archive person with this id, from the same cached resolution the facets count. */
    ResolvedPerson person(String id) {
        return persons().byId().get(id);
    }

    /** The name of the archive person with this id for a reader writing {@code text} ({@link ResolvedPerson#nameFor}). */
    String personName(String id, String text) {
        Persons all = persons();
        ResolvedPerson p = all.byId().get(id);
        if (p == null) return id;
        return ResolvedPerson.nameFor(all.displayNames().computeIfAbsent(id, x -> p.displayNames()), p.name(), text);
    }

    @Override
    public boolean namesPerson(String typed) {
        String key = keyer.key(typed.strip());
        return !key.isEmpty() && persons().nameKeys().contains(key);
    }

    private Persons persons() {
        Persons current = persons;
        if (current == null) {
            Map<String, ResolvedPerson> byId = new HashMap<>();
            Map<String, Set<String>> byDocument = new HashMap<>();
            Set<String> nameKeys = new java.util.HashSet<>();
            Map<String, String> keyed = new HashMap<>(); // the same forms recur in every document: key each once
            for (ResolvedPerson p : store.persons()) {
                byId.put(p.id(), p);
                for (DocumentPerson member : p.members()) {
                    byDocument.computeIfAbsent(member.documentId(), d -> new LinkedHashSet<>()).add(p.id());
                    for (String part : new String[] {member.parsed().surname(), member.parsed().givenName()}) {
                        if (part != null) nameKeys.add(keyed.computeIfAbsent(part, keyer::key));
                    }
                }
            }
            nameKeys.remove("");
            Map<String, List<String>> lists = new HashMap<>();
            byDocument.forEach((d, ids) -> lists.put(d, List.copyOf(ids)));
            current = new Persons(byId, lists, nameKeys, new java.util.concurrent.ConcurrentHashMap<>());
            persons = current;
        }
        return current;
    }

    /**
     * The mention texts of the documents being indexed right after they were stored, by document id: the writing
     * thread has the persons it just stored, and {@link #placesIn} need not read them back (a query per document).
     */
    private final Map<String, List<DocumentPerson>> justStored = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Runs {@code indexing} of the document {@code documentId}, just stored with {@code persons}, letting
     * {@link #placesIn} take its persons' mentions from them rather than from the store.
     */
    void indexingStored(String documentId, List<DocumentPerson> persons, Runnable indexing) {
        justStored.put(documentId, persons);
        try {
            indexing.run();
        } finally {
            justStored.remove(documentId);
        }
    }

    /** The texts of the mentions of a document's persons, each once. */
    private Collection<String> personMentionTexts(String documentId) {
        List<DocumentPerson> persons = justStored.get(documentId);
        if (persons == null) return store.personMentionTexts(documentId);
        Set<String> texts = new LinkedHashSet<>();
        for (DocumentPerson p : persons) {
            if (!p.documentId().equals(documentId)) continue; // the store keeps a mention under its person's document
            for (var m : p.mentions()) texts.add(m.text());
        }
        return texts;
    }

    @Override
    public Collection<String> placesIn(StoredDocument document) {
        Set<String> personWords = new java.util.HashSet<>();
        for (String mention : personMentionTexts(document.id())) {
            for (String word : MENTION_WORDS.split(mention)) {
                String key = keyer.key(word);
                if (key.length() >= 3) personWords.add(key);
            }
        }
        java.util.function.Predicate<String> isPersonWord = word -> personWords.contains(keyer.key(word));
        String title = document.title() == null ? "" : document.title();
        Set<String> ids = new LinkedHashSet<>(places.in(title, isPersonWord));
        ids.addAll(places.in(document.searchable(), isPersonWord));
        return ids;
    }

    @Override
    public Optional<String> placeId(String typed) {
        String value = typed.strip();
        if (gazetteer.byId(value).isPresent()) return Optional.of(value); // a facet link names the place by its id
        return gazetteer.resolve(value).map(Place::geonameId);
    }

    @Override
    public Collection<String> personsIn(String documentId) {
        return persons().byDocument().getOrDefault(documentId, List.of());
    }

    @Override
    public Set<String> documentsOfPerson(String typed) {
        Persons all = persons();
        String value = typed.strip();
        List<ResolvedPerson> named;
        ResolvedPerson byId = all.byId().get(value);
        if (byId != null) {
            named = List.of(byId);
        } else {
            List<Candidate> candidates = reconciler.get().reconcile(value, CANDIDATES);
            double best = candidates.isEmpty() ? 0 : candidates.get(0).score();
            named = candidates.stream()
                    .filter(c -> c.score() >= NAMED && c.score() >= best - MARGIN)
                    .map(c -> all.byId().get(c.id()))
                    .filter(Objects::nonNull)
                    .toList();
        }
        Set<String> documents = new LinkedHashSet<>();
        for (ResolvedPerson p : named) {
            for (DocumentPerson member : p.members()) documents.add(member.documentId());
        }
        return documents;
    }

    @Override
    public Set<String> documentsOfNamedPerson(String words) {
        Persons all = persons();
        Set<String> documents = new LinkedHashSet<>();
        for (Candidate c : reconciler.get().reconcile(words.strip(), CONFIDENT_CANDIDATES)) {
            if (!c.match() && c.score() < Archive.PERSON_SCORE) continue;
            ResolvedPerson p = all.byId().get(c.id());
            if (p == null) continue;
            for (DocumentPerson member : p.members()) documents.add(member.documentId());
        }
        return documents;
    }

    @Override
    public String label(String dimension, String value) {
        if (PERSON.equals(dimension)) {
            ResolvedPerson p = persons().byId().get(value);
            return p == null ? value : p.name();
        }
        if (PLACE.equals(dimension)) return gazetteer.byId(value).map(Place::name).orElse(value);
        return value;
    }
}
