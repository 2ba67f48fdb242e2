package org.tarikh.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What SQLite and PostgreSQL do differently for {@link SqlDocumentStore}; everything else (the schema, upserts with
 * {@code ON CONFLICT}, {@code LIMIT}, integer flags) is SQL both accept. The differences are concurrency: one process
 * writes an embedded file, while several share a PostgreSQL database.
 */
enum SqlDialect {
    SQLITE {
        @Override
        String claim() {
            return ""; // one process writes the file: what it reads, no other process takes
        }

        @Override
        void lockInTransaction(Handle h, List<String> keys) {
            // SQLite has one writer at a time: take the write lock now (a write that changes nothing), so that the
            // reads that decide what to write see the state the write applies to, and no reader's snapshot has to be
            // upgraded later (which WAL refuses when another connection wrote meanwhile)
            h.execute("UPDATE archive_settings SET value = value WHERE 1 = 0");
        }

        @Override
        boolean claimsInTransaction() {
            return false; // a transaction held while the index commits would stall the file's other writers
        }
    },
    POSTGRESQL {
        @Override
        String claim() {
            return " FOR UPDATE SKIP LOCKED";
        }

        @Override
        void lockInTransaction(Handle h, List<String> keys) {
            // sorted, so that two transactions locking the same keys never wait on each other crosswise; taken in
            // that order by one statement (a batch of a thousand documents locks two thousand keys)
            List<String> sorted = keys.stream().sorted().distinct().toList();
            h.createQuery("""
                    SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0)))
                    FROM (SELECT k FROM unnest(:keys) WITH ORDINALITY AS t(k, n) ORDER BY n) AS ordered""")
                    .bindArray("keys", String.class, sorted).mapTo(Long.class).one();
        }

        @Override
        boolean claimsInTransaction() {
            return true;
        }
    };

    /** The suffix of a SELECT that claims rows for this transaction, skipping those another one claimed. */
    abstract String claim();

    /** Locks these names until the end of the handle's transaction (PostgreSQL: advisory locks). */
    abstract void lockInTransaction(Handle h, List<String> keys);

    /** Whether outbox claims are held in a transaction around the work. */
    abstract boolean claimsInTransaction();

    static SqlDialect of(String productName) {
        return productName.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : SQLITE;
    }
}
