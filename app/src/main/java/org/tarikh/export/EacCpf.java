package org.tarikh.export;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tarikh.TarikhException;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.resolve.Associates;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.ResolvedPerson;

/**
 * An archive person as an EAC-CPF 2010 authority record (namespace {@value #NS}), the exchange format of archival
 * authority files. Example: Ryskulov becomes a record with a {@code nameEntry} per name form ({@code scriptCode
 * Cyrl} for Турар Рыскулов, {@code Latn} for Turar Ryskulov), {@code existDates} 1894–1938-02-10 and one
 * {@code chronItem} per claim whose event names its sources.
 *
 * <p>Rules, in the element order the schema requires: {@code control} (recordId, maintenanceStatus,
 * publicationStatus, maintenanceAgency, languageDeclaration, maintenanceHistory, sources), then
 * {@code cpfDescription} (identity: entityId, entityType, nameEntry+; description: existDates, biogHist with a
 * chronList; relations: a cpfRelation per associate). A plain ISO 8601 calendar date ({@code 1938}, {@code 1938-02},
 * {@code 1938-02-10}) is a {@code date} with the same {@code standardDate}; other EDTF dates ({@code 1937~},
 * {@code 193X}, the season {@code 1929-21}, the interval {@code 1930/1931}) are a {@code dateRange} from their
 * earliest to their latest day, with the EDTF form as the text. {@code standardDate} is left out where the 2010
 * schema cannot take it (years after {@value #LAST_STANDARD_YEAR}), and where the text is not EDTF; so is the
 * maintenance event's {@code standardDateTime} from {@link #FIRST_NON_STANDARD_INSTANT} on. Characters XML
 * 1.0 cannot carry (control characters, unpaired surrogates, as broken OCR leaves them) become U+FFFD, so the record
 * stays well-formed. Pure and thread-safe.
 *
 * <p>The test profile {@code app/src/test/resources/export/eac-cpf-2010-tarikh-profile.xsd} is the schema of what
 * this class writes: change both together.
 */
public final class EacCpf {
    public static final String NS = "urn:isbn:1-931666-33-4";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String AGENCY = "Tarikh archive";
    /** The 2010 schema's standardDate stops at 2099 (its 2010_revised update lifted that). */
    static final int LAST_STANDARD_YEAR = 2099;
    /**
     * The first moment the 2010 schema cannot take as a {@code standardDateTime} written in UTC. Its limit,
     * {@code 2099-12-31T23:59:59}, has no time zone, and XML Schema orders a zoned moment before it only when it is
     * earlier wherever that limit is read, the farthest zone being +14:00; at 09:59:59Z and later the order is
     * indeterminate and the value invalid.
     */
    static final Instant FIRST_NON_STANDARD_INSTANT = Instant.parse("2099-12-31T09:59:59Z");

    private EacCpf() {}

