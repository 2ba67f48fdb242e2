package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.Shared;

/** Names piped to {@code reconcile} are answered in batches on every core: each line as the name alone gets it. */
class ReconcileCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path archive;

    @Test
    void namesFromStandardInputAreAnsweredInTheirOrderAsEachAloneIs() throws Exception {
        CliRun ingest = CliRun.of("ingest", "--archive", archive.toString(), Shared.seeds().toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();
        List<String> distinct = List.of("Zh. Aimauytov", "Жүсіпбек Аймауытов", "Лекеров", "Nobody Qwertyuly",
                "Ajmauytov", "Сейфуллин", "Dulatov", "Міржақып Дулатұлы", "Букейханов", "Alikhan Bokeikhan", "Rysqulov");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2_300; i++) names.add(distinct.get((i * 7 + i / 11) % distinct.size())); // over two batches
        CliRun run = CliRun.withInput(String.join("\n", names) + "\n", "reconcile", "--archive", archive.toString(),
                "--json", "--limit", "3");
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(names.size());
        List<JsonNode> alone = new ArrayList<>();
        for (String name : distinct) {
            CliRun one = CliRun.of("reconcile", "--archive", archive.toString(), "--json", "--limit", "3", name);
            alone.add(JSON.readTree(one.out().lines().findFirst().orElseThrow()));
        }
        for (int i = 0; i < names.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            assertThat(line.get("query").asText()).isEqualTo(names.get(i));
            assertThat(line).as(names.get(i)).isEqualTo(alone.get(distinct.indexOf(names.get(i))));
        }
        assertThat(alone.get(0).at("/result/0/match").asBoolean()).isTrue();
    }
}
