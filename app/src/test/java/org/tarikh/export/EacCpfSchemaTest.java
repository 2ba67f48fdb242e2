package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.Shared;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.names.PersonName;
import org.tarikh.resolve.Associates;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * EAC-CPF records validated by javax.xml.validation against a W3C XML Schema: every person of an archive built from
 * the seed documents (skipped when {@code ../shared} is missing), edge cases (no dates, uncertain EDTF dates, names
 * in three scripts, characters XML must escape or cannot carry) and records broken on purpose, which must fail with
 * the validator's message naming what is wrong.
 *
 * <p>The schema is Tarikh's own profile of EAC-CPF 2010, {@code export/eac-cpf-2010-tarikh-profile.xsd}: written
 * from the tag library and the structure of the official schema, it covers only the elements Tarikh writes and is at
 * least as strict as the official content models for them (same order, cardinalities, required attributes and
 * vocabularies; the stricter of the 2010 and 2010_revised releases where they differ). Every record of these tests
 * is also validated against the official {@code cpf.xsd} (EAC-CPF 2010_revised, with the official XLink and XML
 * schemas it imports) from {@code ../shared/spec/official/}, which is not in the repository (not ours to ship),
 * and the broken ones must fail it; that test is skipped only where the shared folder is missing.
 * {@code -Dtarikh.eacCpfXsd=/path/to/cpf.xsd} checks against another copy instead; nothing is fetched.
 */
class EacCpfSchemaTest {
    private static final EacCpfSchema PROFILE = EacCpfSchema.profile();
    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.891Z");
    private static final String BASE = "http://localhost:8080";
    private static Map<String, String> seedRecords;

    @TempDir static Path archiveDir;

    // ------------------------------------------------------------------ real persons

    @Test
    void everyPersonOfTheSeedArchiveHasAValidRecord() {
        Map<String, String> records = seedRecords();
        assertThat(records).as("persons resolved from the seeds").hasSizeGreaterThanOrEqualTo(5);
        Map<String, List<String>> invalid = new LinkedHashMap<>();
        records.forEach((id, xml) -> {
            List<String> problems = PROFILE.problems(xml);
            if (!problems.isEmpty()) invalid.put(id, problems);
        });
        assertThat(invalid).as("records with problems, of " + records.size()).isEmpty();
    }

    // ------------------------------------------------------------------ edge cases

    @Test
    void aPersonWithoutDatesHasAValidRecordWithoutExistDates() {
        ResolvedPerson undated = person("p-dulatov-mirzhakyp", "Міржақып Дулатов", List.of("Міржақып Дулатов"),
                event("arrest", null, null, "Міржақып Дулатов тұтқындалды."),
                event("membership", null, "Орынбор", "Алаш партиясының мүшесі болды."));
        String xml = write(undated);
        assertValid(xml);
        assertThat(xml).doesNotContain("existDates").contains("<date>undated</date>");
    }

    @Test
    void uncertainAndApproximateDatesBecomeRangesWithStandardBounds() {
        ResolvedPerson uncertain = person("p-baitursynov-akhmet", "Ахмет Байтұрсынов", List.of("Ахмет Байтұрсынов"),
                event("birth", "1872?", null, "Ахмет Байтұрсынов 1872 жылы туған болуы мүмкін."),
                event("arrest", "1937~", "Алматы", "Шамамен 1937 жылы тұтқындалды."),
                event("position", "193X", null, "1930 жылдары Мәскеуде жұмыс істеді."),
                event("exile", "1929-21", "Архангельск", "Весной 1929 года выслан в Архангельск."),
                event("sentence", "1930/1931", null, "Приговор вынесен в 1930–1931 годах."),
                event("execution", "1937-12-08", null, "Расстрелян 8 декабря 1937 года."));
        String xml = write(uncertain);
        assertValid(xml);
        assertThat(xml)
                .contains("<fromDate standardDate=\"1872-01-01\">1872?</fromDate>")
                .contains("<toDate standardDate=\"1937-12-08\">1937-12-08</toDate>")
                .contains("<fromDate standardDate=\"1937-01-01\">1937~</fromDate>")
                .contains("<toDate standardDate=\"1939-12-31\">193X</toDate>")
                .contains("<fromDate standardDate=\"1929-03-01\">1929-21</fromDate>")
                .contains("<toDate standardDate=\"1931-12-31\">1930/1931</toDate>")
                .doesNotContain("standardDate=\"1929-21\"");
    }

