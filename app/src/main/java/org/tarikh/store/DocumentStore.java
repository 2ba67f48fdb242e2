package org.tarikh.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the archive keeps its documents: the source of truth, from which the search index can always be rebuilt.
 * Implementations: {@link SqlDocumentStore} on an embedded SQLite file (the default) and, with the same schema and
 * SQL, on PostgreSQL. Implementations are thread-safe.
 */
public interface DocumentStore extends AutoCloseable {

    /** What the store knows of the file at an absolute location, without loading its text. */
    record Fingerprint(String id, String contentHash, String source) {}

    Optional<Fingerprint> findByLocation(String location);

    /** What the store knows of the files at these absolute locations, by location; a location it lacks is absent. */
    default Map<String, Fingerprint> findByLocations(Collection<String> locations) {
        Map<String, Fingerprint> out = new java.util.HashMap<>();
        for (String location : locations) findByLocation(location).ifPresent(f -> out.put(location, f));
        return out;
    }

    /** Another file already stored with exactly these bytes, if any. */
    Optional<Fingerprint> findByContentHash(String contentHash);

    /**
     * Stores a document, replacing any earlier version with the same id, in one transaction, and marks it as not
     * yet indexed.
     */
    void save(StoredDocument document);

    /** Stores a document and the persons its extraction found, replacing both, in one transaction. */
    void save(StoredDocument document, List<org.tarikh.resolve.DocumentPerson> persons);

    /**
     * Stores a document, its persons and, for a scan, its pages (image paths relative to the archive folder), in one
     * transaction.
     */
    void save(StoredDocument document, List<org.tarikh.resolve.DocumentPerson> persons,
              List<org.tarikh.ingest.ScannedPage> pages);

    /** A scan's pages with their lines and words, in page order; empty for a document that is no scan. */
    List<org.tarikh.ingest.ScannedPage> pages(String documentId);

    /** Every person as the documents name them, for resolution. */
    List<org.tarikh.resolve.DocumentPerson> documentPersons();

    /** Replaces the archive persons in one transaction, forgetting every id given before: for tools and tests only. */
    void replacePersons(List<org.tarikh.resolve.ResolvedPerson> persons);

    /** The active archive persons with their members and the editors' decisions about them. */
    List<org.tarikh.resolve.ResolvedPerson> persons();

    /** One active archive person, read by its id (no redirect followed: see {@link #personStatus}). */
    Optional<org.tarikh.resolve.ResolvedPerson> person(String id);

    /**
     * The active archive persons that have a member in one of these documents or a member of one of these family
     * keys, each with all its members: a keyed read, where {@link #persons()} reads the whole archive.
     */
    List<org.tarikh.resolve.ResolvedPerson> personsAround(Collection<String> documentIds, Collection<String> familyKeys);

    /** What became of a person id ever given out: {@code active}, {@code merged} (into {@code redirectTo}) or {@code gone}. */
    record PersonStatus(String status, String redirectTo) {}

    Optional<PersonStatus> personStatus(String id);

    boolean personIdGiven(String id);

    /** Which of these person ids were ever given out (one read, where {@link #personIdGiven} is one per id). */
    java.util.Set<String> personIdsGiven(Collection<String> ids);

    // resolution, by key: never the whole archive

    /** Ids of documents whose persons are not resolved since they were stored, oldest first. */
    List<String> unresolved(int limit);

    void markResolved(Collection<String> ids);

    void markAllUnresolved();

    List<org.tarikh.resolve.DocumentPerson> documentPersonsIn(Collection<String> documentIds);

    /**
     * The member keys ({@link org.tarikh.resolve.DocumentPerson#memberKey}) of the document persons bearing any of these
     * blocking keys ({@link org.tarikh.resolve.PersonResolver.BlockKeys}): only the keys, as resolution already holds
     * most of those persons and reads the others by {@link #documentPersonsIn}.
     */
    java.util.Set<String> memberKeysByKeys(Collection<String> familyKeys, Collection<String> surnameFrames,
                                           Collection<String> familyFrames);

    /**
     * Of these frames, those borne by more than {@code families} family keys, marked {@code s:} (surname frames) or
     * {@code g:} (family-key frames); each frame is read only until one more than {@code families} keys are seen.
     */
    java.util.Set<String> crowdedFrames(Collection<String> surnameFrames, Collection<String> familyFrames, int families);

