package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/**
 * The OpenAPI 3.1 description at {@code /api/openapi.json}: valid for swagger-parser's OpenAPI 3.1 reader, every
 * path it names is served, and the answers of the JSON API validate against the schemas it declares (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1, with networknt's validator).
 */
class OpenApiTest {
    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static ServedArchive served;
    private static Archive archive;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(docs.resolve("kaliev.txt"), "Нурлан Калиев родился в 1899 году. Нурлан Калиев был арестован в 1937 году.",
                StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("omarova.txt"), "Aigul Omarova was born in 1902. Aigul Omarova was arrested in 1938.",
                StandardCharsets.UTF_8);
        served = ServedArchive.of(archiveDir, docs, a -> new WebServer(a, "https://tarikh.example.org"));
        archive = served.archive;
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    private static JsonNode description() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void isAValidOpenApi31DescriptionWithTheConfiguredServer() throws Exception {
        JsonNode description = description();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(JSON.writeValueAsString(description), null, options);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getServers().get(0).getUrl()).isEqualTo("https://tarikh.example.org");
        // and swagger-parser does find faults: a path without responses, an operation with a bad parameter
        ObjectNode broken = description.deepCopy();
        ((ObjectNode) broken.at("/paths/~1api~1search/get")).remove("responses");
        ((ObjectNode) broken.at("/paths/~1api~1search/get/parameters/0")).remove("in");
        assertThat(new OpenAPIV3Parser().readContents(JSON.writeValueAsString(broken), null, options).getMessages()).isNotEmpty();
    }

    @Test
    void everyPathItDescribesIsServed() throws Exception {
        String document = archive.search("Калиев", 1).hits().get(0).id();
        String person = archive.persons().get(0).id();
        List<String> missing = new ArrayList<>();
        var paths = description().get("paths").properties();
        assertThat(paths).hasSizeGreaterThanOrEqualTo(12);
        for (var entry : paths) {
            String path = entry.getKey().replace("/api/documents/{id}", "/api/documents/" + document).replace("{id}", person);
            if (!entry.getValue().has("get")) continue;
            String query = switch (path) {
                case "/api/search" -> "?q=" + URLEncoder.encode("Калиев", StandardCharsets.UTF_8);
                case "/reconcile/preview" -> "?id=" + person;
                case "/reconcile/suggest/entity" -> "?prefix=Kal";
                default -> "";
            };
            int status = get(path + query).statusCode();
            if (status != 200) missing.add(path + query + " -> " + status);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void answersValidateAgainstTheSchemasItDeclares() throws Exception {
        JsonNode description = description();
        String document = archive.search("Omarova", 1).hits().get(0).id();
        assertThat(problems(description, "SearchResults", get("/api/search?q=Omarova").body())).isEmpty();
        assertThat(problems(description, "Document", get("/api/documents/" + document).body())).isEmpty();
        assertThat(problems(description, "Problem", get("/api/search").body())).isEmpty();
        assertThat(problems(description, "Problem", get("/api/documents/nothing-here").body())).isEmpty();
        assertThat(problems(description, "JsonLd", get("/export/persons.jsonld").body())).isEmpty();
        // the schemas are not vacuous
        assertThat(problems(description, "SearchResults", "{\"query\": \"x\", \"total\": -1, \"hits\": [{}]}")).isNotEmpty();
    }

    private static List<String> problems(JsonNode description, String schema, String json) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + schema);
        root.set("components", description.get("components"));
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return factory.getSchema(root).validate(JSON.readTree(json)).stream().map(ValidationMessage::getMessage).toList();
    }
}
