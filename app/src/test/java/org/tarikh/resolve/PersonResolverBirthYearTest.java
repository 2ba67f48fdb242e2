package org.tarikh.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.extract.EventType;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.Mention;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.names.NameParser;
import org.tarikh.lexicon.NameKeyer;

/** Rule 7 of {@link PersonResolver}: birth years more than two years apart keep two persons apart. */
class PersonResolverBirthYearTest {
    private final NameParser parser = new NameParser();
    private final PersonResolver resolver = new PersonResolver(new NameKeyer());
    private int documents;

    private DocumentPerson born(String name, String birth) {
        String doc = "d" + (++documents);
        List<ExtractedEvent> events = birth == null ? List.of()
                : List.of(new ExtractedEvent(EventType.BIRTH, "p1", EdtfDate.parse(birth), null, name, 0, name.length(), Map.of()));
        return new DocumentPerson(doc, doc + ".txt", "p1", name, parser.parse(name), List.of(new Mention(name, 0, name.length())), events);
    }

    private static ResolvedPerson holding(List<ResolvedPerson> persons, DocumentPerson member) {
        return persons.stream().filter(p -> p.members().contains(member)).findFirst().orElseThrow();
    }

    @Test
    void birthYearsFarApartKeepOneNameTwoPersons() {
        DocumentPerson elder = born("Ахмет Байтұрсынов", "1872"), younger = born("Ахмет Байтурсынов", "1905");
        List<ResolvedPerson> persons = resolver.resolve(List.of(elder, younger));
        assertThat(holding(persons, elder)).isNotEqualTo(holding(persons, younger));
        assertThat(resolver.fits(elder, younger)).isFalse();
    }

    @Test
    void birthYearsOneOrTwoApartOrMissingAgree() {
        DocumentPerson a = born("Ахмет Байтұрсынов", "1872"), b = born("Akhmet Baitursynov", "1873-09-05"),
                c = born("Ахмет Байтурсынов", null), d = born("Ахмет Байтурсынов", "1871");
        List<ResolvedPerson> persons = resolver.resolve(List.of(a, b, c, d));
        assertThat(persons).hasSize(1);
        assertThat(resolver.fits(a, c)).isTrue();
        assertThat(resolver.fits(b, born("Ахмет Байтурсынов", "1870"))).as("1873 and 1870 are three years apart").isFalse();
    }

    @Test
    void aDecadeNamesNoYearAndDisagreesWithNone() {
        DocumentPerson a = born("Ахмет Байтұрсынов", "187X"), b = born("Ахмет Байтурсынов", "1905");
        assertThat(resolver.fits(a, b)).isTrue();
    }
}