    /**
     * For online resolution ({@link org.tarikh.resolve.PersonResolver#onlineJoin}): the persons holding document
     * persons of this name key ({@link org.tarikh.resolve.PersonResolver.BlockKeys#nameKey}), each with the form keys
     * of those document persons; at most {@code persons} persons are listed, and the key {@code "?"} stands for more
     * persons, or for members held by no active person. Empty when this store cannot tell, and resolution then reads
     * the whole component.
     */
    default Optional<Map<String, java.util.Set<String>>> personsOfNameKey(String nameKey, int persons) {
        return Optional.empty();
    }

    /**
     * Adds a document person to an active person (online resolution): its assignment with its reason, and its name
     * forms to the person's forms. Only called when {@link #personsOfNameKey} answered.
     */
    default void addMember(String personId, org.tarikh.resolve.DocumentPerson member, String reason) {
        throw new UnsupportedOperationException("this store does not resolve online");
    }

    /** Member key ({@code document/local}) → person id, for the members in these documents (stale ones included). */
    Map<String, String> assignmentsInDocuments(Collection<String> documentIds);

    Map<String, String> assignmentsOfPersons(Collection<String> personIds);

    Map<String, org.tarikh.resolve.PersonIds.Pin> pinsInDocuments(Collection<String> documentIds);

    Map<String, org.tarikh.resolve.PersonIds.Pin> pinsOfPersons(Collection<String> personIds);

    /** The pins one editorial change made that still stand, as rows of {@code person_pins}. */
    List<Map<String, Object>> pinsOfChange(String change);

    /** When each id was made (a sequence number: smaller is older). */
    Map<String, Long> personSeq(Collection<String> personIds);

    /**
     * Writes one resolution in one transaction: drops the assignments of {@code members} (stale ones included),
     * stores the outcome's persons and their members, and marks redirected and gone ids.
     */
    void applyResolution(Collection<String> members, org.tarikh.resolve.PersonIds.Outcome outcome);

    /** Recomputes every document person's blocking keys and every claim id (after the rules that make them changed). */
    void rewriteKeys();

    /** Member keys, among the persons of the first {@code documents} documents, whose stored family key disagrees. */
    List<String> storedKeysSample(int documents, java.util.function.BiPredicate<org.tarikh.resolve.DocumentPerson, String> agrees);

    // the editorial state (pins, decisions, added claims, preferred names) and its audit trail

    /** One editorial change as recorded: {@code before} and {@code after} are JSON. */
    record AuditRecord(String change, String at, String editor, String action, String reason, String before,
                       String after, List<String> persons, String undoes, String undoneBy) {}

    /** The editorial rows in a scope, table by table ({@link EditorialScope#TABLES}), each row column → value. */
    Map<String, List<Map<String, Object>>> editorialState(EditorialScope scope);

    /** Replaces the editorial rows of a scope with {@code target} and records the change, in one transaction. */
    void writeEditorial(EditorialScope scope, Map<String, List<Map<String, Object>>> target, AuditRecord audit);

    String nextChangeId();

    /** The changes, oldest first; only those concerning {@code person} unless null. */
    List<AuditRecord> audit(String person);

    Optional<AuditRecord> auditEvent(String change);

    /** The person holding a document's claim, by its {@link org.tarikh.resolve.ClaimId}. */
    Optional<String> claimOwner(String claimId);

    /** The person an editor added a claim to, while the claim stands. */
    Optional<String> editorClaimOwner(String claimId);

    Optional<String> setting(String name);

    void setting(String name, String value);

    Optional<StoredDocument> find(String id);

    /** A version of a document the search index has to take (a row of the outbox). */
    record IndexChange(String documentId, String contentHash) {}

    /**
     * Claims up to {@code limit} of the changes the search index has not taken, oldest first, hands them to
     * {@code work} (which indexes the documents' current versions and commits the index) and, once it returns,
     * deletes them; returns how many were claimed (0: none pending). On PostgreSQL the claim is a row lock held
     * until then, and rows another process has claimed are skipped ({@code FOR UPDATE SKIP LOCKED}), so several
     * processes drain the outbox at once without taking a change twice. Work that throws leaves its changes pending.
     */
    int consumeIndexChanges(int limit, java.util.function.Consumer<List<IndexChange>> work);

    /** These versions are committed to the index: their changes leave the outbox (a later version's stays). */
    void markIndexed(Collection<IndexChange> indexed);