    /**
     * @param baseUrl    the server's address without a final slash, for the links
     * @param titleOf    a document's title by its id
     * @param associates the people who appear with the person, as {@code cpfRelation}s
     * @param now        when the record was derived, for the maintenance history
     */
    public static String write(ResolvedPerson person, String baseUrl, Function<String, String> titleOf,
                               List<Associates.Associate> associates, Instant now) {
        Dossier dossier = Dossier.of(person);
        StringWriter out = new StringWriter();
        try {
            Indenting x = new Indenting(XMLOutputFactory.newFactory().createXMLStreamWriter(out));
            x.w.writeStartDocument("UTF-8", "1.0");
            x.w.setDefaultNamespace(NS);
            x.w.setPrefix("xlink", XLINK);
            x.start("eac-cpf");
            x.w.writeDefaultNamespace(NS);
            x.w.writeNamespace("xlink", XLINK);
            x.start("control");
            x.leaf("recordId", "tarikh-" + person.id());
            x.leaf("maintenanceStatus", "new");
            x.leaf("publicationStatus", "inProcess");
            x.start("maintenanceAgency");
            x.leaf("agencyName", AGENCY);
            x.end();
            x.start("languageDeclaration");
            x.leaf("language", "English", "languageCode", "eng");
            x.leaf("script", "Latin", "scriptCode", "Latn");
            x.end();
            x.start("maintenanceHistory");
            x.start("maintenanceEvent");
            x.leaf("eventType", "derived");
            String at = now.truncatedTo(ChronoUnit.SECONDS).toString();
            if (now.isBefore(FIRST_NON_STANDARD_INSTANT)) x.leaf("eventDateTime", at, "standardDateTime", at);
            else x.leaf("eventDateTime", at);
            x.leaf("agentType", "machine");
            x.leaf("agent", "Tarikh");
            x.leaf("eventDescription", "Derived from the claims that the archive's documents make about this person; "
                    + "each claim names its sources.");
            x.end();
            x.end();
            Map<String, String> sources = new LinkedHashMap<>();
            for (Dossier.Claim c : dossier.claims()) sources.putIfAbsent(c.documentId(), title(c, titleOf));
            if (!sources.isEmpty()) {
                x.start("sources");
                for (var source : sources.entrySet()) {
                    x.start("source");
                    x.link(baseUrl + "/documents/" + source.getKey());
                    x.leaf("sourceEntry", source.getValue());
                    x.end();
                }
                x.end();
            }
            x.end(); // control

            x.start("cpfDescription");
            x.start("identity");
            x.leaf("entityId", baseUrl + "/persons/" + person.id());
            x.leaf("entityType", "person");
            List<String> names = new ArrayList<>();
            names.add(person.name());
            for (String n : person.names()) if (!names.contains(n)) names.add(n);
            for (String name : names) nameEntry(x, person, name, name.equals(person.name()));
            x.end();

            x.start("description");
            Optional<Dossier.Claim> birth = PersonExports.best(dossier, List.of(EventType.BIRTH));
            Optional<Dossier.Claim> death = PersonExports.best(dossier, List.of(EventType.DEATH, EventType.EXECUTION));
            boolean birthDated = birth.map(c -> c.date() != null).orElse(false);
            boolean deathDated = death.map(c -> c.date() != null).orElse(false);
            if (birthDated || deathDated) {
                x.start("existDates");
                x.start("dateRange");
                if (birthDated) dateElement(x, "fromDate", birth.get().date(), true);
                if (deathDated) dateElement(x, "toDate", death.get().date(), false);
                x.end();
                x.end();
            }
            if (!dossier.claims().isEmpty()) {
                x.start("biogHist");
                x.start("chronList");
                for (Dossier.Claim c : dossier.claims()) chronItem(x, c, titleOf);
                x.end();
                x.end();
            }
            x.end(); // description
            if (!associates.isEmpty()) {
                x.start("relations");
                for (Associates.Associate a : associates) {
                    x.start("cpfRelation");
                    x.attribute("cpfRelationType", "associative");
                    x.link(baseUrl + "/persons/" + a.id());
                    x.leaf("relationEntry", a.name());
                    x.end();
                }
                x.end();
            }
            x.end(); // cpfDescription
            x.end(); // eac-cpf
            x.w.writeEndDocument();
            x.w.close();
        } catch (XMLStreamException e) {
            throw new TarikhException("could not write the EAC-CPF record of " + person.id() + ": " + e.getMessage(), e);
        }
        return out.toString() + "\n";
    }

    private static void nameEntry(Indenting x, ResolvedPerson person, String name, boolean authorized)
            throws XMLStreamException {
        x.start("nameEntry");
        x.attribute("scriptCode", scriptCode(name));
        DocumentPerson member = person.members().stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
        boolean parted = false;
        if (member != null && member.parsed().surname() != null && member.parsed().givenName() != null) {
            x.leaf("part", member.parsed().surname(), "localType", "surname");
            x.leaf("part", member.parsed().givenName(), "localType", "forename");
            if (member.parsed().patronymic() != null) x.leaf("part", member.parsed().patronymic(), "localType", "patronymic");
            parted = true;
        }
        if (!parted) x.leaf("part", name);
        x.leaf(authorized ? "authorizedForm" : "alternativeForm", "tarikh");
        x.end();
    }

