package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.Shared;

class IngestAndSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path archive;
    @TempDir Path docs;

    @Test
    void seedsAreFoundAcrossScriptsAndSpellings() throws Exception {
        Path seeds = Shared.seeds();
        CliRun ingest = CliRun.of("ingest", "--archive", archive.toString(), seeds.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();

        List<JsonNode> lines = jsonLines(CliRun.of("search", "--archive", archive.toString(), "--json", "Лекеров", "Aimauytov"));
        assertThat(lines).hasSize(2);
        assertThat(sources(lines.get(0))).contains("000_44c39807cfd86c6c.txt", "001_737d78f19a28e683.txt");
        assertThat(sources(lines.get(1))).contains("002_62ff567576bf5ff1.txt");
        assertThat(lines.get(0).get("hits").get(0).get("snippet").asText()).contains("<mark>");
    }

    @Test
    void ingestingTwiceChangesNothingAndAChangedFileReplacesItsVersion() throws Exception {
        Path file = docs.resolve("note.md");
        Files.writeString(file, "# Алаш\n\nАлихан Букейханов возглавил правительство Алаш-Орды в 1917 году.\n",
                StandardCharsets.UTF_8);
        assertThat(CliRun.of("ingest", "--archive", archive.toString(), docs.toString()).status()).isZero();
        CliRun again = CliRun.of("ingest", "--archive", archive.toString(), docs.toString());
        assertThat(again.err()).contains("0 new, 0 replaced, 1 unchanged");

        Files.writeString(file, "# Алаш\n\nМиржакып Дулатов был арестован в 1928 году.\n", StandardCharsets.UTF_8);
        CliRun changed = CliRun.of("ingest", "--archive", archive.toString(), docs.toString());
        assertThat(changed.err()).contains("0 new, 1 replaced");

        JsonNode old = jsonLines(CliRun.of("search", "--archive", archive.toString(), "--json", "Букейханов")).get(0);
        JsonNode now = jsonLines(CliRun.of("search", "--archive", archive.toString(), "--json", "Dulatov")).get(0);
        assertThat(old.get("total").asInt()).isZero();
        assertThat(now.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void searchingAFolderThatHoldsNoArchiveSaysSo() {
        CliRun run = CliRun.of("search", "--archive", archive.resolve("nothing-here").toString(), "Алаш");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no archive at").contains("tarikh ingest");
    }

    @Test
    void sameBytesUnderAnotherNameAreStoredOnce() throws Exception {
        Files.writeString(docs.resolve("a.txt"), "Turar Ryskulov wrote to Stalin about the famine in 1932.", StandardCharsets.UTF_8);
        Files.copy(docs.resolve("a.txt"), docs.resolve("b.txt"));
        CliRun run = CliRun.of("ingest", "--archive", archive.toString(), docs.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("skipped").contains("same content as");
        JsonNode hits = jsonLines(CliRun.of("search", "--archive", archive.toString(), "--json", "Ryskulov")).get(0);
        assertThat(hits.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aQueryWithAStrayQuoteGetsAOneLineReason() throws Exception {
        Files.writeString(docs.resolve("a.txt"), "Алаш Орда 1917.", StandardCharsets.UTF_8);
        CliRun.of("ingest", "--archive", archive.toString(), docs.toString());
        CliRun run = CliRun.of("search", "--archive", archive.toString(), "--json", "\"Алаш Орда");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("quotation mark is not closed");
        assertThat(run.err()).doesNotContain("Exception");
    }

    static List<JsonNode> jsonLines(CliRun run) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) out.add(JSON.readTree(line));
        }
        return out;
    }

    static List<String> sources(JsonNode result) {
        List<String> names = new ArrayList<>();
        result.get("hits").forEach(h -> names.add(Path.of(h.get("source").asText()).getFileName().toString()));
        return names;
    }
}
