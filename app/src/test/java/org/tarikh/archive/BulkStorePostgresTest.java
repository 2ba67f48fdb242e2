package org.tarikh.archive;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.resolve.PersonResolver;
import org.tarikh.store.SqlDocumentStore;

/**
 * The bulk path on PostgreSQL (a database of its own per store, {@link TestPostgres}) and, when {@code TARIKH_SEARCH}
 * names a cluster, OpenSearch for the archive's part (its bulk-load mode: replicas dropped and restored); the
 * cluster group of the tests, which CI runs with both servers up.
 */
@Tag("cluster")
class BulkStorePostgresTest extends BulkStoreContract {
    @Override
    SqlDocumentStore store(Path folder) {
        ArchiveConfig.Database db = TestPostgres.freshDatabase().database();
        return SqlDocumentStore.openPostgres(db.host(), db.port(), db.name(), db.user(), db.password(),
                new PersonResolver(new NameKeyer())::blockKeys);
    }

    @Override
    ArchiveConfig config() {
        ArchiveConfig database = TestPostgres.freshDatabase();
        String nodes = System.getenv(ArchiveConfig.SEARCH_ENV);
        if (nodes == null || nodes.isBlank()) return database;
        return new ArchiveConfig(database.database(), ArchiveConfig.choose(null, nodes, Map.of()).search());
    }
}
