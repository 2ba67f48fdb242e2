package org.tarikh.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.TarikhException;
import org.tarikh.cli.CliRun;

/** Which store and search an archive is on: chosen by option or environment, recorded in the folder, checked. */
class ArchiveConfigTest {
    @TempDir Path work;

    @Test
    void optionsWinOverTheEnvironmentAndNothingSetMeansEmbedded() {
        ArchiveConfig none = ArchiveConfig.choose(null, " ", Map.of());
        assertThat(none.embeddedDatabase()).isTrue();
        assertThat(none.embeddedSearch()).isTrue();

        Map<String, String> env = Map.of("TARIKH_DATABASE", "postgresql://ann@db.example:6543/arch",
                "TARIKH_SEARCH", "http://127.0.0.1:9201, http://127.0.0.1:9202/");
        ArchiveConfig fromEnv = ArchiveConfig.choose(null, null, env);
        assertThat(fromEnv.database().shown()).isEqualTo("postgresql://ann@db.example:6543/arch");
        assertThat(fromEnv.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/arch");
        assertThat(fromEnv.search()).containsExactly(URI.create("http://127.0.0.1:9201"), URI.create("http://127.0.0.1:9202"));

        ArchiveConfig option = ArchiveConfig.choose("postgresql://bob:secret@localhost/other", null, env);
        assertThat(option.database().user()).isEqualTo("bob");
        assertThat(option.database().password()).isEqualTo("secret");
        assertThat(option.database().port()).isEqualTo(5432);
        assertThat(option.database().shown()).doesNotContain("secret");
    }

    @Test
    void aBadUrlIsNamedWithWhereItCameFromAndNoPassword() {
        assertThatThrownBy(() -> ArchiveConfig.choose("mysql://a@b/c", null, Map.of()))
                .isInstanceOf(TarikhException.class).hasMessageContaining("--database").hasMessageContaining("mysql://a@b/c")
                .hasMessageContaining("postgresql://USER@HOST:PORT/DATABASE");
        assertThatThrownBy(() -> ArchiveConfig.choose(null, null, Map.of("TARIKH_DATABASE", "postgresql://u:pw@host")))
                .isInstanceOf(TarikhException.class).hasMessageContaining("TARIKH_DATABASE").hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> ArchiveConfig.choose(null, null, Map.of("TARIKH_DATABASE", "postgresql://host:5432/db")))
                .hasMessageContaining("names no user");
        assertThatThrownBy(() -> ArchiveConfig.choose(null, "127.0.0.1:9200", Map.of()))
                .isInstanceOf(TarikhException.class).hasMessageContaining("--search").hasMessageContaining("'127.0.0.1:9200'");
    }

    @Test
    void theFolderRecordsItsConfigurationWithoutThePassword() throws Exception {
        ArchiveConfig config = ArchiveConfig.choose("postgresql://ann:hush@127.0.0.1:5544/tarikh", "http://127.0.0.1:9200", Map.of());
        config.recordIn(work);
        String written = Files.readString(work.resolve(ArchiveConfig.FILE), StandardCharsets.UTF_8);
        assertThat(written).contains("store=postgresql", "database=postgresql://ann@127.0.0.1:5544/tarikh",
                "search=opensearch", "search.nodes=http://127.0.0.1:9200").doesNotContain("hush");
        ArchiveConfig read = ArchiveConfig.recordedIn(work).orElseThrow();
        assertThat(read.database().shown()).isEqualTo(config.database().shown());
        assertThat(read.search()).isEqualTo(config.search());
        ArchiveConfig.embedded().recordIn(work);
        assertThat(ArchiveConfig.recordedIn(work).orElseThrow()).isEqualTo(ArchiveConfig.embedded());
    }

