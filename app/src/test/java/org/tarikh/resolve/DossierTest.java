package org.tarikh.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.EventType;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.Mention;
import org.tarikh.extract.names.NameParser;

class DossierTest {
    private static DocumentPerson member(String doc, String name, ExtractedEvent... events) {
        return new DocumentPerson(doc, doc + ".txt", "p1", name, new NameParser().parse(name),
                List.of(new Mention(name, 0, name.length())), List.of(events));
    }

    private static ExtractedEvent event(String type, String date, String evidence) {
        return new ExtractedEvent(EventType.of(type), "p1", date == null ? null : EdtfDate.parse(date), null, evidence, 0, evidence.length(), Map.of());
    }

    private static ResolvedPerson person(DocumentPerson... members) {
        return new ResolvedPerson("p-x", members[0].name(), List.of(members[0].name()), List.of(members), Map.of());
    }

    @Test
    void datesAtDifferentPrecisionCorroborateInsteadOfConflicting() {
        Dossier d = Dossier.of(person(
                member("a", "Azimbai Lekerov", event("arrest", "1937-07", "arrested in July 1937")),
                member("b", "Азимбай Лекеров", event("arrest", "1937-07-20", "Арестован 20.07.1937 г."))));
        assertThat(d.conflicts()).isEmpty();
        assertThat(d.claims()).allSatisfy(c -> assertThat(c.supportingSources()).isEqualTo(2));
    }

