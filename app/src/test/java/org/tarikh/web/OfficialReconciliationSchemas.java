package org.tarikh.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tarikh.Shared;

/**
 * The official JSON schemas of the reconciliation API 0.2 ({@code ../shared/spec/official/reconciliation-0.2},
 * unchanged files of reconciliation-api/specs), compiled with networknt's json-schema-validator, and the problems
 * they find in a document. Tests using it are skipped only where the shared folder is missing.
 *
 * <p>Two readings are needed to use the files offline, neither changing what they require: each file's
 * {@code "$schema": "http://json-schema.org/schema#"} ("the latest draft", which no validator can fetch here) is
 * read as draft-07, the draft the specification's own test suite validates with; and the references by URL
 * ({@code type.json} under the schemas' {@code $id}, and the manifest's
 * {@code http://swagger.io/v2/schema.json#/definitions/securityDefinitions/...}, the OpenAPI 2.0 schema that the
 * folder ships as {@code openapi.json}) are answered with the files of the folder, by their {@code $id}.
 */
final class OfficialReconciliationSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    private static final String SWAGGER = "http://swagger.io/v2/schema.json";
    private static volatile OfficialReconciliationSchemas loaded;

    private final Map<String, String> idByFile = new HashMap<>();
    private final JsonSchemaFactory factory;

    private OfficialReconciliationSchemas(Path folder) {
        Map<String, String> byId = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                ObjectNode schema = (ObjectNode) JSON.readTree(file.toFile());
                schema.put("$schema", DRAFT_07);
                String id = file.getFileName().toString().equals("openapi.json") ? SWAGGER : schema.path("$id").asText();
                if (file.getFileName().toString().equals("openapi.json")) schema.put("$id", SWAGGER);
                byId.put(id, JSON.writeValueAsString(schema));
                idByFile.put(file.getFileName().toString(), id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the official schemas in " + folder, e);
        }
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(byId)));
    }

    /** The schemas in {@code ../shared}; the calling test is skipped when they are not there. */
    static OfficialReconciliationSchemas get() {
        Path folder = Shared.path("spec/official/reconciliation-0.2");
        OfficialReconciliationSchemas current = loaded;
        if (current == null) {
            current = new OfficialReconciliationSchemas(folder);
            loaded = current;
        }
        return current;
    }

    /** What the schema of that file name ({@code manifest.json}) finds wrong in the document; empty when valid. */
    List<String> problems(String file, JsonNode document) {
        String id = idByFile.get(file);
        if (id == null) throw new IllegalArgumentException("no official schema " + file + " (have " + idByFile.keySet() + ")");
        JsonSchema schema = factory.getSchema(SchemaLocation.of(id));
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    List<String> problems(String file, String json) {
        try {
            return problems(file, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
