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
 * An ingesting process killed for real (SIGKILL) mid-run leaves an archive that the same ingest, run again,
 * completes: every document stored once and found by search, nothing corrupt.
 */
class KilledIngestTest {
    private static final int DOCUMENTS = 2500;

    @TempDir Path archive;
    @TempDir Path folder;

    @Test
    void reRunningAKilledIngestCompletesItWithoutDuplicates() throws Exception {
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(folder.resolve(String.format("doc-%05d.txt", i)),
                    "Document number%d of the register. Arrested in 1937, sentenced by the troika, everyone marker%d.\n"
                            .formatted(i, i) + "Common word archivetest.", StandardCharsets.UTF_8);
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.tarikh.cli.Main",
                "ingest", "--archive", archive.toString(), folder.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long stored = 0;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (child.isAlive() && Instant.now().isBefore(deadline)) {
            stored = storedDocuments();
            if (stored >= 200) break;
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the child was still ingesting when killed").isTrue();
        child.destroyForcibly().waitFor();
        assertThat(stored).isBetween(200L, (long) DOCUMENTS - 1);

        try (Archive reopened = Archive.open(archive, true)) {
            IngestReport report = reopened.ingest(List.of(folder), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            assertThat(report.rejected()).isEmpty();
            assertThat(report.added() + report.unchanged()).isEqualTo(DOCUMENTS);
            assertThat(reopened.documentCount()).isEqualTo(DOCUMENTS);
            assertThat(reopened.search("archivetest", 1).total()).isEqualTo(DOCUMENTS);
            assertThat(reopened.search("marker7", 5).total()).isEqualTo(1);
            assertThat(reopened.search("marker" + (DOCUMENTS - 1), 5).total()).isEqualTo(1);
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + archive.resolve("tarikh.db"));
             ResultSet check = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            check.next();
            assertThat(check.getString(1)).isEqualTo("ok");
        }
    }

    private long storedDocuments() {
        Path db = archive.resolve("tarikh.db");
        if (!Files.exists(db)) return 0;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM documents")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (Exception notYet) {
            return 0; // the schema is being created
        }
    }
}
