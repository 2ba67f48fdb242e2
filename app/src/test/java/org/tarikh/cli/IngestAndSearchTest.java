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

    @Test
    void pagesOfAQueryFollowTheNextCursorToTheLast() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(docs.resolve("n" + i + ".txt"), "Алаш Орда, заметка " + (i + 1) + ("; Алаш").repeat(i) + ".",
                    StandardCharsets.UTF_8);
        }
        assertThat(CliRun.of("ingest", "--archive", archive.toString(), docs.toString()).status()).isZero();
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 4; page++) {
            List<String> args = new ArrayList<>(List.of("search", "--archive", archive.toString(), "--json", "--limit", "2"));
            if (after != null) args.addAll(List.of("--after", after));
            args.add("Алаш");
            JsonNode line = jsonLines(CliRun.of(args.toArray(String[]::new))).get(0);
            line.get("hits").forEach(h -> ids.add(h.get("id").asText()));
            after = line.get("next").isNull() ? null : line.get("next").asText();
            if (after == null) break;
        }
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        assertThat(after).isNull();

        CliRun bad = CliRun.of("search", "--archive", archive.toString(), "--after", "x\"y", "Алаш");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("'x\"y' is not a search cursor").doesNotContain("Exception");
        CliRun two = CliRun.of("search", "--archive", archive.toString(), "--after", "1.2.3", "Алаш", "Орда");
        assertThat(two.status()).isEqualTo(1);
        assertThat(two.err()).contains("--after continues one query");
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
