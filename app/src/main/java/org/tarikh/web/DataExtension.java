package org.tarikh.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tarikh.TarikhException;
import org.tarikh.extract.EventType;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.ResolvedPerson;

/**
 * The data extension protocol of the reconciliation API 0.2 (OpenRefine's "add columns from reconciled values"):
 * the properties a person has ({@link #proposals}) and their values for reconciled ids ({@link #extend}). A date
 * is the date of the claim of that kind the most sources support (then the most precise), in EDTF ({@code "1938-02-10"}, {@code "1937?"}) and
 * therefore sent as a string ({@code {"str": …}}): the protocol's {@code date} value needs a full ISO date-time,
 * which would invent precision the sources lack. Places, the sentence and the sources are strings too. Example:
 * {@code {"ids":["p-ryskulov"],"properties":[{"id":"execution_date"}]}} gives
 * {@code {"meta":[{"id":"execution_date","name":"Execution date"}],"rows":{"p-ryskulov":{"execution_date":[{"str":"1938-02-10"}]}}}}.
 * Pure and thread-safe.
 */
final class DataExtension {
    /** A property OpenRefine may fetch: its id, its name, and how to read its values from a person's facts. */
    record Property(String id, String name, String description, Function<Facts, List<String>> values) {}

    /** A person and its dossier, with the claim of a type the most sources support (then the most precise date). */
    record Facts(ResolvedPerson person, Dossier dossier) {
        Optional<Dossier.Claim> claim(EventType type) {
            return dossier.claims().stream().filter(c -> c.type() == type)
                    .min(Comparator.comparingInt((Dossier.Claim c) -> -c.supportingSources())
                            .thenComparing(c -> -(c.date() == null ? 0 : c.date().value().length())));
        }
    }

    static final List<Property> PROPERTIES = List.of(
            date("birth_date", "Birth date", EventType.BIRTH),
            place("birth_place", "Birth place", EventType.BIRTH),
            date("death_date", "Death date", EventType.DEATH),
            place("death_place", "Death place", EventType.DEATH),
            date("arrest_date", "Arrest date", EventType.ARREST),
            place("arrest_place", "Arrest place", EventType.ARREST),
            date("sentence_date", "Sentence date", EventType.SENTENCE),
            new Property("sentence", "Sentence", "the punishment, the sentencing body and the articles",
                    facts -> facts.claim(EventType.SENTENCE).map(DataExtension::sentence).stream().toList()),
            date("execution_date", "Execution date", EventType.EXECUTION),
            place("execution_place", "Execution place", EventType.EXECUTION),
            date("rehabilitation_date", "Rehabilitation date", EventType.REHABILITATION),
            new Property("rehabilitation_body", "Rehabilitated by", "the body that rehabilitated the person",
                    facts -> facts.claim(EventType.REHABILITATION).map(c -> c.details().get("body")).stream().toList()),
            new Property("places", "Places", "every place the person's claims name",
                    facts -> facts.dossier().claims().stream().map(Dossier.Claim::place).filter(p -> p != null && !p.isBlank())
                            .distinct().toList()),
            new Property("sources", "Sources", "the documents that name the person",
                    facts -> facts.person().members().stream().map(m -> m.source()).distinct().toList()));

    private DataExtension() {}

    private static Property date(String id, String name, EventType type) {
        return new Property(id, name, "the " + type.wire() + " date the most sources support, in EDTF",
                facts -> facts.claim(type).map(Dossier.Claim::date).map(d -> d.value()).stream().toList());
    }

    private static Property place(String id, String name, EventType type) {
        return new Property(id, name, "the place of the " + type.wire() + " claim the register shows",
                facts -> facts.claim(type).map(Dossier.Claim::place).filter(p -> !p.isBlank()).stream().toList());
    }

    private static String sentence(Dossier.Claim c) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("punishment", "body", "articles")) {
            String v = c.details().get(key);
            if (v != null && !v.isBlank()) parts.add(v);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** The property proposal answer for a type ({@code Person} or none), at most {@code limit} properties. */
    static Map<String, Object> proposals(String type, int limit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type == null || type.isBlank() ? "Person" : type);
        List<Map<String, Object>> properties = new ArrayList<>();
        if (type == null || type.isBlank() || ReconciliationService.isPersonType(type)) {
            for (Property p : PROPERTIES.subList(0, Math.min(limit, PROPERTIES.size()))) {
                properties.add(Map.of("id", p.id(), "name", p.name(), "description", p.description()));
            }
        }
        out.put("properties", properties);
        out.put("limit", limit);
        return out;
    }

    /**
     * The answer to an extension query, after checking it has the shape the official schema asks
     * ({@code ids}: strings; {@code properties}: objects with a string {@code id}).
     *
     * @param persons the person of an id, if the archive has it; unknown ids get no values
     * @throws TarikhException when the query is malformed or names a property we do not have
     */
    static Map<String, Object> extend(JsonNode query, Function<String, Optional<ResolvedPerson>> persons) {
        if (query == null || !query.isObject()) {
            throw new TarikhException("extend must be a JSON object such as {\"ids\": [\"p-…\"], \"properties\": [{\"id\": \"birth_date\"}]}");
        }
        JsonNode ids = query.get("ids");
        JsonNode wanted = query.get("properties");
        if (ids == null || !ids.isArray()) throw new TarikhException("extend needs ids, an array of entity ids");
        if (wanted == null || !wanted.isArray()) throw new TarikhException("extend needs properties, an array of {\"id\": …}");
        Set<String> idList = new LinkedHashSet<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) throw new TarikhException("extend: every id must be a string, not " + id);
            idList.add(id.asText());
        }
        if (idList.size() > ReconciliationService.BATCH_SIZE) {
            throw new TarikhException("extend: at most " + ReconciliationService.BATCH_SIZE + " ids at once");
        }
        List<Property> chosen = new ArrayList<>();
        for (JsonNode p : wanted) {
            if (!p.isObject() || !p.path("id").isTextual()) {
                throw new TarikhException("extend: every property must be an object with a string id, not " + p);
            }
            if (p.has("settings") && !p.get("settings").isObject()) {
                throw new TarikhException("extend: a property's settings must be an object");
            }
            String id = p.get("id").asText();
            chosen.add(PROPERTIES.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() ->
                    new TarikhException("extend: no property '" + id + "'; the properties are "
                            + String.join(", ", PROPERTIES.stream().map(Property::id).toList()))));
        }
        List<Map<String, Object>> meta = new ArrayList<>();
        for (Property p : chosen) meta.add(Map.of("id", p.id(), "name", p.name()));
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String id : idList) {
            Optional<Facts> row = persons.apply(id).map(person -> new Facts(person, Dossier.of(person)));
            Map<String, Object> values = new LinkedHashMap<>();
            for (Property p : chosen) {
                List<Map<String, Object>> cells = new ArrayList<>();
                row.ifPresent(r -> p.values().apply(r).forEach(v -> {
                    if (v != null) cells.add(Map.of("str", v));
                }));
                values.put(p.id(), cells);
            }
            rows.put(id, values);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("meta", meta);
        out.put("rows", rows);
        return out;
    }
}
