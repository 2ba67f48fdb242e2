package org.tarikh.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.Register;
import org.tarikh.resolve.ResolvedPerson;

/**
 * Persons with their claims and sources in exchange formats: CSV for spreadsheets (the register, and one line per
 * claim) and JSON-LD with the schema.org vocabulary. Example: Ryskulov becomes a {@code Person} with
 * {@code birthDate "1894"}, {@code deathDate "1938-02-10"} and one {@code Claim} per statement in {@code subjectOf},
 * each citing the document ({@code citation}) with the sentence that states it ({@code text}).
 *
 * <p>The JSON-LD context is declared inline, so that a JSON-LD processor expands it without fetching anything: the
 * schema.org vocabulary ({@code @vocab}) for what schema.org defines (a {@code Claim} is a {@code CreativeWork}:
 * {@code about}, {@code name}, {@code text}, {@code temporalCoverage}, {@code spatialCoverage}, {@code citation}),
 * and a small vocabulary of our own ({@link #vocabulary}, served at {@code /vocab}) for what it does not: a claim's
 * {@code eventType} (the event type's wire name), its {@code supportingSources} (how many sources state it) and its
 * {@code detail}s (schema.org {@code PropertyValue}s such as the sentencing body). schema.org defines
 * {@code additionalProperty} on places, products and offers, not on a {@code Claim}, so it is not used.
 *
 * <p>Rules: {@code birthDate} and {@code deathDate} come from the birth and the death (else the execution) claim the
 * most sources support, and only when the EDTF date is also a plain ISO 8601 date ({@code 1938}, {@code 1938-02},
 * {@code 1938-02-10}): approximate, uncertain and interval dates stay in the claims. Links are made absolute against
 * the base URL given. Pure and thread-safe.
 */
public final class PersonExports {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /**
     * The register's columns. {@code tarikh import-register} reads every one of them back (the round trip loses
     * nothing a row shows); the places of a sentence and a rehabilitation came last, after the first version.
     */
    public static final List<String> REGISTER_HEADER = List.of("id", "name", "birth", "birth_place", "arrest",
            "arrest_place", "sentence", "sentence_body", "sentence_articles", "punishment", "execution",
            "execution_place", "rehabilitation", "rehabilitation_body", "disputed", "sources", "sentence_place",
            "rehabilitation_place");
    public static final List<String> CLAIMS_HEADER = List.of("person_id", "name", "alternate_names", "type", "date",
            "place", "details", "supporting_sources", "source", "document_id", "start", "end", "evidence");

    private PersonExports() {}

    /** The register as CSV, BOM first. */
    public static String registerCsv(List<Register.Row> rows) {
        return registerCsv(rows, true);
    }

    /** The register as CSV, the BOM first when {@code bom} (for Excel). */
    public static String registerCsv(List<Register.Row> rows, boolean bom) {
        StringBuilder out = new StringBuilder(bom ? Csv.BOM : "").append(Csv.record(REGISTER_HEADER));
        for (Register.Row row : rows) {
            List<String> disputed = Register.COLUMNS.stream().filter(row::disputed).map(EventType::wire).toList();
            out.append(Csv.record(Arrays.asList(row.id(), row.name(),
                    date(row, EventType.BIRTH), place(row, EventType.BIRTH),
                    date(row, EventType.ARREST), place(row, EventType.ARREST),
                    date(row, EventType.SENTENCE), detail(row, EventType.SENTENCE, "body"),
                    detail(row, EventType.SENTENCE, "articles"), detail(row, EventType.SENTENCE, "punishment"),
                    date(row, EventType.EXECUTION), place(row, EventType.EXECUTION),
                    date(row, EventType.REHABILITATION), detail(row, EventType.REHABILITATION, "body"),
                    String.join("; ", disputed), String.join("; ", row.sources()),
                    place(row, EventType.SENTENCE), place(row, EventType.REHABILITATION))));
        }
        return out.toString();
    }

    /** Every claim of every person as CSV, one line each, BOM first. */
    public static String claimsCsv(List<ResolvedPerson> persons) {
        return claimsCsv(persons, true);
    }

