package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD of persons read by a JSON-LD processor (Titanium, JSON-LD 1.1 expansion, nothing fetched: the context
 * is inline): every term becomes an IRI, schema.org terms only where schema.org defines them for the node's type,
 * our own terms in our declared namespace.
 */
class PersonExportsJsonLdTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://tarikh.example.org";
    private static final String SCHEMA = "https://schema.org/";
    /**
     * The schema.org properties of the types we write, as schema.org defines them (Thing, CreativeWork and so Claim,
     * Person, Place, PropertyValue): the allowed terms, not a reading of our own output.
     */
    private static final Map<String, Set<String>> DEFINED = Map.of(
            "Person", Set.of("identifier", "url", "name", "alternateName", "birthDate", "birthPlace", "deathDate", "deathPlace", "subjectOf"),
            "Claim", Set.of("about", "name", "text", "temporalCoverage", "spatialCoverage", "citation", "url", "identifier"),
            "CreativeWork", Set.of("name", "url", "identifier"),
            "Place", Set.of("name"),
            "PropertyValue", Set.of("name", "value"));

    private static JsonArray expand(Map<String, Object> document) throws Exception {
        String json = JSON.writeValueAsString(document);
        return JsonLd.expand(JsonDocument.of(new StringReader(json))).get();
    }

    @Test
    void everyTermExpandsToASchemaOrgIriItsTypeHasOrToOurVocabulary() throws Exception {
        JsonArray expanded = expand(PersonExports.jsonLd(EacCpfTest.person(), BASE, id -> "Справка"));
        assertThat(expanded).hasSize(1);
        List<String> problems = new ArrayList<>();
        Set<String> ours = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        walk(expanded.getJsonObject(0), problems, ours, types);
        assertThat(problems).isEmpty();
        assertThat(types).contains("Person", "Claim", "CreativeWork", "PropertyValue");
        assertThat(ours).containsExactlyInAnyOrder("eventType", "supportingSources", "detail");

        JsonObject person = expanded.getJsonObject(0);
        assertThat(person.getString("@id")).isEqualTo(BASE + "/persons/p-ryskulov");
        JsonObject claim = person.getJsonArray(SCHEMA + "subjectOf").getJsonObject(0);
        JsonObject count = claim.getJsonArray(PersonExports.vocabularyIri(BASE) + "supportingSources").getJsonObject(0);
        assertThat(count.getString("@type")).isEqualTo("http://www.w3.org/2001/XMLSchema#integer");
        assertThat(claim.containsKey(SCHEMA + "additionalProperty")).isFalse();
        // url is a link, not a string
        assertThat(person.getJsonArray(SCHEMA + "url").getJsonObject(0).getString("@id")).isEqualTo(BASE + "/persons/p-ryskulov");
    }

    @Test
    void theGraphOfManyPersonsAndTheVocabularyExpandToo() throws Exception {
        JsonArray graph = expand(PersonExports.jsonLdGraph(List.of(EacCpfTest.person()), BASE, id -> null));
        assertThat(graph).isNotEmpty();
        JsonArray vocab = expand(PersonExports.vocabulary(BASE));
        Set<String> terms = new TreeSet<>();
        vocab.forEach(v -> terms.add(v.asJsonObject().getString("@id")));
        String ns = PersonExports.vocabularyIri(BASE);
        assertThat(terms).containsExactlyInAnyOrder(ns + "eventType", ns + "supportingSources", ns + "detail");
    }

    /** Checks a node's type and keys; recurses into its values. */
    private static void walk(JsonObject node, List<String> problems, Set<String> ours, Set<String> types) {
        String type = null;
        if (node.containsKey("@type")) {
            String iri = node.getJsonArray("@type").getString(0);
            if (!iri.startsWith(SCHEMA)) problems.add("type not of schema.org: " + iri);
            type = iri.substring(SCHEMA.length());
            types.add(type);
        }
        for (var entry : node.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("@")) continue;
            if (key.startsWith(SCHEMA)) {
                String term = key.substring(SCHEMA.length());
                if (type != null && DEFINED.containsKey(type) && !DEFINED.get(type).contains(term)) {
                    problems.add(term + " on " + type + ", which schema.org does not define there");
                }
            } else if (key.startsWith(PersonExports.vocabularyIri(BASE))) {
                ours.add(key.substring(PersonExports.vocabularyIri(BASE).length()));
            } else {
                problems.add("term not resolved to a known namespace: " + key);
            }
            for (JsonValue v : entry.getValue().asJsonArray()) {
                if (v.getValueType() == JsonValue.ValueType.OBJECT && !v.asJsonObject().containsKey("@value")) {
                    walk(v.asJsonObject(), problems, ours, types);
                }
            }
        }
    }
}
