package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.store.Accounts;

/**
 * {@code backup} of a live archive and {@code restore} into a new folder, through the command line, compared
 * document by document, person by person and query by query; and the refusals.
 */
class BackupRestoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUERIES = List.of("Байтұрсынов", "Baitursynov", "арестован", "1929", "Semipalatinsk");

    @TempDir Path work;

    private Path docs() throws Exception {
        Path docs = Files.createDirectories(work.resolve("docs"));
        Files.writeString(docs.resolve("teacher.txt"), """
                Ахмет Байтұрсынов 1872 жылы Торғай облысында туған. Ол 1929 жылы тұтқындалды.
                Кейін Ахмет Байтұрсынов Архангельск облысына жер аударылды.
                """, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("report.txt"), """
                В 1929 году Ахмет Байтурсынов был арестован в Алма-Ате. Его ученик Сейтказы Жумабаев
                был арестован в Семипалатинске в 1930 году.
                """, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("note.md"), """
                # A note on the linguist

                Akhmet Baitursynov, born in 1872, was arrested in 1929 and later exiled to the north.
                His colleague Nurgali Kassymov was tried in Semipalatinsk.
                """, StandardCharsets.UTF_8);
        return docs;
    }

    @Test
    void aBackupTakenWhileTheArchiveIsOpenRestoresTheSameDocumentsPersonsAndSearches() throws Exception {
        Path original = work.resolve("original");
        assertThat(CliRun.of("ingest", "--archive", original.toString(), docs().toString()).status()).isZero();
        CliRun added = CliRun.withInput("a-long-password\n", "user", "add", "--archive", original.toString(), "dana", "--role", "editor");
        assertThat(added.status()).as(added.err()).isZero();
        Path backup = work.resolve("copy.tarikh");
        try (Archive reader = Archive.open(original, false)) {
            // a reader (the web server) has the archive open, with a session of its own, and searches meanwhile
            Accounts.User dana = reader.accounts().user("dana").orElseThrow();
            reader.accounts().openSession(dana, Instant.now(), Duration.ofHours(1));
            assertThat(reader.search("Байтұрсынов", 10).total()).isPositive();
            CliRun run = CliRun.of("backup", "--archive", original.toString(), backup.toString());
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("backed up 3 documents");
            assertThat(reader.search("Байтұрсынов", 10).total()).isPositive();
        }
        assertThat(Files.list(work).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));

        Path restored = work.resolve("restored");
        CliRun run = CliRun.of("restore", "--archive", restored.toString(), backup.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("restored 3 documents");

        assertThat(jsonLines("persons", restored)).isEqualTo(jsonLines("persons", original)).isNotEmpty();
        assertThat(searches(restored)).isEqualTo(searches(original));
        assertThat(searches(original).stream().mapToInt(s -> s.get("total").asInt()).sum()).isPositive();
        try (Archive a = Archive.open(original, false); Archive b = Archive.open(restored, false)) {
            assertThat(b.documentCount()).isEqualTo(3);
            for (var person : a.persons()) {
                for (var member : person.members()) {
                    assertThat(b.document(member.documentId()).orElseThrow().text())
                            .isEqualTo(a.document(member.documentId()).orElseThrow().text());
                }
            }
            // the accounts come along, the sessions do not
            assertThat(b.accounts().authenticate("dana", "a-long-password")).isPresent();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + restored.resolve("tarikh.db"))) {
            var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM sessions");
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void backupsTakenWhileAnIngestWritesAreEachAConsistentMomentOfTheArchive() throws Exception {
        Path live = work.resolve("live");
        Path more = Files.createDirectories(work.resolve("more"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(more.resolve("n" + i + ".txt"), "Жазушы Тұрсын Есімов-" + (char) ('А' + i % 28)
                    + " " + (1890 + i) + " жылы туған. Ол " + (1930 + i % 8) + " жылы тұтқындалды.\n", StandardCharsets.UTF_8);
        }
        List<Path> backups = new ArrayList<>();
        try (Archive writer = Archive.open(live, true)) {
            Thread ingest = new Thread(() -> writer.ingest(List.of(more), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE));
            ingest.start();
            for (int n = 0; ingest.isAlive() || n < 2; n++) {
                Path b = work.resolve("live-" + n + ".tarikh");
                writer.backup(b);
                backups.add(b);
            }
            ingest.join();
            Path after = work.resolve("live-after.tarikh");
            writer.backup(after);
            backups.add(after);
        }
        for (Path b : backups) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + b)) {
                var check = c.createStatement().executeQuery("PRAGMA integrity_check");
                check.next();
                assertThat(check.getString(1)).as(b.toString()).isEqualTo("ok");
                // each document is stored in one transaction: a copy holds every document whole or not at all
                var torn = c.createStatement().executeQuery("""
                        SELECT COUNT(*) FROM documents d WHERE NOT EXISTS
                        (SELECT 1 FROM document_blocks k WHERE k.document_id = d.id)""");
                torn.next();
                assertThat(torn.getInt(1)).as(b.toString()).isZero();
            }
        }
        Path last = backups.getLast();
        Path restored = work.resolve("restored-live");
        assertThat(CliRun.of("restore", "--archive", restored.toString(), last.toString()).status()).isZero();
        assertThat(jsonLines("persons", restored)).isEqualTo(jsonLines("persons", live));
        assertThat(searches(restored)).isEqualTo(searches(live));
    }

    @Test
    void aForcedRestoreReplacesAnArchiveAndItsIndexWhole() throws Exception {
        Path first = work.resolve("first");
        assertThat(CliRun.of("ingest", "--archive", first.toString(), docs().toString()).status()).isZero();
        Path backup = work.resolve("first.tarikh");
        assertThat(CliRun.of("backup", "--archive", first.toString(), backup.toString()).status()).isZero();

        Path other = work.resolve("other");
        Path otherDocs = Files.createDirectories(work.resolve("other-docs"));
        Files.writeString(otherDocs.resolve("x.txt"), "Мұстафа Шоқай 1890 жылы дүниеге келген.", StandardCharsets.UTF_8);
        assertThat(CliRun.of("ingest", "--archive", other.toString(), otherDocs.toString()).status()).isZero();

        CliRun refused = CliRun.of("restore", "--archive", other.toString(), backup.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("is not empty").contains("--force");

        CliRun forced = CliRun.of("restore", "--archive", other.toString(), "--force", backup.toString());
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(searches(other)).isEqualTo(searches(first));
        JsonNode gone = jsonLines("search", other, "--json", "Шоқай").get(0);
        assertThat(gone.get("total").asInt()).as("the replaced archive's document is out of the index too").isZero();
    }

    @Test
    void aFileThatIsNoTarikhBackupIsRefusedByName() throws Exception {
        Path text = Files.writeString(work.resolve("notes.txt"), "just some notes", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("restore", "--archive", work.resolve("a").toString(), text.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(text.toString()).contains("is not a Tarikh backup").doesNotContain("Exception");

        Path otherDb = work.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + otherDb)) {
            c.createStatement().execute("CREATE TABLE recipes (name TEXT)");
        }
        run = CliRun.of("restore", "--archive", work.resolve("b").toString(), otherDb.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("is an SQLite database but not a Tarikh backup");

        run = CliRun.of("restore", "--archive", work.resolve("c").toString(), work.resolve("missing.tarikh").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no backup file at");
        assertThat(work.resolve("a")).doesNotExist();
    }

    @Test
    void aBackupNeverOverwritesAFileUnlessForced() throws Exception {
        Path archive = work.resolve("archive");
        assertThat(CliRun.of("ingest", "--archive", archive.toString(), docs().toString()).status()).isZero();
        Path taken = Files.writeString(work.resolve("taken.db"), "precious", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("backup", "--archive", archive.toString(), taken.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("exists already");
        assertThat(Files.readString(taken)).isEqualTo("precious");
        assertThat(CliRun.of("backup", "--archive", archive.toString(), "--force", taken.toString()).status()).isZero();
        assertThat(CliRun.of("restore", "--archive", work.resolve("r").toString(), taken.toString()).status()).isZero();
    }

    /**
     * Every hit of each query, ordered by score and then id: hits of equal score come in the order the index
     * holds them, which is the order documents were indexed (in parallel by ingest, oldest first by restore).
     */
    private static List<JsonNode> searches(Path archive) throws Exception {
        List<String> args = new ArrayList<>(List.of("--json", "--limit", "100"));
        args.addAll(QUERIES);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode line : jsonLines("search", archive, args.toArray(String[]::new))) {
            var object = (com.fasterxml.jackson.databind.node.ObjectNode) line;
            object.remove("took_ms");
            List<JsonNode> hits = new ArrayList<>();
            line.get("hits").forEach(hits::add);
            assertThat(hits).hasSize(Math.min(100, line.get("total").asInt()));
            hits.sort(java.util.Comparator.comparing((JsonNode h) -> -h.get("score").asDouble())
                    .thenComparing(h -> h.get("id").asText()));
            object.putArray("hits").addAll(hits);
            out.add(object);
        }
        return out;
    }

    private static List<JsonNode> jsonLines(String command, Path archive, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(command, "--archive", archive.toString()));
        if (command.equals("persons")) args.add("--json");
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) if (!line.isBlank()) lines.add(JSON.readTree(line));
        return lines;
    }
}
