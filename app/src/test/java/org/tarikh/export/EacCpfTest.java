package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.names.PersonName;
import org.tarikh.resolve.Associates;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * EAC-CPF records are well-formed, in the EAC-CPF namespace, and put the required elements in the order the
 * schema requires. The official XSD (cpf.xsd of the EAC-CPF 2010 schema, Society of American Archivists and
 * Staatsbibliothek zu Berlin) is not available offline and is not copied here, so this test does NOT validate
 * against it; it checks the content models below, written from the EAC-CPF 2010 tag library:
 *
 * <pre>
 * eac-cpf           = control, cpfDescription
 * control           = recordId, otherRecordId*, maintenanceStatus, publicationStatus?, maintenanceAgency,
 *                     languageDeclaration?, conventionDeclaration*, localTypeDeclaration*, localControl*,
 *                     maintenanceHistory, sources?
 * maintenanceAgency = agencyCode?, otherAgencyCode*, agencyName, descriptiveNote?
 * maintenanceHistory= maintenanceEvent+
 * maintenanceEvent  = eventType, eventDateTime, agentType, agent, eventDescription?
 * sources           = source+ ;  source = sourceEntry?, objectXMLWrap?, objectBinWrap?, descriptiveNote?
 * cpfDescription    = identity, description?, relations?, alternativeSet?
 * identity          = entityId*, entityType, (nameEntry | nameEntryParallel)+, descriptiveNote?
 * nameEntry         = part+, useDates?, (preferredForm | authorizedForm | alternativeForm)*
 * description       = existDates?, (place | places | … | generalContext)*, biogHist*
 * existDates        = (date | dateRange | dateSet), descriptiveNote?
 * dateRange         = fromDate?, toDate?
 * biogHist          = abstract?, (chronList | citation | list | outline | p)*
 * chronList         = chronItem+
 * chronItem         = (date | dateRange), placeEntry?, event
 * relations         = cpfRelation*, resourceRelation*, functionRelation*
 * cpfRelation       = relationEntry*, (date | dateRange | dateSet)?, placeEntry?, descriptiveNote?
 * </pre>
 * and the closed vocabularies of maintenanceStatus, eventType, agentType and entityType.
 */
public class EacCpfTest {
    private static final Map<String, Pattern> CONTENT = Map.ofEntries(
            model("eac-cpf", "control cpfDescription"),
            model("control", "recordId (otherRecordId )*maintenanceStatus (publicationStatus )?maintenanceAgency "
                    + "(languageDeclaration )?(conventionDeclaration )*(localTypeDeclaration )*(localControl )*"
                    + "maintenanceHistory (sources )?"),
            model("maintenanceAgency", "(agencyCode )?(otherAgencyCode )*agencyName (descriptiveNote )?"),
            model("languageDeclaration", "language script (descriptiveNote )?"),
            model("maintenanceHistory", "(maintenanceEvent )+"),
            model("maintenanceEvent", "eventType eventDateTime agentType agent (eventDescription )?"),
            model("sources", "(source )+"),
            model("source", "(sourceEntry )?(objectXMLWrap )?(objectBinWrap )?(descriptiveNote )?"),
            model("cpfDescription", "identity (description )?(relations )?(alternativeSet )?"),
            model("identity", "(entityId )*entityType ((nameEntry|nameEntryParallel) )+(descriptiveNote )?"),
            model("nameEntry", "(part )+(useDates )?((preferredForm|authorizedForm|alternativeForm) )*"),
            model("description", "(existDates )?((place|places|localDescription|localDescriptions|legalStatus|"
                    + "legalStatuses|function|functions|occupation|occupations|mandate|mandates|languageUsed|"
                    + "languagesUsed|structureOrGenealogy|generalContext) )*(biogHist )*"),
            model("existDates", "(date|dateRange|dateSet) (descriptiveNote )?"),
            model("dateRange", "(fromDate )?(toDate )?"),
            model("biogHist", "(abstract )?((chronList|citation|list|outline|p) )*"),
            model("chronList", "(chronItem )+"),
            model("chronItem", "(date|dateRange) (placeEntry )?event "),
            model("relations", "(cpfRelation )*(resourceRelation )*(functionRelation )*"),
            model("cpfRelation", "(relationEntry )*((date|dateRange|dateSet) )?(placeEntry )?(descriptiveNote )?"));
    private static final Set<String> TEXT_ONLY = Set.of("recordId", "maintenanceStatus", "publicationStatus",
            "agencyName", "eventType", "eventDateTime", "agentType", "agent", "eventDescription", "sourceEntry",
            "entityId", "entityType", "part", "authorizedForm", "alternativeForm", "fromDate", "toDate", "date",
            "placeEntry", "event", "relationEntry", "language", "script");
    private static final Map<String, Set<String>> VOCABULARY = Map.of(
            "maintenanceStatus", Set.of("cancelled", "deleted", "deletedReplaced", "deletedSplit", "derived", "new", "revised"),
            "publicationStatus", Set.of("inProcess", "approved"),
            "eventType", Set.of("cancelled", "created", "deleted", "derived", "revised", "updated"),
            "agentType", Set.of("human", "machine"),
            "entityType", Set.of("person", "corporateBody", "family"));
    private static final Pattern STANDARD_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private static Map.Entry<String, Pattern> model(String element, String regex) {
        return Map.entry(element, Pattern.compile(regex.endsWith(" ") || regex.endsWith(")?") || regex.endsWith(")*")
                || regex.endsWith(")+") ? regex : regex + " "));
    }

