package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.names.PersonName;
import org.tarikh.resolve.Associates;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;

/**
 * What an EAC-CPF record says about a person, and that it is valid against Tarikh's profile of the EAC-CPF 2010
 * schema ({@code export/eac-cpf-2010-tarikh-profile.xsd}, see {@link EacCpfSchemaTest} for how far the profile goes
 * and for the records of real persons, edge cases and invalid records).
 */
public class EacCpfTest {
    private static final EacCpfSchema PROFILE = EacCpfSchema.profile();
    private static final Optional<EacCpfSchema> OFFICIAL = EacCpfSchema.official();

    /**
     * Fails unless the record is valid against Tarikh's profile of EAC-CPF 2010 and, when the system property
     * {@code tarikh.eacCpfXsd} names a local copy of the official {@code cpf.xsd}, against that too.
     */
    public static void assertValidStructure(String xml) {
        assertThat(PROFILE.problems(xml)).as("problems against " + PROFILE).isEmpty();
        OFFICIAL.ifPresent(official ->
                assertThat(official.problems(xml)).as("problems against " + official).isEmpty());
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
                new ExtractedEvent(EventType.of("birth"), "p1", EdtfDate.parse("1894"), null, "Турар Рыскулов родился в 1894 году.", 0, 35, Map.of()),
                new ExtractedEvent(EventType.of("arrest"), "p1", EdtfDate.parse("1937-05-21"), "Москве", "Арестован 21 мая 1937 года в Москве.", 36, 70,
                        Map.of("trigger", "арестован")),
                new ExtractedEvent(EventType.of("execution"), "p1", EdtfDate.parse("1938-02-10"), null, text, 71, 71 + text.length(), Map.of()),
                new ExtractedEvent(EventType.of("position"), "p1", EdtfDate.parse("193X"), null, "В 1930-е годы работал в Москве.", 120, 150,
                        Map.of("title", "заместитель председателя")),
                new ExtractedEvent(EventType.of("membership"), "p1", null, null, "Член партии.", 151, 163, Map.of())));
        DocumentPerson b = new DocumentPerson("d2", "docs/en.txt", "p1", "Turar Ryskulov", en, List.of(), List.of(
                new ExtractedEvent(EventType.of("execution"), "p1", EdtfDate.parse("1938-02"), null, "Turar Ryskulov was shot in February 1938.", 0, 40,
                        Map.of())));
        return new ResolvedPerson("p-ryskulov", "Турар Рыскулов", List.of("Турар Рыскулов", "Turar Ryskulov"),
                List.of(a, b), Map.of());
    }
}