    /** Every claim of every person as CSV, one line each, the BOM first when {@code bom} (for Excel). */
    public static String claimsCsv(List<ResolvedPerson> persons, boolean bom) {
        StringBuilder out = new StringBuilder(bom ? Csv.BOM : "").append(Csv.record(CLAIMS_HEADER));
        for (ResolvedPerson person : persons) {
            String alternates = String.join("; ", alternateNames(person));
            for (Dossier.Claim c : Dossier.of(person).claims()) {
                out.append(Csv.record(Arrays.asList(person.id(), person.name(), alternates, c.type().wire(), value(c.date()),
                        c.place(), details(c), String.valueOf(c.supportingSources()), c.source(), c.documentId(),
                        String.valueOf(c.start()), String.valueOf(c.end()), oneLine(c.evidence()))));
            }
        }
        return out.toString();
    }

    /**
     * One person as a JSON-LD node (a map for Jackson) with {@code @context}.
     *
     * @param baseUrl  the server's address without a final slash ({@code http://localhost:7070})
     * @param titleOf  a document's title by its id, for the citations
     */
    public static Map<String, Object> jsonLd(ResolvedPerson person, String baseUrl, Function<String, String> titleOf) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", context(baseUrl));
        node.putAll(personNode(person, baseUrl, titleOf));
        return node;
    }

    /** Many persons as one JSON-LD document ({@code @graph}). */
    public static Map<String, Object> jsonLdGraph(List<ResolvedPerson> persons, String baseUrl,
                                                  Function<String, String> titleOf) {
        List<Map<String, Object>> graph = new ArrayList<>();
        for (ResolvedPerson p : persons) graph.add(personNode(p, baseUrl, titleOf));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", context(baseUrl));
        out.put("@graph", graph);
        return out;
    }

    /** The namespace of Tarikh's own terms: {@code BASE/vocab#}. */
    public static String vocabularyIri(String baseUrl) {
        return baseUrl + "/vocab#";
    }

    /** The JSON-LD context: schema.org as the vocabulary, our own three terms, and which values are links. */
    static Map<String, Object> context(String baseUrl) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@vocab", "https://schema.org/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("tarikh", vocabularyIri(baseUrl));
        context.put("url", Map.of("@type", "@id"));
        context.put("eventType", Map.of("@id", "tarikh:eventType"));
        context.put("supportingSources", Map.of("@id", "tarikh:supportingSources", "@type", "xsd:integer"));
        context.put("detail", Map.of("@id", "tarikh:detail"));
        return context;
    }

    /** Tarikh's own terms as an RDF vocabulary in JSON-LD (RDFS), for {@code /vocab}. */
    public static Map<String, Object> vocabulary(String baseUrl) {
        String ns = vocabularyIri(baseUrl);
        List<Map<String, Object>> terms = List.of(
                term(ns + "eventType", "event type", "The kind of event a claim states: birth, arrest, sentence, execution, rehabilitation and so on (Tarikh's event type names)."),
                term(ns + "supportingSources", "supporting sources", "How many distinct sources of the archive state the same claim."),
                term(ns + "detail", "detail", "A detail of the claim, as a schema:PropertyValue: the sentencing body, the articles, the punishment, a position's title."));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", Map.of("rdfs", "http://www.w3.org/2000/01/rdf-schema#",
                "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "schema", "https://schema.org/"));
        out.put("@graph", terms);
        return out;
    }

    private static Map<String, Object> term(String iri, String label, String comment) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("@id", iri);
        t.put("@type", "rdf:Property");
        t.put("rdfs:label", label);
        t.put("rdfs:comment", comment);
        t.put("schema:domainIncludes", Map.of("@id", "schema:Claim"));
        return t;
    }

    private static Map<String, Object> personNode(ResolvedPerson person, String baseUrl, Function<String, String> titleOf) {
        Dossier dossier = Dossier.of(person);
        String personUrl = baseUrl + "/persons/" + person.id();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", "Person");
        node.put("@id", personUrl);
        node.put("identifier", person.id());
        node.put("url", personUrl);
        node.put("name", person.name());
        List<String> alternates = alternateNames(person);
        if (!alternates.isEmpty()) node.put("alternateName", alternates);
        best(dossier, List.of(EventType.BIRTH)).ifPresent(c -> {
            if (isoDate(c.date())) node.put("birthDate", c.date().value());
            if (c.place() != null) node.put("birthPlace", Map.of("@type", "Place", "name", c.place()));
        });
        best(dossier, List.of(EventType.DEATH, EventType.EXECUTION)).ifPresent(c -> {
            if (isoDate(c.date())) node.put("deathDate", c.date().value());
            if (c.place() != null) node.put("deathPlace", Map.of("@type", "Place", "name", c.place()));
        });
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Dossier.Claim c : dossier.claims()) {
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("@type", "Claim");
            claim.put("about", Map.of("@id", personUrl));
            claim.put("name", c.type().wire());
            claim.put("eventType", c.type().wire());
            if (c.date() != null) claim.put("temporalCoverage", c.date().value());
            if (c.place() != null) claim.put("spatialCoverage", Map.of("@type", "Place", "name", c.place()));
            claim.put("text", oneLine(c.evidence()));
            List<Map<String, Object>> details = new ArrayList<>();
            c.details().forEach((k, v) -> {
                if (!k.equals("trigger")) details.add(Map.of("@type", "PropertyValue", "name", k, "value", v));
            });
            if (!details.isEmpty()) claim.put("detail", details);
            claim.put("supportingSources", c.supportingSources());
            Map<String, Object> citation = new LinkedHashMap<>();
            citation.put("@type", "CreativeWork");
            citation.put("@id", baseUrl + "/documents/" + c.documentId());
            String title = titleOf.apply(c.documentId());
            citation.put("name", title == null || title.isBlank() ? c.source() : title);
            citation.put("url", baseUrl + "/documents/" + c.documentId() + "?at=" + c.start() + "-" + c.end());
            citation.put("identifier", c.source());
            claim.put("citation", citation);
            claims.add(claim);
        }
        node.put("subjectOf", claims);
        return node;
    }

    /** The claim of the first type that has one, the most sources supporting it, then the most precise. */
    static Optional<Dossier.Claim> best(Dossier dossier, List<EventType> types) {
        for (EventType type : types) {
            Optional<Dossier.Claim> found = dossier.claims().stream().filter(c -> c.type() == type)
                    .min(Comparator.comparingInt((Dossier.Claim c) -> -c.supportingSources())
                            .thenComparing(c -> -(c.date() == null ? 0 : c.date().value().length())));
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /**
     * Whether the date is a plain ISO 8601 calendar date: a year, a month of a year or a day that exists. EDTF
     * seasons and groupings ({@code 1929-21}) look like months but are not.
     */
    static boolean isoDate(EdtfDate edtf) {
        String date = value(edtf);
        if (date == null || !ISO_DATE.matcher(date).matches()) return false;
        try {
            if (date.length() == 7) YearMonth.parse(date);
            if (date.length() == 10) LocalDate.parse(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static List<String> alternateNames(ResolvedPerson person) {
        return person.names().stream().filter(n -> !n.equals(person.name())).distinct().toList();
    }

    static String details(Dossier.Claim c) {
        List<String> parts = new ArrayList<>();
        c.details().forEach((k, v) -> {
            if (!k.equals("trigger")) parts.add(k + ": " + v);
        });
        parts.sort(null);
        return String.join("; ", parts);
    }

    static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }

    private static String date(Register.Row row, EventType column) {
        return row.claim(column).map(Dossier.Claim::date).map(EdtfDate::value).orElse(null);
    }

    /** The EDTF string of a date, or null for none. */
    static String value(EdtfDate date) {
        return date == null ? null : date.value();
    }

    private static String place(Register.Row row, EventType column) {
        return row.claim(column).map(Dossier.Claim::place).orElse(null);
    }

    private static String detail(Register.Row row, EventType column, String key) {
        return row.claim(column).map(c -> c.details().get(key)).orElse(null);
    }
}
