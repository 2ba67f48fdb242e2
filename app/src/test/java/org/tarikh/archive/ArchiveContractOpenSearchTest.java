package org.tarikh.archive;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.tarikh.TarikhException;

/**
 * The archive contract on PostgreSQL and the OpenSearch cluster {@code TARIKH_SEARCH} names, compared with the
 * embedded archive: runs when that variable is set and this build has the OpenSearch engine.
 */
class ArchiveContractOpenSearchTest extends ArchiveContract {
    @Override
    ArchiveConfig config() {
        String nodes = System.getenv(ArchiveConfig.SEARCH_ENV);
        Assumptions.assumeTrue(nodes != null && !nodes.isBlank(), "TARIKH_SEARCH is not set");
        ArchiveConfig database = TestPostgres.freshDatabase();
        return new ArchiveConfig(database.database(), ArchiveConfig.choose(null, nodes, Map.of()).search());
    }

    @Override
    Archive open(java.nio.file.Path folder, ArchiveConfig config, boolean writable) {
        try {
            return super.open(folder, config, writable);
        } catch (TarikhException e) {
            Assumptions.assumeFalse(e.getMessage().contains("not available in this build"), e.getMessage());
            throw e;
        }
    }
}