    private static void chronItem(Indenting x, Dossier.Claim c, Function<String, String> titleOf)
            throws XMLStreamException {
        x.start("chronItem");
        EdtfDate date = c.date();
        if (date == null) {
            x.leaf("date", "undated");
        } else if (PersonExports.isoDate(date)) {
            x.dated("date", date.value(), standard(date));
        } else {
            x.start("dateRange");
            x.dated("fromDate", date.value(), standard(date.earliest()));
            x.dated("toDate", date.value(), standard(date.latest()));
            x.end();
        }
        if (c.place() != null) x.leaf("placeEntry", c.place());
        StringBuilder event = new StringBuilder(c.type().wire());
        String details = PersonExports.details(c);
        if (!details.isEmpty()) event.append(" (").append(details).append(')');
        event.append(". Source: ").append(title(c, titleOf)).append(" (").append(c.source()).append("): \u201C")
                .append(PersonExports.oneLine(c.evidence())).append("\u201D");
        if (c.supportingSources() > 1) event.append("; supported by ").append(c.supportingSources()).append(" sources");
        x.leaf("event", event.toString());
        x.end();
    }

    private static void dateElement(Indenting x, String element, EdtfDate date, boolean from)
            throws XMLStreamException {
        if (PersonExports.isoDate(date)) x.dated(element, date.value(), standard(date));
        else x.dated(element, date.value(), standard(from ? date.earliest() : date.latest()));
    }

    /** The date itself when it is a plain calendar date the 2010 schema takes as standardDate, else null. */
    static String standard(EdtfDate date) {
        return PersonExports.isoDate(date) && inStandardYears(date.earliest().getYear()) ? date.value() : null;
    }

    private static String standard(LocalDate day) {
        return inStandardYears(day.getYear()) ? day.toString() : null;
    }

    private static boolean inStandardYears(int year) {
        // XML Schema 1.0 has no year 0000
        return year >= 1 && year <= LAST_STANDARD_YEAR;
    }

    /** The text with every character XML 1.0 cannot carry replaced by U+FFFD. */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!allowed && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null) {
                if (allowed) out.appendCodePoint(c);
                else out.append('\uFFFD');
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static String title(Dossier.Claim c, Function<String, String> titleOf) {
        String title = titleOf.apply(c.documentId());
        return title == null || title.isBlank() ? c.source() : title;
    }

    /** ISO 15924 code of the name's letters: Cyrillic, Latin, or Zyyy when mixed or neither. */
    static String scriptCode(String name) {
        boolean cyrillic = false, latin = false;
        for (int i = 0; i < name.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(name.charAt(i));
            cyrillic |= s == Character.UnicodeScript.CYRILLIC;
            latin |= s == Character.UnicodeScript.LATIN;
        }
        return cyrillic == latin ? "Zyyy" : cyrillic ? "Cyrl" : "Latn";
    }

    /** A stream writer that puts each element on its own line, indented by depth; text-only elements stay on one. */
    private static final class Indenting {
        final XMLStreamWriter w;
        int depth;

        Indenting(XMLStreamWriter w) {
            this.w = w;
        }

        void start(String name) throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth++));
            w.writeStartElement(NS, name);
        }

        void end() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(--depth));
            w.writeEndElement();
        }

        void leaf(String name, String text, String... attributes) throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
            w.writeStartElement(NS, name);
            for (int i = 0; i + 1 < attributes.length; i += 2) attribute(attributes[i], attributes[i + 1]);
            if (text != null) w.writeCharacters(xmlSafe(text));
            w.writeEndElement();
        }

        /** A date element, with its standardDate when there is one. */
        void dated(String name, String text, String standardDate) throws XMLStreamException {
            if (standardDate == null) leaf(name, text);
            else leaf(name, text, "standardDate", standardDate);
        }

        void attribute(String name, String value) throws XMLStreamException {
            w.writeAttribute(name, xmlSafe(value));
        }

        /** The attributes of a simple XLink to the address. */
        void link(String href) throws XMLStreamException {
            w.writeAttribute("xlink", XLINK, "type", "simple");
            w.writeAttribute("xlink", XLINK, "href", xmlSafe(href));
        }
    }
}
