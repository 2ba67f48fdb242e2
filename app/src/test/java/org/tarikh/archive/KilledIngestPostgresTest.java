package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest into PostgreSQL killed for real (SIGKILL) between storing documents and committing them to the index:
 * the outbox keeps every stored version the index had not taken, so the next writable open indexes them, and the
 * same ingest run again completes without duplicates.
 */
class KilledIngestPostgresTest {
    private static final int DOCUMENTS = 1200;

    @TempDir Path archive;
    @TempDir Path folder;

    @Test
    void storedDocumentsTheIndexHadNotTakenAreIndexedOnTheNextOpen() throws Exception {
        ArchiveConfig config = TestPostgres.freshDatabase();
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(folder.resolve(String.format("doc-%05d.txt", i)),
                    "Document number%d of the list. Arrested in 1937 and sentenced, marker%d.\n".formatted(i, i)
                            + "Common word outboxtest.", StandardCharsets.UTF_8);
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.tarikh.cli.Main",
                "ingest", "--archive", archive.toString(), folder.toString());
        pb.environment().put(ArchiveConfig.DATABASE_ENV, config.database().shown());
        pb.environment().remove(ArchiveConfig.SEARCH_ENV);
        Process child = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long stored = 0, pending = 0;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        try (Connection db = connect(config)) {
            // killed while documents are stored that the index has not committed (the index commits every 500)
            while (child.isAlive() && Instant.now().isBefore(deadline)) {
                stored = count(db, "SELECT COUNT(*) FROM documents");
                pending = count(db, "SELECT COUNT(*) FROM search_outbox");
                if (stored >= 100 && pending >= 50) break;
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("the child was still ingesting when killed").isTrue();
            child.destroyForcibly().waitFor();
            stored = count(db, "SELECT COUNT(*) FROM documents");
            pending = count(db, "SELECT COUNT(*) FROM search_outbox");
        }
        assertThat(stored).isBetween(100L, (long) DOCUMENTS - 1);
        assertThat(pending).as("stored versions the index had not committed").isPositive();

        try (Archive reopened = Archive.open(archive, config, true)) {
            // the open alone indexes what the outbox holds: every stored document is found before any new ingest
            assertThat(reopened.pendingIndexChanges()).isZero();
            assertThat(reopened.search("outboxtest", 1).total()).isEqualTo(stored);
            IngestReport report = reopened.ingest(List.of(folder), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            assertThat(report.rejected()).isEmpty();
            assertThat(report.added()).isEqualTo(DOCUMENTS - stored);
            assertThat(report.unchanged()).isEqualTo(stored);
            assertThat(reopened.documentCount()).isEqualTo(DOCUMENTS);
            assertThat(reopened.search("outboxtest", 1).total()).isEqualTo(DOCUMENTS);
            assertThat(reopened.search("marker" + (DOCUMENTS - 1), 5).total()).isEqualTo(1);
        }
    }

    private static Connection connect(ArchiveConfig config) throws Exception {
        return DriverManager.getConnection(config.database().jdbcUrl(), config.database().user(), "");
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException notYet) {
            return 0; // the schema is being created
        }
    }
}