    /** How many changes wait for the index. */
    long pendingIndexChanges();

    /** What {@link #saveNew} did. */
    enum SaveOutcome { ADDED, REPLACED, UNCHANGED, DUPLICATE }

    /** What {@link #saveNew} did, with the stored document of the same content for a duplicate. */
    record Saved(SaveOutcome outcome, Fingerprint twin) {}

    /**
     * Stores a document as {@link #save(StoredDocument, List, List)} does, unless the store already holds these bytes
     * at its location (unchanged) or, for a location it does not know, at another one (a duplicate): decided inside
     * the write's transaction, with the location and the content locked on PostgreSQL, so that processes ingesting
     * the same files at once store each of them once.
     */
    Saved saveNew(StoredDocument document, List<org.tarikh.resolve.DocumentPerson> persons,
                  List<org.tarikh.ingest.ScannedPage> pages);

    /**
     * A document with the persons its extraction found and the scanned pages it was read from (none for a text
     * file), to store with {@link #saveNewAll}.
     */
    record NewDocument(StoredDocument document, List<org.tarikh.resolve.DocumentPerson> persons,
                       List<org.tarikh.ingest.ScannedPage> pages) {
        public NewDocument(StoredDocument document, List<org.tarikh.resolve.DocumentPerson> persons) {
            this(document, persons, List.of());
        }
    }

    /** What {@link #saveNewAll} did with one document: what {@link #saveNew} would say, or why it was refused. */
    record BatchSaved(Saved saved, String refused) {
        public boolean stored() {
            return saved != null && (saved.outcome() == SaveOutcome.ADDED || saved.outcome() == SaveOutcome.REPLACED);
        }
    }

    /**
     * Stores many documents as {@link #saveNew} stores each, in order: the same outcomes, decided inside
     * the write's transaction with every location and content locked, as if each were saved after the ones before
     * it. One transaction stores the batch (the outbox rows with it); a document the database refuses is refused
     * alone, with the database's reason, and the others are stored. Returns one answer per document, in order.
     */
    default List<BatchSaved> saveNewAll(List<NewDocument> documents) {
        List<BatchSaved> out = new java.util.ArrayList<>(documents.size());
        for (NewDocument d : documents) {
            try {
                out.add(new BatchSaved(saveNew(d.document(), d.persons(), d.pages()), null));
            } catch (RuntimeException e) {
                out.add(new BatchSaved(null, String.valueOf(e.getMessage())));
            }
        }
        return out;
    }

    /**
     * Runs {@code work} while no other process or thread runs work under the same name on this store (a PostgreSQL
     * advisory lock held by a connection of its own; a lock of this process on the embedded file, which one process
     * writes). Resolution runs under it: two resolutions of overlapping persons at once would give one person two ids.
     */
    <T> T exclusively(String name, java.util.function.Supplier<T> work);

    /** The texts by which a stored document mentions persons ({@code Турар Рыскулов}, {@code Т. Рыскулов}), each once. */
    List<String> personMentionTexts(String documentId);

    /** Every stored document's id, oldest first. */
    List<String> ids();

    /** Up to {@code limit} ids of stored documents after {@code after} (null: from the first), in id order: a page. */
    List<String> idsAfter(String after, int limit);

    /** Queues every document's current version for the index, so that the next writable open indexes them all again. */
    void markAllUnindexed();

    long count();

    /** The archive's user accounts and web sessions, kept in the same database. */
    Accounts accounts();

    /** A row of a register file: the document person it is ({@code r17}), its line, its values that are no claim. */
    record RegisterRow(String localId, int line, java.util.Map<String, String> details) {}

    /** A register row listed for an editor: where it is, its name, and why ({@code review}). */
    record RegisterReview(String documentId, String source, String localId, int line, String name, String review) {}

    /** Stores a register file as a document with its rows' persons and the rows, replacing all three, in one transaction. */
    void saveRegister(StoredDocument document, List<org.tarikh.resolve.DocumentPerson> persons, List<RegisterRow> rows);

    /** Sets which rows of a register document an editor should look at and why (local id to reason); the others are cleared. */
    void setRegisterReview(String documentId, java.util.Map<String, String> review);

    /** Every register row listed for an editor, by source and line. */
    List<RegisterReview> registerReview();

    /** The values of a register row that are no claim, or an empty map when the person is not a register row. */
    java.util.Map<String, String> registerDetails(String documentId, String localId);

    @Override
    void close();
}
