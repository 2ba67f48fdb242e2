package org.tarikh.archive;

/**
 * The archive contract on PostgreSQL (a database of its own per test, on the server {@code TARIKH_DATABASE} names
 * or one started for the tests) with the embedded Lucene index, compared with the embedded archive.
 */
class ArchiveContractPostgresTest extends ArchiveContract {
    @Override
    ArchiveConfig config() {
        return TestPostgres.freshDatabase();
    }
}
