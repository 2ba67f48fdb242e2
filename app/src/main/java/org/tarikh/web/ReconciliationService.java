package org.tarikh.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.resolve.Candidate;
import org.tarikh.resolve.ResolvedPerson;

/**
 * The W3C Entity Reconciliation API (version 0.2) over the archive's persons, so that OpenRefine users can link
 * their own spreadsheets of names: {@code GET /reconcile} gives the service manifest; {@code GET|POST /reconcile}
 * with {@code queries={"q0":{"query":"Zh. Aimauytov","type":"Person","limit":3}}} answers
 * {@code {"q0":{"result":[…]}}}; {@code /reconcile/preview?id=} and {@code /reconcile/suggest/entity?prefix=}
 * serve OpenRefine's preview and suggest widgets.
 */
final class ReconciliationService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_QUERIES = 1000;
    private final Archive archive;

    ReconciliationService(Archive archive) {
        this.archive = archive;
    }

    void register(JavalinConfig config) {
        config.routes.get("/reconcile", this::reconcile);
        config.routes.post("/reconcile", this::reconcile);
        config.routes.get("/reconcile/preview", this::preview);
        config.routes.get("/reconcile/suggest/entity", this::suggest);
    }

    private void reconcile(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        String queries = ctx.formParam("queries");
        if (queries == null) queries = ctx.queryParam("queries");
        if (queries == null || queries.isBlank()) {
            ctx.json(manifest(base(ctx)));
            return;
        }
        JsonNode batch;
        try {
            batch = JSON.readTree(queries);
        } catch (Exception e) {
            throw new TarikhException("queries is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (batch == null || !batch.isObject()) {
            throw new TarikhException("queries must be a JSON object such as {\"q0\": {\"query\": \"Aimauytov\"}}");
        }
        if (batch.size() > MAX_QUERIES) throw new TarikhException("at most " + MAX_QUERIES + " queries in one batch");
        Map<String, Object> out = new LinkedHashMap<>();
        var fields = batch.properties().iterator();
        while (fields.hasNext()) {
            var entry = fields.next();
            JsonNode q = entry.getValue();
            String text = q.isTextual() ? q.asText() : q.path("query").asText("");
            int limit = Math.max(1, Math.min(50, q.path("limit").asInt(5)));
            String type = q.path("type").asText("Person");
            List<Map<String, Object>> result = new ArrayList<>();
            if (type.isEmpty() || type.equals("Person") || type.endsWith("/Person")) {
                for (Candidate c : archive.reconcile(text, birthYear(q), limit)) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("id", c.id());
                    r.put("name", c.name());
                    r.put("score", c.score());
                    r.put("match", c.match());
                    r.put("description", c.description());
                    r.put("type", List.of(Map.of("id", "Person", "name", "Person")));
                    result.add(r);
                }
            }
            out.put(entry.getKey(), Map.of("result", result));
        }
        ctx.json(out);
    }

    /** The birth year among a query's properties ({@code birthYear}, {@code birthDate}, {@code born}), if any. */
    private static Integer birthYear(JsonNode query) {
        for (JsonNode property : query.path("properties")) {
            String pid = property.path("pid").asText("");
            if (!pid.equalsIgnoreCase("birthYear") && !pid.equalsIgnoreCase("birthDate") && !pid.equalsIgnoreCase("born")) continue;
            String v = property.path("v").isObject() ? property.path("v").path("id").asText("") : property.path("v").asText("");
            if (v.length() >= 4 && v.substring(0, 4).chars().allMatch(Character::isDigit)) return Integer.parseInt(v.substring(0, 4));
        }
        return null;
    }

    static Map<String, Object> manifest(String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "Tarikh: persons of the history of Kazakhstan, 1917-1950s");
        m.put("identifierSpace", base + "/persons/");
        m.put("schemaSpace", "http://schema.org/");
        m.put("defaultTypes", List.of(Map.of("id", "Person", "name", "Person")));
        m.put("view", Map.of("url", base + "/persons/{{id}}"));
        m.put("preview", Map.of("url", base + "/reconcile/preview?id={{id}}", "width", 420, "height", 160));
        m.put("suggest", Map.of("entity", Map.of("service_url", base, "service_path", "/reconcile/suggest/entity")));
        return m;
    }

    private void preview(Context ctx) {
        String id = ctx.queryParam("id");
        ResolvedPerson person = id == null ? null : archive.person(id).orElse(null);
        if (person == null) {
            ctx.status(404).html("<p>No person " + Html.text(id) + "</p>");
            return;
        }
        ctx.html("<!doctype html><html><head><meta charset=\"utf-8\"></head><body style=\"font:14px sans-serif\">"
                + "<strong>" + Html.text(person.name()) + "</strong><br>"
                + Html.text(String.join(" · ", person.names())) + "<br><small>"
                + person.members().stream().map(m -> m.documentId()).distinct().count()
                + " documents</small></body></html>");
    }

    private void suggest(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        String prefix = ctx.queryParam("prefix");
        List<Map<String, Object>> result = new ArrayList<>();
        if (prefix != null && !prefix.isBlank()) {
            for (Candidate c : archive.reconcile(prefix, 10)) {
                result.add(Map.of("id", c.id(), "name", c.name(), "description", c.description()));
            }
        }
        ctx.json(Map.of("result", result));
    }

    private static String base(Context ctx) {
        String scheme = ctx.scheme();
        String host = ctx.host() == null ? "localhost" : ctx.host();
        return scheme + "://" + host;
    }
}
