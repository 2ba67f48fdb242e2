package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.Shared;

/**
 * The seeds disagree on when Goloshchekin came to power in Kazakhstan (1925 in one, 1935 in another, which spells
 * him Goloshikin and names the republic the Kazakh SSR): after ingesting them, his dossier says so with both sources.
 */
class SeedConflictsTest {
    @TempDir Path archive;

    @Test
    void theSeedsDisagreeOnWhenGoloshchekinCameToPowerAndTheDossierShowsBothSources() throws Exception {
        Path seeds = Shared.seeds();
        CliRun ingest = CliRun.of("ingest", "--archive", archive.toString(), seeds.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();

        expectOneGoloshchekinWithTheConflict();
    }

    /**
     * The demo corpus names Goloshchekin in every language, once as "Голощекин Қазақстаннан" (Goloshchekin from
     * Kazakhstan), which must not make a second, named Goloshchekin that keeps the seeds' lone surnames apart.
     */
    @Test
    void theConflictHoldsWhenTheDemoCorpusIsIngestedWithTheSeeds() throws Exception {
        Path seeds = Shared.seeds();
        Path demo = Shared.home().resolve("demo/corpus");
        assumeTrue(Files.isDirectory(demo), "demo corpus missing: " + demo);
        CliRun ingest = CliRun.of("ingest", "--archive", archive.toString(), seeds.toString(), demo.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();

        expectOneGoloshchekinWithTheConflict();
    }

    private void expectOneGoloshchekinWithTheConflict() throws Exception {
        List<JsonNode> persons = IngestAndSearchTest.jsonLines(CliRun.of("persons", "--archive", archive.toString(), "--json"));
        // every person any of whose names is a spelling of Goloshchekin's (Goloshikin, Голощёкин …)
        List<JsonNode> goloshchekin = persons.stream()
                .filter(p -> names(p).stream().map(n -> n.toLowerCase(java.util.Locale.ROOT))
                        .anyMatch(n -> n.contains("olosh") || n.contains("олощ")))
                .toList();
        assertThat(goloshchekin).as("one person for Goloshchekin, Goloshekin and Goloshikin").singleElement()
                .satisfies(p -> {
                    assertThat(names(p)).contains("Goloshikin", "Goloshekin");
                    JsonNode conflict = null;
                    for (JsonNode c : p.get("conflicts")) if (c.get("type").asText().equals("position")) conflict = c;
                    assertThat(conflict).as("a position conflict in " + p.get("conflicts")).isNotNull();
                    assertThat(texts(conflict.get("values"))).containsExactlyInAnyOrder("1925", "1935");
                    assertThat(String.join(" ", texts(conflict.get("sources"))))
                            .contains("000_44c39807cfd86c6c.txt", "002_62ff567576bf5ff1.txt");
                    for (JsonNode e : p.get("events")) {
                        if (e.path("place").asText().equals("Kazakhstan")) {
                            assertThat(e.get("details").get("placeName").asText()).isEqualTo("Kazakhstan");
                        }
                    }
                });
    }

    private static List<String> names(JsonNode person) {
        return texts(person.get("names"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