    @Test
    void anEmbeddedArchiveRefusesADatabaseAndSaysHowToOpenIt() throws Exception {
        Path folder = work.resolve("a");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("doc.txt"), "Мұхтар Әуезов 1897 жылы туған.", StandardCharsets.UTF_8);
        try (Archive archive = Archive.open(folder, true)) {
            archive.ingest(List.of(folder.resolve("doc.txt")), Archive.DEFAULT_MAX_DOCUMENT_BYTES, new IngestListener() {});
        }
        assertThat(ArchiveConfig.recordedIn(folder)).contains(ArchiveConfig.embedded());
        ArchiveConfig postgres = ArchiveConfig.choose("postgresql://ann@127.0.0.1:1/none", null, Map.of());
        assertThatThrownBy(() -> Archive.open(folder, postgres, false))
                .isInstanceOf(TarikhException.class)
                .hasMessageContaining("uses the embedded SQLite database, not PostgreSQL at postgresql://ann@127.0.0.1:1/none")
                .hasMessageContaining("unset TARIKH_DATABASE");
        // an archive of an older version (no record yet, its database there) counts as embedded, and is recorded
        Files.delete(folder.resolve(ArchiveConfig.FILE));
        assertThatThrownBy(() -> Archive.open(folder, postgres, true)).hasMessageContaining("uses the embedded SQLite database");
        try (Archive archive = Archive.open(folder, true)) {
            assertThat(archive.documentCount()).isEqualTo(1);
        }
        assertThat(Files.exists(folder.resolve(ArchiveConfig.FILE))).isTrue();
    }

    @Test
    void aFolderRecordedOnPostgresqlRefusesTheEmbeddedDefault() {
        ArchiveConfig.choose("postgresql://ann@127.0.0.1:5544/tarikh", null, Map.of()).recordIn(work);
        assertThatThrownBy(() -> Archive.open(work, false))
                .isInstanceOf(TarikhException.class)
                .hasMessageContaining("uses PostgreSQL at postgresql://ann@127.0.0.1:5544/tarikh, not the embedded SQLite database")
                .hasMessageContaining("TARIKH_DATABASE=postgresql://ann@127.0.0.1:5544/tarikh");
        assertThatThrownBy(() -> Archive.open(work, ArchiveConfig.choose("postgresql://ann@127.0.0.1:5544/other", null, Map.of()), false))
                .hasMessageContaining("not PostgreSQL at postgresql://ann@127.0.0.1:5544/other");
    }

    @Test
    void anUnreachableDatabaseIsAClearErrorAndCreatesNothing() {
        Path folder = work.resolve("new");
        // port 1 on loopback: nothing listens there
        assertThatThrownBy(() -> Archive.open(folder, ArchiveConfig.choose("postgresql://ann@127.0.0.1:1/tarikh", null, Map.of()), true))
                .isInstanceOf(TarikhException.class)
                .hasMessageContaining("cannot connect to the archive's PostgreSQL database postgresql://ann@127.0.0.1:1/tarikh");
        assertThat(Files.exists(folder.resolve(ArchiveConfig.FILE))).isFalse();
    }

    @Test
    void theCommandLineTakesTheOptionsAndSaysWhenOpenSearchIsMissingFromTheBuild() throws Exception {
        Path docs = Files.createDirectories(work.resolve("docs"));
        Files.writeString(docs.resolve("d.txt"), "Сәкен Сейфуллин 1894 жылы туған.", StandardCharsets.UTF_8);
        var run = CliRun.of("ingest", "--archive", work.resolve("arch").toString(), "--search", "http://127.0.0.1:9",
                docs.toString());
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("OpenSearch (http://127.0.0.1:9) is not available in this build").doesNotContain("Exception");
        assertThat(Files.exists(work.resolve("arch").resolve(ArchiveConfig.FILE))).isFalse();
        var bad = CliRun.of("search", "--archive", work.resolve("arch").toString(), "--database", "sqlite:x", "word");
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("--database: 'sqlite:x' is no PostgreSQL URL");
    }
}