    /** Fails unless the record is well-formed, namespaced and follows the content models above. */
    public static void assertValidStructure(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("eac-cpf");
        check(root);
    }

    private static void check(Element element) {
        String name = element.getLocalName();
        assertThat(element.getNamespaceURI()).as("namespace of <" + name + ">").isEqualTo(EacCpf.NS);
        List<String> children = new ArrayList<>();
        StringBuilder sequence = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(child.getLocalName());
                sequence.append(child.getLocalName()).append(' ');
                check(child);
            }
        }
        Pattern model = CONTENT.get(name);
        if (model != null) {
            assertThat(model.matcher(sequence).matches()).as("children of <" + name + ">: " + children + " against " + model)
                    .isTrue();
        } else {
            assertThat(TEXT_ONLY).as("<" + name + "> is an element this record may use").contains(name);
            assertThat(children).as("<" + name + "> holds text only").isEmpty();
        }
        if (VOCABULARY.containsKey(name)) assertThat(VOCABULARY.get(name)).contains(element.getTextContent());
        if (element.hasAttribute("standardDate")) {
            assertThat(element.getAttribute("standardDate")).matches(STANDARD_DATE);
        }
        if (TEXT_ONLY.contains(name)) assertThat(element.getTextContent()).as("text of <" + name + ">").isNotBlank();
    }

    @Test
    void writesAWellFormedRecordInTheSchemaOrder() throws Exception {
        String xml = EacCpf.write(person(), "http://example.org", id -> "Справка <по делу> & «Рыскулов»",
                List.of(new Associates.Associate("p-seifullin", "Saken Seifullin", 2)), Instant.parse("2026-01-02T03:04:05.5Z"));
        assertValidStructure(xml);
        assertThat(xml).contains("xmlns=\"urn:isbn:1-931666-33-4\"")
                .contains("<part localType=\"surname\">Рыскулов</part>")
                .contains("<nameEntry scriptCode=\"Latn\">")
                .contains("<sourceEntry>Справка &lt;по делу&gt; &amp; «Рыскулов»</sourceEntry>")
                .contains("<fromDate standardDate=\"1894\">1894</fromDate>")
                .contains("<toDate standardDate=\"1938-02-10\">1938-02-10</toDate>")
                .contains("<fromDate standardDate=\"1930-01-01\">193X</fromDate>")
                .contains("<date>undated</date>")
                .contains("<placeEntry>Москве</placeEntry>")
                .contains("Турар Рыскулов расстрелян 10 февраля 1938 года.")
                .contains("xlink:href=\"http://example.org/persons/p-seifullin\"");
    }

    @Test
    void theStructureCheckRejectsAnEventBeforeItsPlace() throws Exception {
        String xml = EacCpf.write(person(), "http://example.org", id -> null, List.of(), Instant.EPOCH);
        String swapped = xml.replaceFirst("(<placeEntry>[^<]*</placeEntry>)(\\s*)(<event>[^<]*</event>)", "$3$2$1");
        assertThat(swapped).isNotEqualTo(xml);
        assertThatThrownBy(() -> assertValidStructure(swapped))
                .isInstanceOf(AssertionError.class).hasMessageContaining("chronItem");
    }

    @Test
    void aPersonWithoutClaimsStillHasTheRequiredElements() throws Exception {
        DocumentPerson member = new DocumentPerson("d1", "a.txt", "p1", "Turar",
                new PersonName(null, "Turar", null, List.of(), "turar", PersonName.Gender.MALE), List.of());
        ResolvedPerson bare = new ResolvedPerson("p-turar", "Turar", List.of("Turar"), List.of(member), Map.of());
        String xml = EacCpf.write(bare, "http://example.org", id -> null, List.of(), Instant.EPOCH);
        assertValidStructure(xml);
        assertThat(xml).doesNotContain("existDates").doesNotContain("biogHist").doesNotContain("<sources>");
    }

    static ResolvedPerson person() {
        PersonName ru = new PersonName("Рыскулов", "Турар", null, List.of(), "рыскулов", PersonName.Gender.MALE);
        PersonName en = new PersonName("Ryskulov", "Turar", null, List.of(), "ryskulov", PersonName.Gender.MALE);
        String text = "Турар Рыскулов расстрелян 10 февраля 1938 года.";
        DocumentPerson a = new DocumentPerson("d1", "docs/ru.txt", "p1", "Турар Рыскулов", ru, List.of(), List.of(
                new ExtractedEvent("birth", "p1", "1894", null, "Турар Рыскулов родился в 1894 году.", 0, 35, Map.of()),
                new ExtractedEvent("arrest", "p1", "1937-05-21", "Москве", "Арестован 21 мая 1937 года в Москве.", 36, 70,
                        Map.of("trigger", "арестован")),
                new ExtractedEvent("execution", "p1", "1938-02-10", null, text, 71, 71 + text.length(), Map.of()),
                new ExtractedEvent("position", "p1", "193X", null, "В 1930-е годы работал в Москве.", 120, 150,
                        Map.of("title", "заместитель председателя")),
                new ExtractedEvent("membership", "p1", null, null, "Член партии.", 151, 163, Map.of())));
        DocumentPerson b = new DocumentPerson("d2", "docs/en.txt", "p1", "Turar Ryskulov", en, List.of(), List.of(
                new ExtractedEvent("execution", "p1", "1938-02", null, "Turar Ryskulov was shot in February 1938.", 0, 40,
                        Map.of())));
        return new ResolvedPerson("p-ryskulov", "Турар Рыскулов", List.of("Турар Рыскулов", "Turar Ryskulov"),
                List.of(a, b), Map.of());
    }
}
