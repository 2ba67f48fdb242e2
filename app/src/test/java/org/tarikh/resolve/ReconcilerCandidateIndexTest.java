package org.tarikh.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tarikh.extract.EventType;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.Mention;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.names.NameParser;
import org.tarikh.lexicon.NameKeyer;

/**
 * The {@link Posting} index inside a surname's persons: a family far larger than {@link Posting#INDEXED}, where a
 * look-up of a full name, an initial, a patronymic or a birth year must still find its person among hundreds of
 * namesakes, and give what scoring every person of the family one by one gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconcilerCandidateIndexTest {
    private static final List<String> GIVEN = List.of("Ерлан", "Серік", "Болат", "Нұрлан", "Асқар", "Дәулет", "Марат",
            "Қанат", "Бауыржан", "Талғат", "Ерболат", "Самат", "Арман", "Ғалым", "Мұрат", "Жандос", "Ербол", "Айдос",
            "Нұржан", "Ринат", "Тимур", "Руслан", "Бекзат", "Ермек", "Даурен");
    private static final List<String> FATHERS = List.of("Омар", "Сейіт", "Қали", "Төле", "Әбіл", "Жақып", "Нұрмұхан",
            "Бақыт");

    private final NameParser parser = new NameParser();
    private final NameKeyer keyer = new NameKeyer();
    private int documents;
    private Reconciler indexed;
    private Reconciler exhaustive;
    private int familySize;

    private DocumentPerson named(String name, String birth) {
        String doc = "d" + (++documents);
        List<ExtractedEvent> events = birth == null ? List.of()
                : List.of(new ExtractedEvent(EventType.BIRTH, "p1", EdtfDate.parse(birth), null, name, 0, name.length(), Map.of()));
        return new DocumentPerson(doc, doc + ".txt", "p1", name, parser.parse(name), List.of(new Mention(name, 0, name.length())), events);
    }

    @BeforeAll
    void aLargeFamily() {
        List<DocumentPerson> in = new ArrayList<>();
        // the family Аймауытов: every given name with every father, some with a birth year; one convention of
        // patronymic, so that two fathers disagree and keep namesakes apart
        int n = 0;
        for (String given : GIVEN) {
            for (String father : FATHERS) {
                in.add(named(given + " " + father + "ұлы Аймауытов", n % 3 == 0 ? String.valueOf(1880 + n % 40) : null));
                n++;
            }
        }
        // the person looked up, with a given name none of the namesakes has, in two scripts
        in.add(named("Жүсіпбек Аймауытов", "1889"));
        in.add(named("Zhusipbek Aimauytov", null));
        in.add(named("Жүсіпбек Аймауытов", null));
        // a woman of the family, a record of initials only, a bare surname, and a nearby family with a loose key
        in.add(named("Гүлнар Аймауытова", null));
        in.add(named("Қ. Аймауытов", null));
        in.add(named("Аймауытов", null));
        in.add(named("Жүсіпбек Аймаутов", null));
        List<ResolvedPerson> persons = new PersonResolver(keyer).resolve(in);
        familySize = persons.size();
        indexed = new Reconciler(persons, keyer, parser);
        exhaustive = new Reconciler(persons, keyer, parser, true);
    }

    @Test
    void theFamilyIsLargeEnoughToBeIndexed() {
        assertThat(familySize).isGreaterThan(GIVEN.size() * FATHERS.size()).isGreaterThan(4 * Posting.INDEXED);
    }

    @Test
    void aFullNameFindsItsPersonAmongHundredsOfNamesakesInEitherScript() {
        for (String query : List.of("Жүсіпбек Аймауытов", "Zhusipbek Aimauytov", "Жусупбек Аймаутов", "Aimauytov Zhusipbek",
                "Жүсіпбек Аймауытұлы")) {
            List<Candidate> found = indexed.reconcile(query, 5);
            assertThat(found).as(query).isNotEmpty();
            assertThat(found.get(0).name()).as(query).containsAnyOf("Жүсіпбек", "Zhusipbek");
            assertThat(found.get(0).score()).as(query).isGreaterThan(found.get(found.size() - 1).score());
            // the list is filled up with namesakes whose given name differs
            assertThat(found).as(query).hasSize(5);
        }
    }

    @Test
    void aGivenNameAndAPatronymicPickOneOfTheNamesakes() {
        List<Candidate> found = indexed.reconcile("Серік Жақыпұлы Аймауытов", 5);
        assertThat(found.get(0).name()).contains("Серік").contains("Жақып");
        // the same father in the Russian convention does not disagree; a Kazakh one of another father does
        List<Candidate> russian = indexed.reconcile("Серик Жакыпович Аймауытов", 5);
        assertThat(russian.get(0).name()).contains("Серік");
        assertThat(russian.get(0).score()).isGreaterThanOrEqualTo(found.get(0).score() - 5);
    }

    @Test
    void anInitialFindsTheBearersOfGivenNamesThatStartWithIt() {
        List<Candidate> found = indexed.reconcile("Ж. Аймауытов", 10);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).name()).containsAnyOf("Жүсіпбек", "Zhusipbek", "Жандос");
        assertThat(indexed.reconcile("Zh. Aimauytov", 10).get(0).name()).containsAnyOf("Жүсіпбек", "Zhusipbek", "Жандос");
    }

    @Test
    void aBirthYearRaisesThePersonBornThen() {
        List<Candidate> found = indexed.reconcile("Жүсіпбек Аймауытов", 1889, 5);
        assertThat(found.get(0).why()).contains("born 1889");
        assertThat(found.get(0).match()).isTrue();
    }

    @Test
    void aSurnameAloneStillListsTheFamily() {
        List<Candidate> found = indexed.reconcile("Аймауытов", 5);
        assertThat(found).hasSize(5);
        assertThat(found).allMatch(c -> c.name().contains("Аймауыт") || c.name().contains("Aimauyt"));
    }

    @Test
    void everyKindOfLookUpGivesWhatScoringEveryPersonOfTheFamilyGives() {
        List<String> queries = new ArrayList<>(List.of("Жүсіпбек Аймауытов", "Zhusipbek Aimauytov", "Жусупбек Аймаутов",
                "Ж. Аймауытов", "Zh. Aimauytov", "Қ. Аймауытов", "Ә. Аймауытов", "Аймауытов", "Aimauytov", "Аймауытова",
                "Гүлнар Аймауытова", "Нұрлан Аймауытұлы", "Nurlan Aimauytov", "Нурлан Аймауытов", "Ерлан Сейітұлы Аймауытов",
                "Ерлан Сейитович Аймауытов", "Ерлан Омарұлы Аймауытов", "Асқар Бақытұлы Аймауытов", "Асхат Аймауытов",
                "Даурен Аймаутов", "Дәурен Аймауытов", "Жүсіпбек", "Серік", "А. Б. Аймауытов", "Тимур Aimautov", "Аймаутов",
                "Aimautov", "Аймауытұлы", "Аймауытқызы", "Ajmautova", "Аймауытовтың"));
        for (String given : GIVEN) queries.add(given + " " + FATHERS.get(given.length() % FATHERS.size()) + "ұлы Аймауытов");
        for (String query : queries) {
            for (Integer born : new Integer[] {null, 1889, 1900, 1950}) {
                for (int limit : new int[] {1, 3, 10}) {
                    assertThat(indexed.reconcile(query, born, limit)).as(query + " " + born + " " + limit)
                            .isEqualTo(exhaustive.reconcile(query, born, limit));
                }
            }
        }
    }
}
