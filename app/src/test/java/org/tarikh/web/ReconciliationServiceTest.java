package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.Shared;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/** The W3C reconciliation service as OpenRefine uses it, over an archive of the demo corpus. */
class ReconciliationServiceTest {
    @TempDir static Path archiveDir;
    private static Archive archive;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(Shared.home().resolve("demo/corpus")), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        server = new WebServer(archive).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        archive.close();
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** What OpenRefine 3 sends: a form-encoded POST with one field, queries, holding a JSON batch. */
    private static JsonNode openRefineBatch(String batchJson) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + URLEncoder.encode(batchJson, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void manifestMeetsTheSpecsSchema() throws Exception {
        JsonNode m = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/reconcile")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        // the rules of reconciliation-api/specs 0.2/schemas/manifest.json, one by one
        for (String required : List.of("versions", "name", "identifierSpace", "schemaSpace")) {
            assertThat(m.has(required)).as(required).isTrue();
        }
        assertThat(m.get("versions").isArray()).isTrue();
        List<String> versions = new ArrayList<>();
        m.get("versions").forEach(v -> versions.add(v.asText()));
        assertThat(versions).contains("0.2");
        for (String field : List.of("name", "identifierSpace", "schemaSpace")) assertThat(m.get(field).isTextual()).isTrue();
        assertThat(m.at("/view/url").asText()).matches(".*\\{\\{id\\}\\}.*");
        assertThat(m.at("/preview/url").asText()).matches(".*\\{\\{id\\}\\}.*");
        assertThat(m.at("/preview/width").isInt()).isTrue();
        assertThat(m.at("/preview/height").isInt()).isTrue();
        Set<String> types = new HashSet<>();
        m.get("defaultTypes").forEach(t -> {
            assertThat(t.get("id").isTextual() && t.get("name").isTextual()).isTrue();
            assertThat(types.add(t.toString())).as("defaultTypes are unique").isTrue();
        });
        assertThat(m.at("/suggest/entity/service_url").isTextual()).isTrue();
        assertThat(m.at("/suggest/entity/service_path").isTextual()).isTrue();
    }

    @Test
    void openRefineBatchFindsPersonsInAnySpelling() throws Exception {
        JsonNode result = openRefineBatch("""
                {"q0":{"query":"Сәкен Сейфуллин","type":"Person","type_strict":"should"},
                 "q1":{"query":"Saken Seifullin","type":"Person","type_strict":"should","limit":3},
                 "q2":{"query":"Turar Ryskulov","type":"Person","type_strict":"should",
                       "properties":[{"pid":"birthYear","v":"1894"}]},
                 "q3":{"query":"Ivan Nobodyev","type":"Person","type_strict":"should"}}""");
        String seifullin = result.at("/q0/result/0/id").asText();
        assertThat(seifullin).isNotBlank();
        assertThat(result.at("/q0/result/0/match").asBoolean()).isTrue();
        assertThat(result.at("/q1/result/0/id").asText()).isEqualTo(seifullin);
        assertThat(result.at("/q1/result").size()).isLessThanOrEqualTo(3);
        assertThat(result.at("/q2/result/0/name").asText()).matches("(?iu).*(ryskulov|рыскулов|рысқұлов).*");
        assertThat(result.at("/q3/result").findValues("match")).noneMatch(JsonNode::asBoolean);
        for (String q : List.of("q0", "q1", "q2")) {
            JsonNode first = result.at("/" + q + "/result/0");
            assertThat(first.get("score").isNumber()).isTrue();
            assertThat(first.at("/type/0/id").asText()).isEqualTo("Person");
        }
    }

    @Test
    void answersABatchOfAHundredQueries() throws Exception {
        List<String> names = List.of("Сейфуллин", "Aimauytov", "Әлихан Бөкейханов", "Ryskulov", "Ж. Аймауытов",
                "Mailin", "Жансүгіров", "Goloshchekin", "Magzhan Zhumabaev", "Nobody Atall");
        StringBuilder batch = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            if (i > 0) batch.append(',');
            batch.append("\"q").append(i).append("\":{\"query\":").append(JSON.writeValueAsString(names.get(i % names.size())))
                    .append(",\"type\":\"Person\",\"type_strict\":\"should\"}");
        }
        batch.append('}');
        openRefineBatch(batch.toString()); // warm-up
        long started = System.nanoTime();
        JsonNode result = openRefineBatch(batch.toString());
        double millis = (System.nanoTime() - started) / 1e6;
        assertThat(result.size()).isEqualTo(100);
        System.out.printf(Locale.ROOT, "reconciliation: a batch of 100 OpenRefine queries answered in %.1f ms%n", millis);
    }

    @Test
    void previewAndSuggestServeOpenRefinesWidgets() throws Exception {
        JsonNode suggest = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base()
                + "/reconcile/suggest/entity?prefix=" + URLEncoder.encode("Сейфуллин", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String id = suggest.at("/result/0/id").asText();
        assertThat(id).isNotBlank();
        HttpResponse<String> preview = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/reconcile/preview?id="
                + URLEncoder.encode(id, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<strong>");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/persons/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>").contains("Why here");
    }
}
