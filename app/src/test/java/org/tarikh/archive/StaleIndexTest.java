package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive whose store was dropped and made anew at the same place (a new database, the old index still there) does
 * not find the documents the new store does not hold.
 */
class StaleIndexTest {
    @TempDir Path dir;
    @TempDir Path docs;

    @Test
    void aNewStoreBesideAnOldIndexFindsNothingItDoesNotHold() throws Exception {
        Files.writeString(docs.resolve("a.txt"), "Мұхтар Әуезов 1932 жылы Алматыда жазды.", StandardCharsets.UTF_8);
        try (Archive archive = Archive.open(dir, true)) {
            archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            assertThat(archive.search("Әуезов", 10).total()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("tarikh.db")).toList()) {
                Files.delete(f);
            }
        }
        assertThat(dir.resolve("index")).isDirectory();
        try (Archive archive = Archive.open(dir, true)) {
            assertThat(archive.documentCount()).isZero();
            assertThat(archive.search("Әуезов", 10).total()).isZero();
        }
    }
}
