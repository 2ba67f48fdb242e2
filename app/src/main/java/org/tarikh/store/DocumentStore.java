package org.tarikh.store;

import java.util.Collection;
import java.util.List;
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

    /** Replaces the archive persons (derived data) in one transaction. */
    void replacePersons(List<org.tarikh.resolve.ResolvedPerson> persons);

    /** The archive persons with their members, as last resolved. */
    List<org.tarikh.resolve.ResolvedPerson> persons();

    Optional<StoredDocument> find(String id);

    /** Ids of documents whose current version the search index has not committed, oldest first. */
    List<String> unindexed(int limit);

    void markIndexed(Collection<String> ids);

    /** The texts by which a stored document mentions persons ({@code Турар Рыскулов}, {@code Т. Рыскулов}), each once. */
    List<String> personMentionTexts(String documentId);

    /** Every stored document's id, oldest first. */
    List<String> ids();

    /** Marks every document as not yet indexed, so that the next writable open indexes them all again. */
    void markAllUnindexed();

    long count();

    @Override
    void close();
}
