package org.tarikh.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.extract.names.PersonName.Gender;

class NameParserTest {

    private final NameParser parser = new NameParser();

    @Test
    void readsHeadwordCardWithPatronymic() {
        PersonName name = parser.parse("ЛЕКЕРОВ Азимбай Лекерович");
        assertThat(name.surname()).isEqualTo("Лекеров");
        assertThat(name.givenName()).isEqualTo("Азимбай");
        assertThat(name.patronymic()).isEqualTo("Лекерович");
        assertThat(name.base()).isEqualTo("Лекеров Азимбай Лекерович");
        assertThat(name.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void readsLatinInitialsWithDigraph() {
        PersonName name = parser.parse("Zh. Aymautov");
        assertThat(name.initials()).containsExactly("Zh");
        assertThat(name.surname()).isEqualTo("Aymautov");
        assertThat(name.givenName()).isNull();
    }

    @Test
    void readsTwoCyrillicInitials() {
        PersonName name = parser.parse("С. М. Меңдешев");
        assertThat(name.initials()).containsExactly("С", "М");
        assertThat(name.surname()).isEqualTo("Меңдешев");
        assertThat(name.base()).isEqualTo("С. М. Меңдешев");
    }

    @Test
    void readsInitialsGluedToTheSurname() {
        PersonName name = parser.parse("С.М.Меңдешевтің");
        assertThat(name.initials()).containsExactly("С", "М");
        assertThat(name.surname()).isEqualTo("Меңдешев");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Сейфуллин Сәкен           | Сейфуллин   | Сәкен     |",
        "Рыскулов Турар Рыскулович | Рыскулов    | Турар     | Рыскулович",
        "Жансүгіров Ілияс          | Жансүгіров  | Ілияс     |",
        "ЛЕКЕРОВ Азимбай           | Лекеров     | Азимбай   |",
        "Қалиақпаров Шәймерден     | Қалиақпаров | Шәймерден |",
        "Сейфуллин Сәкенге         | Сейфуллин   | Сәкен     |"
    })
    void readsNamesWrittenSurnameFirst(String text, String surname, String given, String patronymic) {
        PersonName name = parser.parse(text);
        assertThat(name.surname()).isEqualTo(surname);
        assertThat(name.givenName()).isEqualTo(given);
        assertThat(name.patronymic()).isEqualTo(patronymic);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Säken Seifullinnıñ, Seifullin", "Seifullinge, Seifullin", "Jansügırovqa, Jansügırov",
        "Jūmabaevtyñ, Jūmabaev", "Baitūrsynūlynyñ, Baitūrsynūly", "Aimauytovtan, Aimauytov",
        "Seifullin, Seifullin", "Robinson, Robinson", "Stalin, Stalin",
        // the 2018 acute alphabet and the informal spelling read alike (one Latin-Kazakh reader)
        "Beimbet Mailinniń, Mailin", "Temirbek Jurgenovtyń, Jurgenov", "Zhurgenovke, Zhurgenov"
    })
    void stripsKazakhCaseEndingsInTheLatinAlphabet(String text, String surname) {
        assertThat(parser.parse(text).surname()).isEqualTo(surname);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Жұмабаевты, Жұмабаев", "Сейфуллиннің, Сейфуллин", "Жұмабаевтың, Жұмабаев", "Сейфуллинді, Сейфуллин",
        "Байтұрсыновты, Байтұрсынов", "Сейфуллинге, Сейфуллин", "Бөкейхановқа, Бөкейханов",
        "Рысқұловқа, Рысқұлов", "Сейфуллинге, Сейфуллин", "Жұмабаевта, Жұмабаев", "Сейфуллинде, Сейфуллин",
        "Жұмабаевтан, Жұмабаев", "Сейфуллиннен, Сейфуллин", "Жұмабаевпен, Жұмабаев", "Сейфуллинмен, Сейфуллин",
        "Дулатұлының, Дулатұлы", "Дулатұлына, Дулатұлы", "Дулатұлын, Дулатұлы", "Дулатұлынан, Дулатұлы",
        "Жұмабаевы, Жұмабаев", "Жұмабаевының, Жұмабаев", "Бөкейхановтардың, Бөкейханов", "Шоқайдың, Шоқай",
        "Бөкейханның, Бөкейхан", "Лениннің, Ленин", "Ленинге, Ленин", "Қастеевтің, Қастеев",
        "Мәметованың, Мәметова", "Жанкелдиннің, Жанкелдин"
    })
    void stripsKazakhCaseEndingsAndPossessives(String text, String surname) {
        assertThat(parser.parse(text).surname()).isEqualTo(surname);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Сейфуллину, Сейфуллин", "Рыскулова, Рыскулов", "Рыскуловым, Рыскулов", "Рыскуловом, Рыскулов",
        "Рыскулове, Рыскулов", "Сейфуллина, Сейфуллин", "Досмухамедовых, Досмухамедов",
        "Пестковского, Пестковский", "Мирзояна, Мирзоян"
    })
    void stripsRussianCaseEndingsOfSurnames(String text, String surname) {
        assertThat(parser.parse(text).surname()).isEqualTo(surname);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"K.Omarovym, Omarov", "Daniyar Serikbaevym, Serikbaev", "Nurlan Kaliyevym, Kaliyev",
        "B. Mukhtarinym, Mukhtarin"})
    void readsARussianInstrumentalLeftInATransliteratedText(String text, String surname) {
        PersonName name = parser.parse(text);
        assertThat(name.surname()).isEqualTo(surname);
        assertThat(name.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void ambiguousFeminineFormStaysMasculineWithUnknownGender() {
        PersonName name = parser.parse("Рыскулова");
        assertThat(name.base()).isEqualTo("Рыскулов");
        assertThat(name.gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void femaleGivenNameMakesTheFeminineSurname() {
        PersonName name = parser.parse("Азиза Рыскулова");
        assertThat(name.surname()).isEqualTo("Рыскулова");
        assertThat(name.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void maleGivenNameInGenitiveGoesBackToNominative() {
        PersonName name = parser.parse("Турара Рыскулова");
        assertThat(name.surname()).isEqualTo("Рыскулов");
        assertThat(name.givenName()).isEqualTo("Турар");
        assertThat(name.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void russianObliqueCaseCarriesToGivenNameAndPatronymic() {
        PersonName name = parser.parse("Лекерова Азимбая Лекеровича");
        assertThat(name.surname()).isEqualTo("Лекеров");
        assertThat(name.givenName()).isEqualTo("Азимбай");
        assertThat(name.patronymic()).isEqualTo("Лекерович");
        assertThat(name.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void feminineObliqueSurnameIsFemale() {
        PersonName name = parser.parse("Гульнары Дулатовой");
        assertThat(name.surname()).isEqualTo("Дулатова");
        assertThat(name.givenName()).isEqualTo("Гульнара");
        assertThat(name.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void latinFeminineSurnameIsFemale() {
        PersonName name = parser.parse("Isadora Lekerova");
        assertThat(name.surname()).isEqualTo("Lekerova");
        assertThat(name.givenName()).isEqualTo("Isadora");
        assertThat(name.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void kazakhLettersRuleOutRussianGenitive() {
        assertThat(parser.parse("Н. Арықова").gender()).isEqualTo(Gender.FEMALE);
        assertThat(parser.parse("Мәншүк Мәметова").surname()).isEqualTo("Мәметова");
    }

    @Test
    void kazakhPatronymStandsAsFamilyNameWithoutSurname() {
        PersonName name = parser.parse("Мағжан Жұмабайұлы");
        assertThat(name.givenName()).isEqualTo("Мағжан");
        assertThat(name.surname()).isEqualTo("Жұмабайұлы");
        assertThat(name.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void kazakhPatronymNextToSurnameIsPatronymic() {
        PersonName name = parser.parse("Лекеров Азимбай Лекерұлы");
        assertThat(name.surname()).isEqualTo("Лекеров");
        assertThat(name.patronymic()).isEqualTo("Лекерұлы");
    }

    @Test
    void kazakhPatronymBetweenGivenAndFamilyNameIsPatronymic() {
        PersonName name = parser.parse("Ерлан Сәкенұлы Жақыпбек");
        assertThat(name.givenName()).isEqualTo("Ерлан");
        assertThat(name.patronymic()).isEqualTo("Сәкенұлы");
        assertThat(name.surname()).isEqualTo("Жақыпбек");
        PersonName latin = parser.parse("Dina Serikqyzy Tólegen");
        assertThat(latin.patronymic()).isEqualTo("Serikqyzy");
        assertThat(latin.surname()).isEqualTo("Tólegen");
    }

    @Test
    void givenNameIsTheKnownNameNextToTheSurnameNotAWordCaughtBeforeIt() {
        PersonName name = parser.parse("Тургай-Комитет Ахмета Байтурсынова");
        assertThat(name.givenName()).isEqualTo("Ахмет");
        assertThat(name.surname()).isEqualTo("Байтурсынов");
        PersonName nominative = parser.parse("Семипалатинск Мухтар Ауэзов");
        assertThat(nominative.givenName()).isEqualTo("Мухтар");
    }

    @Test
    void femaleKazakhPatronymIsFemale() {
        PersonName name = parser.parse("Гүлнәр Міржақыпқызы");
        assertThat(name.gender()).isEqualTo(Gender.FEMALE);
        assertThat(name.givenName()).isEqualTo("Гүлнәр");
    }

    @Test
    void bareKazakhSurnameInProseOrder() {
        PersonName name = parser.parse("Мұстафа Шоқайдың");
        assertThat(name.givenName()).isEqualTo("Мұстафа");
        assertThat(name.surname()).isEqualTo("Шоқай");
        assertThat(name.base()).isEqualTo("Мұстафа Шоқай");
    }

    @Test
    void knownGivenNameAloneIsGivenName() {
        PersonName name = parser.parse("Мағжанның");
        assertThat(name.givenName()).isEqualTo("Мағжан");
        assertThat(name.surname()).isNull();
    }

    @Test
    void givenNamesEndingLikeCaseEndingsAreKept() {
        assertThat(parser.parse("Құдайберді").givenName()).isEqualTo("Құдайберді");
        assertThat(parser.parse("Қошке").givenName()).isEqualTo("Қошке");
    }

    @Test
    void surnameInOvichAfterGivenName() {
        PersonName name = parser.parse("Лазарь Каганович");
        assertThat(name.surname()).isEqualTo("Каганович");
        assertThat(name.patronymic()).isNull();
        PersonName full = parser.parse("Лазарь Моисеевич Каганович");
        assertThat(full.surname()).isEqualTo("Каганович");
        assertThat(full.patronymic()).isEqualTo("Моисеевич");
    }

    @Test
    void femalePatronymicMakesFemale() {
        assertThat(parser.parse("Рыскулова Азиза Тураровна").gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void englishPossessiveIsDropped() {
        assertThat(parser.parse("Aymautov's").surname()).isEqualTo("Aymautov");
    }

    @Test
    void wordsInSmallLettersAroundTheNameAreDropped() {
        assertThat(parser.parse("братьев Досмухамедовых").surname()).isEqualTo("Досмухамедов");
    }

    @Test
    void emptyTextGivesEmptyName() {
        PersonName name = parser.parse("  ");
        assertThat(name.surname()).isNull();
        assertThat(name.initials()).isEqualTo(List.of());
        assertThat(name.base()).isEmpty();
        assertThat(name.gender()).isEqualTo(Gender.UNKNOWN);
    }
}
