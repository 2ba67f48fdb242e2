package org.tarikh.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.resolve.Candidate;
import org.tarikh.resolve.Reconciler;
import org.tarikh.resolve.ResolvedPerson;

/**
 * The W3C Entity Reconciliation API (version 0.2) over the archive's persons, so that OpenRefine users can link
 * their own spreadsheets of names and add columns from what the archive knows of them.
 *
 * <ul>
 *   <li>{@code GET /reconcile}: the service manifest (with {@code batchSize}, suggest, preview and extend);</li>
 *   <li>{@code GET|POST /reconcile} with {@code queries={"q0":{"query":"Zh. Aimauytov","type":"Person","limit":3}}}
 *       (OpenRefine posts it form-encoded): {@code {"q0":{"result":[…]}}}. A query that is a person's id (or its URL
 *       under the identifier space) returns that person first, a certain match;</li>
 *   <li>{@code GET|POST /reconcile} with {@code extend={"ids":[…],"properties":[{"id":"birth_date"}]}}: data
 *       extension ({@link DataExtension}); {@code /reconcile/properties?type=Person}: the properties to propose;</li>
 *   <li>{@code /reconcile/preview?id=}: a small HTML card, which OpenRefine shows in an iframe from its own origin
 *       (so this page, unlike the others, may be framed);</li>
 *   <li>{@code /reconcile/suggest/entity?prefix=&cursor=}: prefix type-ahead ({@link PersonSuggest}).</li>
 * </ul>
 * Every answer carries {@code Access-Control-Allow-Origin: *}, as the specification asks; JSON answers to GET
 * requests are wrapped for JSONP when a {@code callback} (a JavaScript name) is given. Queries the official
 * schema rejects (a query that is not an object, a {@code query} that is not a string, a missing query) and
 * limits below 1 answer 400 with the reason; a batch over {@value #BATCH_SIZE} queries answers 413. Every URL
 * comes from the configured public base URL, never from the request's {@code Host}.
 */
final class ReconciliationService {
    /** The most queries (or extension ids) one request may carry; the manifest says so as {@code batchSize}. */
    static final int BATCH_SIZE = 100;
    private static final int MAX_LIMIT = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private final Archive archive;
    private final Supplier<String> base;
    private volatile Suggestions suggestions;

    private record Suggestions(List<String> ids, PersonSuggest suggest) {}

    /**
     * @param base the public base URL without a final slash ({@code https://tarikh.example.org}), asked at each
     *             request (it may be known only once the server listens)
     */
    ReconciliationService(Archive archive, Supplier<String> base) {
        this.archive = archive;
        this.base = base;
    }

    void register(JavalinConfig config) {
        config.routes.get("/reconcile", this::reconcile);
        config.routes.post("/reconcile", this::reconcile);
        config.routes.get("/reconcile/preview", this::preview);
        config.routes.get("/reconcile/suggest/entity", this::suggest);
        config.routes.get("/reconcile/properties", this::properties);
    }

    /** Whether a path is one of this service's (they get the CORS header, JSON errors and, for preview, framing). */
    static boolean serves(String path) {
        return path.equals("/reconcile") || path.startsWith("/reconcile/");
    }

    static boolean isPersonType(String type) {
        return type.equals("Person") || type.endsWith("/Person");
    }

    private void reconcile(Context ctx) throws JsonProcessingException {
        String queries = param(ctx, "queries");
        String extend = param(ctx, "extend");
        if (extend != null && !extend.isBlank()) {
            answer(ctx, DataExtension.extend(parse("extend", extend), archive::personNamedBy));
            return;
        }
        if (queries == null || queries.isBlank()) {
            answer(ctx, manifest(base.get()));
            return;
        }
        JsonNode batch = parse("queries", queries);
        if (batch == null || !batch.isObject()) {
            throw new TarikhException("queries must be a JSON object such as {\"q0\": {\"query\": \"Aimauytov\"}}");
        }
        if (batch.size() > BATCH_SIZE) {
            ctx.status(413);
            answer(ctx, Map.of("error", "at most " + BATCH_SIZE + " queries in one batch (the manifest's batchSize), not "
                    + batch.size(), "status", 413));
            return;
        }
        // every query checked first, then the persons' ones reconciled together on every core
        List<String> keys = new ArrayList<>();
        List<Reconciler.Query> asked = new ArrayList<>();
        for (var entry : batch.properties()) {
            JsonNode q = entry.getValue();
            String text = check(entry.getKey(), q);
            if (!personType(q.get("type"))) continue;
            keys.add(entry.getKey());
            asked.add(new Reconciler.Query(text, birthYear(q), limit(q)));
        }
        List<List<Candidate>> answers = archive.reconcileAll(asked);
        Map<String, Object> out = new LinkedHashMap<>();
        for (var entry : batch.properties()) {
            int i = keys.indexOf(entry.getKey());
            out.put(entry.getKey(), Map.of("result", i < 0 ? List.of() : candidates(asked.get(i), answers.get(i))));
        }
        answer(ctx, out);
    }

