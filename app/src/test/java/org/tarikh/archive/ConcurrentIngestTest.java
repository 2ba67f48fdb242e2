package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.resolve.ResolvedPerson;

/**
 * Two ingesting processes at once (two JVMs running the command line's {@code ingest}, as {@code ./tarikh ingest}
 * does) on one PostgreSQL database and one archive folder, over overlapping folders: every document is stored once,
 * every person resolved once (one archive person per name, as one process alone resolves them), and search finds
 * every document when both are done.
 */
class ConcurrentIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAMES = List.of("Ахмет Байтұрсынов", "Мұхтар Әуезов", "Смағұл Сәдуақасов",
            "Тұрар Рысқұлов", "Сәкен Сейфуллин", "Ілияс Жансүгіров", "Бейімбет Майлин", "Жүсіпбек Аймауытов");
    private static final int PER_PART = 40;

    @TempDir Path work;

    @Test
    void twoProcessesOnOverlappingFoldersStoreEachDocumentOnceAndResolveEachPersonOnce() throws Exception {
        ArchiveConfig config = TestPostgres.freshDatabase();
        Path in = work.resolve("in");
        List<Path> parts = new ArrayList<>();
        int n = 0;
        for (int part = 0; part < 3; part++) {
            Path dir = Files.createDirectories(in.resolve("part" + part));
            parts.add(dir);
            for (int i = 0; i < PER_PART; i++, n++) {
                String a = NAMES.get(n % NAMES.size()), b = NAMES.get((n * 3 + 1) % NAMES.size());
                Files.writeString(dir.resolve(String.format("doc-%03d.txt", n)), """
                        %s 19%02d жылы Семей қаласында %s туралы хат жазды. Құжат нөмірі marker%d.
                        Кейін %s тұтқындалды, бұл concurrenttest құжатында айтылған.
                        """.formatted(a, 20 + n % 15, b, n, a), StandardCharsets.UTF_8);
            }
        }
        // the same bytes under two names in the shared part: one of them is a duplicate, whoever reads it
        Files.copy(parts.get(1).resolve("doc-040.txt"), parts.get(1).resolve("copy-of-040.txt"));
        int documents = 3 * PER_PART;
        Path folder = work.resolve("archive");

        Process first = ingest(config, folder, parts.get(0), parts.get(1));
        Process second = ingest(config, folder, parts.get(1), parts.get(2));
        JsonNode one = finish(first), two = finish(second);

        assertThat(one.get("added").asInt() + two.get("added").asInt()).as("added by both").isEqualTo(documents);
        for (JsonNode run : List.of(one, two)) {
            // each saw 81 files: its two parts, the copy among them; of the copy and its original one is a duplicate
            assertThat(run.get("added").asInt() + run.get("unchanged").asInt() + run.get("duplicates").asInt())
                    .isEqualTo(2 * PER_PART + 1);
            assertThat(run.get("duplicates").asInt()).isEqualTo(1);
            assertThat(run.get("rejected")).isEmpty();
        }
        try (Connection db = DriverManager.getConnection(config.database().jdbcUrl(), config.database().user(), "")) {
            assertThat(one(db, "SELECT COUNT(*) FROM documents")).isEqualTo(documents);
            assertThat(one(db, "SELECT COUNT(*) FROM (SELECT content_hash FROM documents GROUP BY content_hash HAVING COUNT(*) > 1) d"))
                    .isZero();
            assertThat(one(db, "SELECT COUNT(*) FROM documents WHERE resolved = 0")).isZero();
            assertThat(one(db, "SELECT COUNT(*) FROM search_outbox")).as("changes left for the index").isZero();
            // every document person is in exactly one archive person
            assertThat(one(db, "SELECT COUNT(*) FROM document_persons")).isEqualTo(
                    one(db, "SELECT COUNT(*) FROM person_members"));
        }
        Map<String, Integer> personsPerName = new TreeMap<>();
        try (Archive archive = Archive.open(folder, config, false)) {
            assertThat(archive.documentCount()).isEqualTo(documents);
            assertThat(archive.search("concurrenttest", 1).total()).isEqualTo(documents);
            for (int i : new int[] {0, 40, 79, 119}) assertThat(archive.search("marker" + i, 5).total()).as("marker" + i).isEqualTo(1);
            for (ResolvedPerson p : archive.persons()) personsPerName.merge(p.name(), 1, Integer::sum);
        }
        // one process alone, on the embedded archive, resolves the same files into the same persons
        Map<String, Integer> alone = new TreeMap<>();
        try (Archive reference = Archive.open(work.resolve("reference"), true)) {
            reference.ingest(parts, Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            for (ResolvedPerson p : reference.persons()) alone.merge(p.name(), 1, Integer::sum);
        }
        assertThat(personsPerName).isEqualTo(alone);
        assertThat(personsPerName.values()).allMatch(count -> count == 1);
    }

    private static Process ingest(ArchiveConfig config, Path folder, Path... inputs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", "org.tarikh.cli.Main",
                "ingest", "--json", "--archive", folder.toString()));
        for (Path p : inputs) command.add(p.toString());
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put(ArchiveConfig.DATABASE_ENV, config.database().shown());
        pb.environment().remove(ArchiveConfig.SEARCH_ENV);
        return pb.redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    private static JsonNode finish(Process p) throws Exception {
        try {
            // the output is small: read it after the exit, each stream on its own
            if (!p.waitFor(8, TimeUnit.MINUTES)) throw new AssertionError("an ingest did not finish in 8 minutes");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isZero();
            return JSON.readTree(out.strip().lines().reduce((a, b) -> b).orElseThrow());
        } finally {
            p.destroyForcibly();
        }
    }

    private static long one(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
