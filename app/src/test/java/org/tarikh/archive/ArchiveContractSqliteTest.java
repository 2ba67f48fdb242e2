package org.tarikh.archive;

/** The archive contract on the embedded archive: SQLite and Lucene in the folder. */
class ArchiveContractSqliteTest extends ArchiveContract {
    @Override
    ArchiveConfig config() {
        return ArchiveConfig.embedded();
    }
}