    @Test
    void yearsAfterWhatTheSchemaTakesKeepTheirTextButNoStandardDate() {
        // OCR misreads 1937 as 2137; EAC-CPF 2010 standard dates stop at 2099
        ResolvedPerson misread = person("p-zhansugurov-ilyas", "Ilyas Zhansugurov", List.of("Ilyas Zhansugurov"),
                event("birth", "1894-05-01", null, "Ilyas Zhansugurov was born in 1894."),
                event("execution", "2137-02-26", null, "He was shot on 26 February 2137."),
                event("arrest", "2137~", null, "Arrested about 2137."),
                event("rehabilitation", "2099-12-31", null, "The last day a 2010 standard date can name."));
        String xml = write(misread);
        assertValid(xml);
        assertThat(xml).contains("<toDate>2137-02-26</toDate>").contains("<date>2137-02-26</date>")
                .contains("<fromDate>2137~</fromDate>").contains("<toDate>2137~</toDate>")
                .contains("<date standardDate=\"2099-12-31\">2099-12-31</date>");
    }

    @Test
    void aRecordWrittenFromTheStandardsLastMomentOnLeavesOutItsStandardDateTime() {
        // a clock set far ahead must not make the record invalid: the moment stays as text
        ResolvedPerson p = person("p-a", "Turar Ryskulov", List.of("Turar Ryskulov"), event("birth", "1894", null, "Born."));
        for (String at : List.of("2099-12-31T09:59:59Z", "2100-01-01T00:00:00Z", "+10000-01-01T00:00:00Z")) {
            String xml = EacCpf.write(p, BASE, id -> "T", List.of(), Instant.parse(at));
            assertValid(xml);
            assertThat(xml).contains("<eventDateTime>" + at + "</eventDateTime>").doesNotContain("standardDateTime");
        }
        String last = EacCpf.write(p, BASE, id -> "T", List.of(), Instant.parse("2099-12-31T09:59:58.999Z"));
        assertValid(last);
        assertThat(last).contains("<eventDateTime standardDateTime=\"2099-12-31T09:59:58Z\">2099-12-31T09:59:58Z</eventDateTime>");
    }

    @Test
    void namesInThreeScriptsEachGetTheirOwnEntryAndScriptCode() {
        ResolvedPerson threeScripts = person("p-seifullin-saken", "Сәкен Сейфуллин",
                List.of("Сәкен Сейфуллин", "Сакен Сейфуллин", "Saken Seifullin", "Saken Сейфуллин"),
                event("birth", "1894-10-15", null, "Сәкен Сейфуллин 1894 жылы 15 қазанда туған."));
        String xml = write(threeScripts);
        assertValid(xml);
        List<String> entries = new ArrayList<>();
        var nameEntries = parse(xml).getElementsByTagNameNS(EacCpf.NS, "nameEntry");
        for (int i = 0; i < nameEntries.getLength(); i++) {
            Element entry = (Element) nameEntries.item(i);
            boolean authorized = entry.getElementsByTagNameNS(EacCpf.NS, "authorizedForm").getLength() == 1;
            entries.add(entry.getAttribute("scriptCode") + (authorized ? " authorized " : " alternative ")
                    + String.join(" ", texts(entry, "part")));
        }
        // parts are written surname first
        assertThat(entries).containsExactly("Cyrl authorized Сейфуллин Сәкен", "Cyrl alternative Сейфуллин Сакен",
                "Latn alternative Seifullin Saken", "Zyyy alternative Сейфуллин Saken");
    }

