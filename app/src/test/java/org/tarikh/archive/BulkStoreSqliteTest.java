package org.tarikh.archive;

import java.nio.file.Path;
import org.tarikh.store.SqlDocumentStore;

/** The bulk path on the embedded archive (SQLite + Lucene). */
class BulkStoreSqliteTest extends BulkStoreContract {
    @Override
    SqlDocumentStore store(Path folder) {
        return SqlDocumentStore.openSqlite(folder);
    }

    @Override
    ArchiveConfig config() {
        return ArchiveConfig.embedded();
    }
}
