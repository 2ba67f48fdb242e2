package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
import java.util.Map;
import java.util.Set;
import org.tarikh.resolve.ResolvedPerson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.Shared;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/**
 * The W3C reconciliation service as OpenRefine uses it, over an archive of the demo corpus: OpenRefine's exact
 * requests (form-encoded {@code queries=} and {@code extend=} POSTs, GETs with a JSONP {@code callback}), every
 * answer checked against the official 0.2 schemas ({@link OfficialReconciliationSchemas}).
 */
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
        HttpResponse<String> response = post("queries", batchJson);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode result = JSON.readTree(response.body());
        assertThat(OfficialReconciliationSchemas.get().problems("reconciliation-result-batch.json", result)).isEmpty();
        return result;
    }

    private static HttpResponse<String> post(String field, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode suggest(String prefix) throws Exception {
        HttpResponse<String> r = get("/reconcile/suggest/entity?prefix=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(OfficialReconciliationSchemas.get().problems("suggest-entities-response.json", json)).isEmpty();
        return json;
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
        // and the official schema itself
        assertThat(OfficialReconciliationSchemas.get().problems("manifest.json", m)).isEmpty();
        assertThat(m.get("batchSize").asInt()).isEqualTo(ReconciliationService.BATCH_SIZE);
        assertThat(m.at("/extend/propose_properties/service_path").asText()).isEqualTo("/reconcile/properties");
        assertThat(m.get("identifierSpace").asText()).isEqualTo("http://localhost:" + server.port() + "/persons/");
    }

    @Test
    void theOfficialSchemasRejectWhatTheyShould() {
        // the validator is really at work: broken documents of each kind fail
        var official = OfficialReconciliationSchemas.get();
        assertThat(official.problems("manifest.json", "{\"versions\":[\"0.1\"],\"name\":\"x\",\"identifierSpace\":\"x\",\"schemaSpace\":\"x\"}")).isNotEmpty();
        assertThat(official.problems("reconciliation-query-batch.json", "{\"q0\": 5}")).isNotEmpty();
        assertThat(official.problems("reconciliation-query-batch.json", "{\"q0\": null}")).isNotEmpty();
        assertThat(official.problems("reconciliation-query-batch.json", "{\"q0\": {\"query\": 5}}")).isNotEmpty();
        assertThat(official.problems("reconciliation-result-batch.json", "{\"q0\": {\"result\": [{\"id\": \"x\"}]}}")).isNotEmpty();
        assertThat(official.problems("suggest-entities-response.json", "{\"result\": [{\"name\": \"x\"}]}")).isNotEmpty();
        assertThat(official.problems("data-extension-response.json", "{\"meta\": [], \"rows\": {\"a\": {\"p\": [{\"str\": 1}]}}}")).isNotEmpty();
    }

    @Test
    void queriesTheOfficialSchemaRejectsAnswer400WithTheReason() throws Exception {
        var official = OfficialReconciliationSchemas.get();
        for (String bad : List.of("{\"q0\": 5}", "{\"q0\": null}", "{\"q0\": {\"query\": 5}}", "{\"q0\": {}}",
                "{\"q0\": {\"query\": \"Ryskulov\", \"type_strict\": \"maybe\"}}")) {
            assertThat(official.problems("reconciliation-query-batch.json", bad)).as(bad).isNotEmpty();
            HttpResponse<String> r = post("queries", bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(bad).startsWith("query q0: ");
        }
        // a negative limit the schema lets through (it asks only for a number); a limit below 1 makes no sense
        String negative = "{\"q0\": {\"query\": \"Ryskulov\", \"limit\": -3}}";
        assertThat(official.problems("reconciliation-query-batch.json", negative)).isEmpty();
        HttpResponse<String> r = post("queries", negative);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("limit must be a number of at least 1");
        assertThat(post("queries", "{\"q0\": ").statusCode()).isEqualTo(400);
    }

    @Test
    void aBatchOverTheManifestsBatchSizeAnswers413() throws Exception {
        StringBuilder batch = new StringBuilder("{");
        for (int i = 0; i <= ReconciliationService.BATCH_SIZE; i++) {
            batch.append(i > 0 ? "," : "").append("\"q").append(i).append("\":{\"query\":\"Ryskulov\"}");
        }
        HttpResponse<String> r = post("queries", batch.append('}').toString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("batchSize");
    }

    @Test
    void aQueryThatIsAPersonsIdReturnsThatPerson() throws Exception {
        ResolvedPerson someone = archive.persons().get(archive.persons().size() / 2);
        JsonNode result = openRefineBatch("{\"q0\":{\"query\":" + JSON.writeValueAsString(someone.id()) + ",\"type\":\"Person\"},"
                + "\"q1\":{\"query\":" + JSON.writeValueAsString(base().replace("127.0.0.1", "localhost") + "/persons/" + someone.id()) + "}}");
        for (String q : List.of("q0", "q1")) {
            assertThat(result.at("/" + q + "/result/0/id").asText()).as(q).isEqualTo(someone.id());
            assertThat(result.at("/" + q + "/result/0/match").asBoolean()).isTrue();
        }
    }

    @Test
    void everyEndpointAllowsAnyOriginAndOnlyThePreviewMayBeFramed() throws Exception {
        String id = archive.persons().get(0).id();
        String extend = URLEncoder.encode("{\"ids\":[\"" + id + "\"],\"properties\":[{\"id\":\"birth_date\"}]}", StandardCharsets.UTF_8);
        for (String path : List.of("/reconcile", "/reconcile?queries=" + URLEncoder.encode("{\"q0\":{\"query\":\"Ryskulov\"}}", StandardCharsets.UTF_8),
                "/reconcile?extend=" + extend, "/reconcile/preview?id=" + id, "/reconcile/preview?id=nobody",
                "/reconcile/suggest/entity?prefix=Sei", "/reconcile/properties?type=Person", "/reconcile?queries=5")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            if (path.startsWith("/reconcile/preview")) {
                assertThat(csp).as(path).doesNotContain("frame-ancestors 'none'").contains("frame-ancestors *");
                assertThat(r.headers().firstValue("X-Frame-Options")).isEmpty();
            }
        }
        HttpResponse<String> page = get("/persons/" + id);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void getRequestsAnswerJsonpWhenACallbackIsGiven() throws Exception {
        HttpResponse<String> manifest = get("/reconcile?callback=jsonp1234");
        assertThat(manifest.headers().firstValue("Content-Type").orElse("")).startsWith("application/javascript");
        String body = manifest.body();
        assertThat(body).startsWith("/**/jsonp1234(").endsWith(");");
        JsonNode inner = JSON.readTree(body.substring(body.indexOf('(') + 1, body.lastIndexOf(')')));
        assertThat(OfficialReconciliationSchemas.get().problems("manifest.json", inner)).isEmpty();
        String suggest = get("/reconcile/suggest/entity?prefix=Sei&callback=jQuery_123.cb").body();
        assertThat(suggest).startsWith("/**/jQuery_123.cb({\"result\":");
        assertThat(get("/reconcile?callback=alert(1)//").statusCode()).isEqualTo(400);
    }

    @Test
    void urlsComeFromTheConfiguredBaseNeverFromTheHostHeader() throws Exception {
        WebServer configured = new WebServer(archive, "https://tarikh.example.org/").start("127.0.0.1", 0);
        try {
            for (WebServer s : List.of(server, configured)) {
                String expected = s == server ? "http://localhost:" + server.port() : "https://tarikh.example.org";
                JsonNode m = JSON.readTree(bodyOf(rawGet(s.port(), "/reconcile", "evil.example:666")));
                assertThat(m.get("identifierSpace").asText()).isEqualTo(expected + "/persons/");
                assertThat(m.at("/view/url").asText()).startsWith(expected + "/");
                assertThat(m.at("/preview/url").asText()).startsWith(expected + "/");
                assertThat(m.at("/suggest/entity/service_url").asText()).isEqualTo(expected);
                assertThat(m.at("/extend/propose_properties/service_url").asText()).isEqualTo(expected);
                String id = archive.persons().get(0).id();
                String ld = bodyOf(rawGet(s.port(), "/api/persons/" + id + ".jsonld", "evil.example:666"));
                assertThat(ld).doesNotContain("evil.example").contains(expected + "/persons/" + id);
                String eac = bodyOf(rawGet(s.port(), "/export/eac-cpf/" + id + ".xml", "evil.example:666"));
                assertThat(eac).doesNotContain("evil.example");
            }
        } finally {
            configured.stop();
        }
    }

    /** An HTTP/1.1 GET with the Host header a client chooses (java.net.http will not send a forged one). */
    private static String rawGet(int port, String path, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String bodyOf(String response) {
        assertThat(response).startsWith("HTTP/1.1 200");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        if (response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            StringBuilder joined = new StringBuilder();
            String rest = body;
            while (true) {
                int eol = rest.indexOf("\r\n");
                int size = Integer.parseInt(rest.substring(0, eol).strip(), 16);
                if (size == 0) break;
                byte[] bytes = rest.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
                String chunk = new String(bytes, 0, size, StandardCharsets.UTF_8);
                joined.append(chunk);
                rest = rest.substring(eol + 2 + chunk.length() + 2);
            }
            return joined.toString();
        }
        return body;
    }

    @Test
    void suggestIsAPrefixSearchOnEveryPerson() throws Exception {
        List<String> missedFive = new ArrayList<>();
        List<String> missedTyping = new ArrayList<>();
        List<ResolvedPerson> persons = archive.persons();
        for (ResolvedPerson p : persons) {
            String longest = PersonSuggest.words(String.join(" ", p.names()) + " " + p.name()).stream()
                    .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            String five = longest.substring(0, Math.min(5, longest.length()));
            if (!ids(suggest(five)).contains(p.id())) missedFive.add(p.id() + " '" + five + "'");
            for (String name : p.names()) {
                if (name.strip().length() <= 4) continue;
                String typing = name.strip().substring(0, name.strip().length() - 2);
                if (!ids(suggest(typing)).contains(p.id())) missedTyping.add(p.id() + " '" + typing + "'");
            }
        }
        System.out.printf(Locale.ROOT, "suggest: %d persons; missed from five letters %d, from a name but two letters %d%n",
                persons.size(), missedFive.size(), missedTyping.size());
        assertThat(persons.size()).as("persons of the demo archive").isGreaterThanOrEqualTo(20);
        assertThat(missedFive).isEmpty();
        assertThat(missedTyping).isEmpty();
    }

    @Test
    void suggestFindsAPersonTypedInAnotherScript() throws Exception {
        assertThat(suggest("Seifu").at("/result/0/name").asText()).matches("(?iu).*(seifullin|сейфуллин).*");
        assertThat(ids(suggest("Сейфу"))).isEqualTo(ids(suggest("сейфу")));
        assertThat(suggest("Сәкен Сей").at("/result/0/name").asText()).matches("(?iu).*(seifullin|сейфуллин).*");
        assertThat(suggest("").get("result")).isEmpty();
    }

    private static List<String> ids(JsonNode suggest) {
        List<String> ids = new ArrayList<>();
        suggest.get("result").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void dataExtensionAddsColumnsFromReconciledValues() throws Exception {
        var official = OfficialReconciliationSchemas.get();
        HttpResponse<String> proposed = get("/reconcile/properties?type=Person&limit=20");
        JsonNode proposals = JSON.readTree(proposed.body());
        assertThat(official.problems("data-extension-property-proposal.json", proposals)).isEmpty();
        List<String> offered = new ArrayList<>();
        proposals.get("properties").forEach(p -> offered.add(p.get("id").asText()));
        assertThat(offered).contains("birth_date", "death_date", "arrest_date", "sentence", "execution_date",
                "rehabilitation_date", "places", "sources");

        String ryskulov = openRefineBatch("{\"q0\":{\"query\":\"Turar Ryskulov\",\"type\":\"Person\"}}").at("/q0/result/0/id").asText();
        StringBuilder properties = new StringBuilder();
        for (String p : offered) properties.append(properties.isEmpty() ? "" : ",").append("{\"id\":\"").append(p).append("\"}");
        // what OpenRefine posts: the ids it reconciled, the properties the user chose
        String query = "{\"ids\":[\"" + ryskulov + "\",\"p-nobody-at-all\"],\"properties\":[" + properties + "]}";
        assertThat(official.problems("data-extension-query.json", query)).isEmpty();
        HttpResponse<String> r = post("extend", query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode answer = JSON.readTree(r.body());
        assertThat(official.problems("data-extension-response.json", answer)).isEmpty();
        assertThat(answer.get("meta").size()).isEqualTo(offered.size());
        JsonNode row = answer.at("/rows/" + ryskulov);
        assertThat(row.at("/birth_date/0/str").asText()).startsWith("1894");
        assertThat(row.at("/execution_date/0/str").asText()).startsWith("1938");
        assertThat(row.get("sources").size()).isGreaterThan(0);
        answer.at("/rows/p-nobody-at-all").forEach(values -> assertThat(values).isEmpty());

        assertThat(post("extend", "{\"ids\": [5], \"properties\": []}").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = post("extend", "{\"ids\": [], \"properties\": [{\"id\": \"shoe_size\"}]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("shoe_size").contains("birth_date");
    }

    @Test
    void aBatchAnswersEachQueryAsItWouldBeAnsweredAlone() throws Exception {
        String id = archive.persons().get(0).id();
        List<String> queries = List.of(
                "{\"query\":\"Сәкен Сейфуллин\",\"type\":\"Person\"}",
                "{\"query\":\"Turar Ryskulov\",\"limit\":2}",
                "{\"query\":\"Seifullin\",\"type\":\"Place\"}",
                "{\"query\":" + JSON.writeValueAsString(id) + ",\"type\":\"Person\",\"limit\":3}",
                "{\"query\":\"Ryskulov\",\"properties\":[{\"pid\":\"birthYear\",\"v\":\"1894\"}]}",
                "{\"query\":\"Zzyzx Qwertyuly\"}",
                "{\"query\":\"Байтұрсынұлы\",\"type\":[\"Thing\",\"Person\"],\"limit\":4}");
        StringBuilder batch = new StringBuilder("{");
        for (int i = 0; i < queries.size(); i++) batch.append(i > 0 ? "," : "").append("\"q").append(i).append("\":").append(queries.get(i));
        JsonNode together = openRefineBatch(batch.append('}').toString());
        assertThat(together.size()).isEqualTo(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            JsonNode alone = openRefineBatch("{\"only\":" + queries.get(i) + "}").get("only");
            assertThat(together.get("q" + i)).as(queries.get(i)).isEqualTo(alone);
        }
        assertThat(together.at("/q0/result/0/match").asBoolean()).isTrue();
        assertThat(together.at("/q2/result")).isEmpty();
        assertThat(together.at("/q3/result/0/id").asText()).isEqualTo(id);
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
        JsonNode suggest = suggest("Сейфуллин");
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