    private static int limit(JsonNode q) {
        return q.has("limit") ? Math.min(MAX_LIMIT, (int) Math.floor(q.get("limit").asDouble())) : 5;
    }

    /** A query's result: the person it names by id first, then the reconciler's candidates. */
    private List<Map<String, Object>> candidates(Reconciler.Query query, List<Candidate> reconciled) {
        String text = query.name();
        int limit = query.limit();
        List<Map<String, Object>> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        byId(text).ifPresent(p -> {
            seen.add(p.id());
            result.add(candidate(p.id(), p.name(), 100, true, String.join(" · ", p.names())));
        });
        for (Candidate c : reconciled) {
            if (result.size() >= limit) break;
            if (seen.add(c.id())) result.add(candidate(c.id(), c.name(), c.score(), c.match() && result.isEmpty(), c.description()));
        }
        return result;
    }

    private static Map<String, Object> candidate(String id, String name, double score, boolean match, String description) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("name", name);
        r.put("score", score);
        r.put("match", match);
        if (description != null) r.put("description", description);
        r.put("type", List.of(Map.of("id", "Person", "name", "Person")));
        return r;
    }

    /** The person a query names by id: the bare id, or its URL under the identifier space or the view. */
    private Optional<ResolvedPerson> byId(String text) {
        String t = text.strip();
        String space = base.get() + "/persons/";
        if (t.startsWith(space)) t = t.substring(space.length());
        if (t.isEmpty() || t.contains(" ")) return Optional.empty();
        return archive.personNamedBy(t); // a merged id (OpenRefine may have stored it) gives its survivor
    }

    /**
     * The query text, after the checks of the official query-batch schema: the query is an object, its
     * {@code query} a string, it has a query or properties, {@code type} a string or strings, {@code limit} a number
     * (and here at least 1), {@code type_strict} one of any/should/all, each property a {@code pid} string with a
     * {@code v}.
     */
    private static String check(String key, JsonNode q) {
        String where = "query " + key + ": ";
        if (q == null || !q.isObject()) {
            throw new TarikhException(where + "each query must be an object such as {\"query\": \"Aimauytov\"}, not " + q);
        }
        JsonNode query = q.get("query");
        if (query != null && !query.isTextual()) throw new TarikhException(where + "query must be a string, not " + query);
        JsonNode properties = q.get("properties");
        if (query == null && (properties == null || !properties.isArray() || properties.isEmpty())) {
            throw new TarikhException(where + "needs a query string (or properties)");
        }
        JsonNode type = q.get("type");
        if (type != null && !type.isTextual() && !(type.isArray() && allText(type))) {
            throw new TarikhException(where + "type must be a type id or a list of them, not " + type);
        }
        JsonNode limit = q.get("limit");
        if (limit != null && (!limit.isNumber() || limit.asDouble() < 1)) {
            throw new TarikhException(where + "limit must be a number of at least 1, not " + limit);
        }
        JsonNode strict = q.get("type_strict");
        if (strict != null && !(strict.isTextual() && List.of("any", "should", "all").contains(strict.asText()))) {
            throw new TarikhException(where + "type_strict must be any, should or all, not " + strict);
        }
        if (properties != null) {
            if (!properties.isArray()) throw new TarikhException(where + "properties must be an array");
            for (JsonNode p : properties) {
                if (!p.isObject() || !p.path("pid").isTextual() || !p.has("v") || p.get("v").isNull()) {
                    throw new TarikhException(where + "each property must be {\"pid\": …, \"v\": …}, not " + p);
                }
            }
        }
        return query == null ? "" : query.asText();
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode n : array) if (!n.isTextual()) return false;
        return true;
    }

    private static boolean personType(JsonNode type) {
        if (type == null || type.isNull()) return true;
        if (type.isTextual()) return type.asText().isEmpty() || isPersonType(type.asText());
        for (JsonNode t : type) if (isPersonType(t.asText())) return true;
        return false;
    }

    /** The birth year among a query's properties ({@code birthYear}, {@code birthDate}, {@code born}), if any. */
    private static Integer birthYear(JsonNode query) {
        for (JsonNode property : query.path("properties")) {
            String pid = property.path("pid").asText("");
            if (!pid.equalsIgnoreCase("birthYear") && !pid.equalsIgnoreCase("birthDate") && !pid.equalsIgnoreCase("born")
                    && !pid.equalsIgnoreCase("birth_date")) continue;
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
        m.put("batchSize", BATCH_SIZE);
        m.put("defaultTypes", List.of(Map.of("id", "Person", "name", "Person")));
        m.put("view", Map.of("url", base + "/persons/{{id}}"));
        m.put("preview", Map.of("url", base + "/reconcile/preview?id={{id}}", "width", 420, "height", 160));
        m.put("suggest", Map.of("entity", Map.of("service_url", base, "service_path", "/reconcile/suggest/entity")));
        m.put("extend", Map.of(
                "propose_properties", Map.of("service_url", base, "service_path", "/reconcile/properties"),
                "property_settings", List.of()));
        return m;
    }

    private void preview(Context ctx) {
        String id = ctx.queryParam("id");
        ResolvedPerson person = id == null ? null : archive.personNamedBy(id).orElse(null);
        if (person == null) {
            ctx.status(404).html(Templates.render("previewMissing", "id", id));
            return;
        }
        ctx.html(Templates.render("preview", "name", person.name(), "href", base.get() + "/persons/" + Html.url(person.id()),
                "names", String.join(" · ", person.names()),
                "documents", person.members().stream().map(m -> m.documentId()).distinct().count()));
    }

    private void suggest(Context ctx) throws JsonProcessingException {
        String prefix = ctx.queryParam("prefix");
        int cursor = number(ctx, "cursor", 0, 0);
        int limit = Math.min(MAX_LIMIT, number(ctx, "limit", 10, 1));
        List<Map<String, Object>> result = new ArrayList<>();
        if (prefix != null && !prefix.isBlank()) {
            Set<String> seen = new LinkedHashSet<>();
            for (PersonSuggest.Hit h : suggestions().suggest(prefix, cursor, limit)) {
                ResolvedPerson p = h.person();
                seen.add(p.id());
                result.add(suggestion(p.id(), p.name(), String.join(" · ", p.names())));
            }
            if (result.isEmpty() && cursor == 0) {
                // nothing begins so: the spelling may differ more than a prefix can show, so try the name look-up
                for (Candidate c : archive.reconcile(prefix, limit)) {
                    if (seen.add(c.id())) result.add(suggestion(c.id(), c.name(), c.description()));
                }
            }
        }
        answer(ctx, Map.of("result", result));
    }

    private static Map<String, Object> suggestion(String id, String name, String description) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("name", name);
        if (description != null) s.put("description", description);
        s.put("notable", List.of(Map.of("id", "Person", "name", "Person")));
        return s;
    }

    private PersonSuggest suggestions() {
        List<ResolvedPerson> persons = archive.persons();
        List<String> ids = persons.stream().map(ResolvedPerson::id).toList();
        Suggestions current = suggestions;
        if (current == null || !current.ids().equals(ids)) {
            current = new Suggestions(ids, new PersonSuggest(persons));
            suggestions = current;
        }
        return current.suggest();
    }

    private void properties(Context ctx) throws JsonProcessingException {
        answer(ctx, DataExtension.proposals(ctx.queryParam("type"),
                Math.min(DataExtension.PROPERTIES.size(), number(ctx, "limit", DataExtension.PROPERTIES.size(), 1))));
    }

    private static int number(Context ctx, String name, int fallback, int min) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < min) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new TarikhException(name + " must be a whole number of at least " + min + ", not '" + raw + "'");
        }
    }

    private static String param(Context ctx, String name) {
        String form = ctx.method().name().equals("POST") ? ctx.formParam(name) : null;
        return form != null ? form : ctx.queryParam(name);
    }

    private static JsonNode parse(String name, String raw) {
        try {
            return JSON.readTree(raw);
        } catch (Exception e) {
            throw new TarikhException(name + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** JSON, or JSONP for a GET with a {@code callback} that is a JavaScript name (anything else answers 400). */
    static void answer(Context ctx, Object body) throws JsonProcessingException {
        String callback = ctx.method().name().equals("GET") ? ctx.queryParam("callback") : null;
        if (callback == null || callback.isBlank()) {
            ctx.json(body);
            return;
        }
        if (!CALLBACK.matcher(callback).matches()) {
            ctx.status(400);
            ctx.json(Map.of("error", "callback must be a JavaScript name such as jsonp123, not '" + callback + "'",
                    "status", 400));
            return;
        }
        ctx.contentType("application/javascript; charset=utf-8").result("/**/" + callback + "(" + JSON.writeValueAsString(body) + ");");
    }
}