    @Test
    void twoExecutionDatesThatCannotBothBeTrueAreAConflictWithBothSources() {
        Dossier d = Dossier.of(person(
                member("a", "Turar Ryskulov", event("execution", "1938-02-10", "shot on 10 February 1938")),
                member("b", "Турар Рыскулов", event("execution", "1939-02", "расстрелян в феврале 1939 г."))));
        assertThat(d.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(EventType.EXECUTION);
            assertThat(c.values()).containsExactly("1938-02-10", "1939-02");
            assertThat(c.sources()).containsExactly("a.txt", "b.txt");
        });
    }

    @Test
    void twoDaysTheJulianLagApartAreStillAConflictButSayTheyMayBeOneDay() {
        Dossier d = Dossier.of(person(
                member("a", "Filipp Goloshchekin", event("birth", "1876-02-26", "1876 jyly 26 aqpanda tughan")),
                member("b", "Philip Goloshchekin", event("birth", "1876-03-09", "born on 9 March 1876"))));
        assertThat(d.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.values()).containsExactly("1876-02-26", "1876-03-09");
            assertThat(c.calendarDays()).isEqualTo(12);
        });
        Dossier later = Dossier.of(person(
                member("a", "Turar Ryskulov", event("death", "1938-02-10", "shot on 10 February 1938")),
                member("b", "Турар Рыскулов", event("death", "1938-02-23", "расстрелян 23 февраля 1938"))));
        assertThat(later.conflicts()).singleElement().satisfies(c -> assertThat(c.calendarDays()).isZero());
    }

    @Test
    void aSourceThatWritesBothCalendarsAgreesWithEither() {
        ExtractedEvent both = new ExtractedEvent(EventType.BIRTH, "p1", EdtfDate.parse("1894-10-15"), null,
                "родился 15 (27) октября 1894 года", 0, 32, Map.of("new_style", "1894-10-27"));
        Dossier d = Dossier.of(person(
                member("a", "Сакен Сейфуллин", both),
                member("b", "Saken Seifullin", event("birth", "1894-10-27", "born on 27 October 1894"))));
        assertThat(d.conflicts()).isEmpty();
    }

    @Test
    void aConflictListsAlternativesNotTheSameDateAtTwoPrecisions() {
        Dossier d = Dossier.of(person(
                member("a", "Saken Seifullin", event("death", "1938", "Saken Seifullin (1894-1938)")),
                member("b", "Сакен Сейфуллин", event("death", "1938-02-25", "Расстрелян 25.02.1938.")),
                member("c", "S. Seyfullin", event("death", "1939", "died in custody in 1939")),
                member("d", "Сәкен Сейфуллин", event("death", "1938", "1938 жылы қайтыс болды"))));
        assertThat(d.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.values()).containsExactly("1938-02-25", "1939");
            assertThat(c.sources()).containsExactly("b.txt; a.txt; d.txt", "c.txt");
        });
    }

    @Test
    void sourcesDisagreeingOnWhenThePersonCameToPowerAreAConflict() {
        Dossier d = Dossier.of(person(
                member("a", "Philip Goloshchekin", event("position", "1925", "who came to power in Kazakhstan in 1925")),
                member("b", "Goloshchekin", event("position", "1935", "In 1935, the appointment of Goloshchekin to the power"))));
        assertThat(d.conflicts()).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(EventType.POSITION));
    }

    @Test
    void differentPostsInDifferentYearsAreACareerNotAConflict() {
        Dossier d = Dossier.of(person(member("a", "Азимбай Лекеров",
                new ExtractedEvent(EventType.of("position"), "p1", EdtfDate.parse("1923/1925"), null, "председатель губисполкома", 0, 10, Map.of("title", "председатель")),
                new ExtractedEvent(EventType.of("position"), "p1", EdtfDate.parse("1933"), null, "председатель облплана", 0, 10, Map.of("title", "председатель")))));
        assertThat(d.conflicts()).isEmpty();
    }

    private static ExtractedEvent bornIn(String place) {
        return new ExtractedEvent(EventType.of("birth"), "p1", EdtfDate.parse("1894"), place, "born in " + place, 0, 8 + place.length(), Map.of());
    }

    @Test
    void oneTownUnderItsOldAndNewNamesIsNotAConflictButTwoTownsAre() {
        Dossier same = Dossier.of(person(member("a", "Saken Seifullin", bornIn("Akmolinsk")),
                member("b", "Сәкен Сейфуллин", bornIn("Ақмола"))));
        assertThat(same.conflicts()).isEmpty();
        Dossier different = Dossier.of(person(member("a", "Saken Seifullin", bornIn("Akmolinsk")),
                member("b", "Сәкен Сейфуллин", bornIn("Семипалатинск"))));
        assertThat(different.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(EventType.BIRTH);
            assertThat(c.sources()).containsExactly("a.txt", "b.txt");
        });
    }

    @Test
    void anArrestAfterTheExecutionIsAConflict() {
        Dossier d = Dossier.of(person(
                member("a", "Magzhan Zhumabaev", event("execution", "1938-03-19", "shot on 19 March 1938")),
                member("b", "Мағжан Жұмабаев", event("arrest", "1939", "1939 жылы тұтқындалды"))));
        assertThat(d.conflicts()).anySatisfy(c -> assertThat(c.type()).isEqualTo(EventType.ARREST));
    }
    private static ExtractedEvent cameToPower(String date, String place, String evidence) {
        return new ExtractedEvent(EventType.POSITION, "p1", date == null ? null : EdtfDate.parse(date), place, evidence, 0, evidence.length(), Map.of());
    }

    @Test
    void powerInKazakhstanAndInTheKazakhSsrIsOneOfficeSoTwoYearsAreAConflict() {
        Dossier d = Dossier.of(person(
                member("a", "Philip Goloshchekin", cameToPower("1925", "Kazakhstan", "who came to power in Kazakhstan in 1925")),
                member("b", "Goloshikin", cameToPower("1935", "Kazakh SSR",
                        "In 1935, the appointment of Goloshikin to the power in Kazakh SSR"))));
        assertThat(d.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(EventType.POSITION);
            assertThat(c.values()).containsExactly("1925", "1935");
            assertThat(c.sources()).containsExactly("a.txt", "b.txt");
        });
        assertThat(d.claims()).allSatisfy(c -> assertThat(c.details()).containsEntry("geonameId", "1522867"));
    }

    @Test
    void sourcesAgreeingOnTheYearUnderTheRepublicsDifferentNamesCorroborate() {
        Dossier d = Dossier.of(person(
                member("a", "Philip Goloshchekin", cameToPower("1925", "Kazakhstan", "came to power in Kazakhstan in 1925")),
                member("b", "Голощёкин", cameToPower("1925", "Казакской АССР", "в 1925 г. пришёл к власти в Казакской АССР"))));
        assertThat(d.conflicts()).isEmpty();
    }

    @Test
    void comingToPowerInTwoDifferentPlacesIsACareerNotAConflict() {
        Dossier d = Dossier.of(person(
                member("a", "Philip Goloshchekin", cameToPower("1918", "Екатеринбург", "пришёл к власти в Екатеринбурге в 1918 г.")),
                member("b", "Goloshchekin", cameToPower("1925", "Kazakhstan", "came to power in Kazakhstan in 1925"))));
        assertThat(d.conflicts()).isEmpty();
    }

    @Test
    void aDeathAndAnExecutionOnDifferentDatesAreOneEndOfLifeInDispute() {
        Dossier d = Dossier.of(person(
                member("a", "Нығмет Нұрмақов", event("execution", "1937-10-20", "1937 жылы 20 қазанда атылды")),
                member("b", "Nygmet Nurmakov", event("death", "1939", "Nurmakov (1895-1939)"))));
        assertThat(d.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(EventType.DEATH);
            assertThat(c.values()).containsExactly("1937-10-20", "1939");
            assertThat(c.sources()).containsExactly("a.txt", "b.txt");
        });
        Dossier agreeing = Dossier.of(person(
                member("a", "Нығмет Нұрмақов", event("execution", "1937-10-20", "1937 жылы 20 қазанда атылды")),
                member("b", "Nygmet Nurmakov", event("death", "1937", "Nurmakov (1895-1937)"))));
        assertThat(agreeing.conflicts()).isEmpty();
    }
}
