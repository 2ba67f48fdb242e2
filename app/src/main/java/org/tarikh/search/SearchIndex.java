package org.tarikh.search;

import org.tarikh.store.StoredDocument;

/**
 * Full-text search over the archive's documents. The index is derived from the store and can be rebuilt from it;
 * {@link #commit()} makes what was indexed durable and visible. Implementations: {@link LuceneSearchIndex}
 * (embedded, the default); an OpenSearch cluster for archives that outgrow one machine. Thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces the document with this id. Not visible to searches before {@link #commit()}. */
    void index(StoredDocument document);

    void commit();

    /**
     * The hits of a query tree, best first, with the exact total and the requested facets over every match.
     * {@link SearchResults#query} is the query printed canonically ({@link org.tarikh.search.query.QueryPrinter}).
     * A query that searches nothing (only words the analysis drops) finds nothing.
     *
     * @throws IllegalArgumentException when {@link SearchRequest#after} is not a cursor of this index
     */
    SearchResults search(SearchRequest request);

    long count();

    /**
     * Whether this index was written by an older version of the archive whose fields differ, so that it must be
     * emptied ({@link #clear()}) and built again from the store.
     */
    boolean outdated();

    /** Removes every document from the index (committed), before it is rebuilt from the store. */
    void clear();

    /** A period of bulk loading begun by {@link #bulkLoad()}; closing it ends it. */
    interface BulkLoad extends AutoCloseable {
        BulkLoad NONE = () -> { };

        @Override
        void close();
    }

    /**
     * Begins a period of bulk loading, in which the index may lighten its work for writes (fewer copies, larger
     * requests) until the handle is closed; what is committed stays visible to searches. By default nothing changes.
     */
    default BulkLoad bulkLoad() {
        return BulkLoad.NONE;
    }

    @Override
    void close();
}