    @Test
    void charactersXmlMustEscapeComeBackAsWritten() {
        String name = "Turar \"Tom\" Ryskulov & Co <jr.>";
        String evidence = "He wrote: \"<b>Land & freedom</b>\" ]]> — 'the end'";
        ResolvedPerson hostile = person("p-ryskulov-turar", name, List.of(name), event("arrest", "1937", "A&B <C>", evidence));
        String xml = EacCpf.write(hostile, BASE, id -> "Protocol \"No. 5\" <draft> & notes", List.of(
                new Associates.Associate("p-x", "Saken & \"Seifullin\" <S.>", 1)), NOW);
        assertValid(xml);
        Document doc = parse(xml);
        assertThat(texts(doc.getDocumentElement(), "part")).containsExactly("\"Tom\" Ryskulov & Co <jr.>", "Turar");
        assertThat(text(doc, "placeEntry")).isEqualTo("A&B <C>");
        assertThat(text(doc, "event")).contains(evidence);
        assertThat(text(doc, "sourceEntry")).isEqualTo("Protocol \"No. 5\" <draft> & notes");
        assertThat(text(doc, "relationEntry")).isEqualTo("Saken & \"Seifullin\" <S.>");
    }

    @Test
    void charactersXmlCannotCarryAreReplacedSoTheRecordStaysWellFormed() {
        // control characters and a lone surrogate, as broken OCR and bad encodings leave them
        String name = "Ryskulov\u0007 Turar";
        String evidence = "Arrested\u0000 in\u001B Moscow \uD800.";
        ResolvedPerson broken = person("p-ryskulov-turar", name, List.of(name), event("arrest", "1937", null, evidence));
        String xml = EacCpf.write(broken, BASE, id -> "Title\u0002", List.of(), NOW);
        assertValid(xml);
        assertThat(texts(parse(xml).getDocumentElement(), "part")).containsExactly("Turar", "Ryskulov\uFFFD");
        assertThat(text(parse(xml), "event")).contains("Arrested\uFFFD in\uFFFD Moscow \uFFFD.");
    }

    // ------------------------------------------------------------------ the validation can fail

    @Test
    void controlChildrenOutOfOrderAreRejected() {
        String xml = swap(valid(), "recordId", "maintenanceStatus");
        assertThat(PROFILE.problems(xml)).singleElement().asString().startsWith("line 4: cvc-complex-type.2.4.a")
                .contains("maintenanceStatus").contains("recordId");
    }

    @Test
    void anEntityTypeOutsideTheVocabularyIsRejected() {
        String xml = valid().replace("<entityType>person</entityType>", "<entityType>people</entityType>");
        assertThat(String.join("\n", PROFILE.problems(xml)))
                .contains("cvc-enumeration-valid").contains("people").contains("person");
    }

    @Test
    void aRecordWithoutMaintenanceHistoryIsRejected() {
        String xml = valid().replaceFirst("(?s)\\s*<maintenanceHistory>.*</maintenanceHistory>", "");
        assertThat(xml).doesNotContain("maintenanceHistory");
        assertThat(PROFILE.problems(xml)).singleElement().asString()
                .contains("cvc-complex-type.2.4.a").contains("sources").contains("maintenanceHistory");
    }

    @Test
    void aLanguageWithoutItsCodeIsRejected() {
        String xml = valid().replace(" languageCode=\"eng\"", "");
        assertThat(PROFILE.problems(xml)).singleElement().asString()
                .contains("cvc-complex-type.4").contains("languageCode").contains("language");
    }

    @Test
    void aSourceWithoutItsLinkIsRejected() {
        String xml = valid().replaceFirst(" xlink:href=\"[^\"]*/documents/[^\"]*\"", "");
        assertThat(PROFILE.problems(xml)).singleElement().asString()
                .contains("cvc-complex-type.4").contains("'href'").contains("http://www.w3.org/1999/xlink").contains("source");
    }

    @Test
    void anEventBeforeItsPlaceIsRejected() {
        String xml = valid();
        String swapped = xml.replaceFirst("(<placeEntry>[^<]*</placeEntry>)(\\s*)(<event>[^<]*</event>)", "$3$2$1");
        assertThat(swapped).isNotEqualTo(xml);
        assertThat(PROFILE.problems(swapped)).singleElement().asString()
                .contains("cvc-complex-type.2.4").contains("placeEntry");
    }

    @Test
    void aSeasonIsNoStandardDate() {
        String xml = valid().replaceFirst("standardDate=\"1894\"", "standardDate=\"1894-21\"");
        assertThat(String.join("\n", PROFILE.problems(xml))).contains("cvc-datatype-valid").contains("1894-21");
    }

