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

/** {@code curate} and {@code audit} as scripts use them (spec/cli-contract.md). */
class CurateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path archive;
    @TempDir Path docs;

    @Test
    void aMergeByTheCommandLineIsAuditedAndUndone() throws Exception {
        Files.writeString(docs.resolve("ru.txt"), "Мухтар Ауэзов родился в 1897 году. Ауэзов был арестован в 1930 году.\n",
                StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("kk.txt"), "Мұхтар Әуезов жазушы болды. Әуезов 1961 жылы қайтыс болды.\n",
                StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("other.txt"), "Габит Мусрепов написал роман.\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("ingest", "--archive", archive.toString(), docs.toString()).status()).isZero();
        List<JsonNode> persons = lines(CliRun.of("persons", "--archive", archive.toString(), "--json"));
        String auezov = idOf(persons, "Ауэзов"), musrepov = idOf(persons, "Мусрепов");

        CliRun merge = CliRun.of("curate", "--archive", archive.toString(), "--editor", "aliya", "--reason",
                "test: two writers are not one", "--json", "merge", auezov, musrepov);
        assertThat(merge.status()).as(merge.err()).isZero();
        JsonNode change = JSON.readTree(merge.out());
        assertThat(change.get("change").asText()).startsWith("ch-");
        String survivor = change.get("person").asText();
        assertThat(survivor).isIn(auezov, musrepov);
        assertThat(lines(CliRun.of("persons", "--archive", archive.toString(), "--json")))
                .extracting(p -> p.get("id").asText()).contains(survivor).doesNotContain(survivor.equals(auezov) ? musrepov : auezov);

        List<JsonNode> audit = lines(CliRun.of("audit", "--archive", archive.toString(), "--person", survivor, "--json"));
        assertThat(audit).hasSize(1);
        JsonNode event = audit.get(0);
        assertThat(event.get("action").asText()).isEqualTo("merge");
        assertThat(event.get("editor").asText()).isEqualTo("aliya");
        assertThat(event.get("reason").asText()).isEqualTo("test: two writers are not one");
        assertThat(event.get("at").asText()).isNotBlank();
        assertThat(event.get("before").isObject()).isTrue();
        assertThat(event.get("after").get("persons").toString()).contains("merged");

        CliRun undo = CliRun.of("curate", "--archive", archive.toString(), "--editor", "aliya", "--reason", "undo the test",
                "--json", "undo", change.get("change").asText());
        assertThat(undo.status()).as(undo.err()).isZero();
        assertThat(lines(CliRun.of("persons", "--archive", archive.toString(), "--json")))
                .extracting(p -> p.get("id").asText()).contains(auezov, musrepov);
    }

    @Test
    void badCurationIsRefusedWithAReason() throws Exception {
        Files.writeString(docs.resolve("ru.txt"), "Мухтар Ауэзов родился в 1897 году.\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("ingest", "--archive", archive.toString(), docs.toString()).status()).isZero();
        CliRun noReason = CliRun.of("curate", "--archive", archive.toString(), "--editor", "aliya", "merge", "a", "b");
        assertThat(noReason.status()).isEqualTo(1);
        assertThat(noReason.err()).contains("--reason");
        CliRun unknown = CliRun.of("curate", "--archive", archive.toString(), "--editor", "aliya", "--reason", "x",
                "merge", "p-nobody", "p-nobody-2");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("no person p-nobody").doesNotContain("Exception");
        CliRun noArchive = CliRun.of("curate", "--archive", archive.resolve("none").toString(), "--editor", "aliya",
                "--reason", "x", "undo", "ch-1");
        assertThat(noArchive.status()).isEqualTo(1);
        assertThat(noArchive.err()).contains("no archive");
    }

    private static String idOf(List<JsonNode> persons, String surname) {
        for (JsonNode p : persons) if (p.get("names").toString().contains(surname)) return p.get("id").asText();
        throw new AssertionError("no " + surname + " in " + persons);
    }

    private static List<JsonNode> lines(CliRun run) throws Exception {
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) if (!line.isBlank()) out.add(JSON.readTree(line));
        return out;
    }
}