    @Test
    void aMaintenanceMomentTheStandardCannotOrderBeforeItsLimitIsRejected() {
        // 2099-12-31T09:59:59Z is 2099-12-31T23:59:59 at +14:00: not earlier than the 2010 limit in every zone
        String xml = valid().replaceFirst("standardDateTime=\"[^\"]*\"", "standardDateTime=\"2099-12-31T09:59:59Z\"");
        assertThat(String.join("\n", PROFILE.problems(xml))).contains("cvc-maxExclusive-valid")
                .contains("2099-12-31T09:59:59Z");
        String earlier = valid().replaceFirst("standardDateTime=\"[^\"]*\"", "standardDateTime=\"2099-12-31T09:59:58.9Z\"");
        assertThat(PROFILE.problems(earlier)).isEmpty();
    }

    // ------------------------------------------------------------------ the official schema (../shared/spec/official)

    @Test
    void recordsAreValidAgainstALocalCopyOfTheOfficialSchema() {
        Optional<EacCpfSchema> official = EacCpfSchema.official();
        assumeTrue(official.isPresent(), "no " + EacCpfSchema.SHARED_OFFICIAL + "; set -D" + EacCpfSchema.OFFICIAL_PROPERTY
                + "=/path/to/cpf.xsd to check it");
        EacCpfSchema schema = official.get();
        Map<String, String> records = new LinkedHashMap<>(edgeCaseRecords());
        int seeds = 0;
        if (Files.isDirectory(Shared.home().resolveSibling("shared").resolve("corpus/seeds"))) {
            seeds = seedRecords().size();
            records.putAll(seedRecords());
        }
        // in the surefire report, so that a run shows what the official schema has seen
        System.out.println("EAC-CPF: " + records.size() + " records (" + seeds + " seed persons, "
                + (records.size() - seeds) + " edge cases) validated against " + schema);
        Map<String, List<String>> invalid = new LinkedHashMap<>();
        records.forEach((id, xml) -> {
            List<String> problems = schema.problems(xml);
            if (!problems.isEmpty()) invalid.put(id, problems);
        });
        assertThat(invalid).as("records with problems against " + schema + ", of " + records.size()).isEmpty();

        assertThat(schema.problems(swap(valid(), "recordId", "maintenanceStatus"))).isNotEmpty();
        assertThat(schema.problems(valid().replace(">person</entityType>", ">people</entityType>"))).isNotEmpty();
        assertThat(schema.problems(valid().replaceFirst("(?s)\\s*<maintenanceHistory>.*</maintenanceHistory>", "")))
                .isNotEmpty();
        assertThat(schema.problems(valid().replaceFirst("standardDateTime=\"[^\"]*\"",
                "standardDateTime=\"yesterday\""))).isNotEmpty();
        // 2010_revised lifted the 2010 release's upper bound on standard dates (its note 7); the profile keeps it
        assertThat(schema.problems(valid().replaceFirst("standardDateTime=\"[^\"]*\"",
                "standardDateTime=\"2099-12-31T09:59:59Z\""))).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static void assertValid(String xml) {
        assertThat(PROFILE.problems(xml)).as("problems against the profile in\n" + xml).isEmpty();
    }

    /** A valid record with sources, dates, a place and a relation, to break in the negative tests. */
    private static String valid() {
        String xml = EacCpf.write(EacCpfTest.person(), BASE, id -> "Справка", List.of(
                new Associates.Associate("p-seifullin", "Saken Seifullin", 2)), NOW);
        assertValid(xml);
        return xml;
    }

    /** The record with the first elements of these two names traded places. */
    private static String swap(String xml, String first, String second) {
        String swapped = xml.replaceFirst("(<" + first + ">[^<]*</" + first + ">)(\\s*)(<" + second + ">[^<]*</"
                + second + ">)", "$3$2$1");
        assertThat(swapped).isNotEqualTo(xml);
        return swapped;
    }

    /** The records of the edge-case tests above, by a name of the case. */
    private static Map<String, String> edgeCaseRecords() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ryskulov", valid());
        out.put("no claims", write(new ResolvedPerson("p-turar", "Turar", List.of("Turar"), List.of(new DocumentPerson(
                "d1", "a.txt", "p1", "Turar", new PersonName(null, "Turar", null, List.of(), "turar",
                PersonName.Gender.MALE), List.of())), Map.of())));
        out.put("undated", write(person("p-a", "Міржақып Дулатов", List.of("Міржақып Дулатов"),
                event("arrest", null, "Орынбор", "Тұтқындалды."))));
        out.put("uncertain", write(person("p-b", "Ахмет Байтұрсынов", List.of("Ахмет Байтұрсынов"),
                event("birth", "1872?", null, "Туған."), event("position", "193X", null, "Жұмыс істеді."),
                event("exile", "1929-21", null, "Выслан."), event("sentence", "1930/1931", null, "Осуждён."),
                event("execution", "1937-12-08", null, "Расстрелян."), event("arrest", "2137~", null, "Misread."),
                event("death", "2137", null, "Misread."))));
        for (String at : List.of("2099-12-31T09:59:58Z", "2099-12-31T09:59:59Z", "2100-01-01T00:00:00Z")) {
            out.put("written at " + at, EacCpf.write(person("p-e", "Turar Ryskulov", List.of("Turar Ryskulov"),
                    event("birth", "1894", null, "Born.")), BASE, id -> "T", List.of(), Instant.parse(at)));
        }
        out.put("three scripts", write(person("p-c", "Сәкен Сейфуллин",
                List.of("Сәкен Сейфуллин", "Сакен Сейфуллин", "Saken Seifullin", "Saken Сейфуллин"),
                event("birth", "1894-10-15", null, "Туған."))));
        out.put("hostile", EacCpf.write(person("p-d", "Turar \"Tom\" & <jr.>\u0007", List.of("Turar \"Tom\" & <jr.>"),
                event("arrest", "1937", "A&B", "\"<b>\" ]]> &amp;\uD800")), BASE, id -> "T \"5\" <d> & n",
                List.of(new Associates.Associate("p-x", "S & \"S\" <S.>", 1)), NOW));
        return out;
    }

    /** Every person of an archive built from the seed documents, each with its record; built once. */
    private static synchronized Map<String, String> seedRecords() {
        if (seedRecords != null) return seedRecords;
        Path seeds = Shared.seeds();
        Map<String, String> records = new LinkedHashMap<>();
        try (Archive archive = Archive.open(archiveDir.resolve("seeds"), true)) {
            archive.ingest(List.of(seeds), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            List<ResolvedPerson> persons = archive.persons();
            Map<String, String> titles = new HashMap<>();
            Function<String, String> titleOf = id -> titles.computeIfAbsent(id, d -> archive.document(d)
                    .map(doc -> doc.title() == null ? doc.source() : doc.title()).orElse(d));
            for (ResolvedPerson p : persons) {
                records.put(p.id(), EacCpf.write(p, BASE, titleOf, Associates.of(p, persons, 10), NOW));
            }
        }
        seedRecords = Map.copyOf(records);
        return seedRecords;
    }

    private static String write(ResolvedPerson person) {
        return EacCpf.write(person, BASE, id -> "Іс құжаты " + id, List.of(), NOW);
    }

    private static ResolvedPerson person(String id, String name, List<String> names, ExtractedEvent... events) {
        List<DocumentPerson> members = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            String[] words = n.split(" ", 2);
            PersonName parsed = words.length == 2
                    ? new PersonName(words[1], words[0], null, List.of(), words[1].toLowerCase(java.util.Locale.ROOT),
                            PersonName.Gender.MALE)
                    : new PersonName(null, n, null, List.of(), n.toLowerCase(java.util.Locale.ROOT), PersonName.Gender.MALE);
            members.add(new DocumentPerson("d" + i, "docs/" + i + ".txt", "p1", n, parsed, List.of(),
                    i == 0 ? List.of(events) : List.of()));
        }
        return new ResolvedPerson(id, name, names, members, Map.of());
    }

    private static ExtractedEvent event(String type, String date, String place, String text) {
        return new ExtractedEvent(EventType.of(type), "p1", date == null ? null : EdtfDate.parse(date), place, text, 0, text.length(), Map.of());
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static List<String> texts(Element parent, String element) {
        List<String> out = new ArrayList<>();
        var found = parent.getElementsByTagNameNS(EacCpf.NS, element);
        for (int i = 0; i < found.getLength(); i++) out.add(found.item(i).getTextContent());
        return out;
    }

    private static String text(Document doc, String element) {
        return doc.getElementsByTagNameNS(EacCpf.NS, element).item(0).getTextContent();
    }
}
