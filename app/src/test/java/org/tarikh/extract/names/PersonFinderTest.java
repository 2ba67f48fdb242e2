package org.tarikh.extract.names;

import org.tarikh.lexicon.NameKeyer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.lexicon.Gazetteer;

/**
 * Runs of capitalised words are cut before words that are never part of a name, so a place or an institution
 * beside a surname is not read as the person's given name; names written surname first still parse.
 */
class PersonFinderTest {

    private final PersonFinder finder = new PersonFinder(new NameParser(), new NameKeyer(), null,
            word -> Gazetteer.shared().named(word).isPresent());
    private final PersonFinder withoutPlaces = new PersonFinder(new NameParser(), new NameKeyer(), null);

    @Test
    void aPlaceInTheAblativeAfterAKazakhSurnameIsNoGivenName() {
        String text = "Өлкені Ф. Голощекин басқарды. 1933 жылы Голощекин Қазақстаннан кетіп, орнына Левон Мирзоян келді.";

        List<PersonFinder.Found> found = finder.find(text, "kk");

        assertThat(found).extracting(f -> f.parsed().givenName()).doesNotContain("Қазақстан");
        PersonFinder.Found goloshchekin = only(found, "Голощекин");
        assertThat(goloshchekin.parsed().givenName()).isNull();
        assertThat(mentions(text, goloshchekin)).containsExactly("Ф. Голощекин", "Голощекин");
    }

    @Test
    void aKazakhCaseEndingOnAnUnknownStemEndsTheNameEvenWithoutTheGazetteer() {
        String text = "1930 жылы Ф. Голощекин хат жазды. Содан соң Голощекин Мәскеуге жол тартты.";

        PersonFinder.Found goloshchekin = only(withoutPlaces.find(text, "kk"), "Голощекин");

        assertThat(goloshchekin.parsed().givenName()).isNull();
        assertThat(mentions(text, goloshchekin)).containsExactly("Ф. Голощекин", "Голощекин");
    }

    @Test
    void anInflectedPlaceAfterARussianSurnameIsNoGivenName() {
        String text = "Ф. И. Голощёкин руководил краем. В 1933 году Голощёкин Казахстана уже не возглавлял.";

        PersonFinder.Found goloshchekin = only(finder.find(text, "ru"), "Голощёкин");

        assertThat(goloshchekin.parsed().givenName()).isNull();
        assertThat(mentions(text, goloshchekin)).containsExactly("Ф. И. Голощёкин", "Голощёкин");
    }

    @Test
    void anInstitutionAfterASurnameIsNoGivenName() {
        String text = "Т. Р. Рыскулов писал в Москву. Председатель Рыскулов Совнаркома РСФСР просил помощи.";

        PersonFinder.Found ryskulov = only(finder.find(text, "ru"), "Рыскулов");

        assertThat(ryskulov.parsed().givenName()).isNull();
        assertThat(mentions(text, ryskulov)).containsExactly("Т. Р. Рыскулов", "Рыскулов");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Сейфуллин Сәкен                 | Сейфуллин | Сәкен",
        "Рыскулов Турар Рыскулович       | Рыскулов  | Турар",
        "Жансүгіров Ілияс                | Жансүгіров | Ілияс",
        "ЛЕКЕРОВ Азимбай                 | Лекеров   | Азимбай",
        "Қалиақпаров Шәймерден           | Қалиақпаров | Шәймерден",
        "Сейфуллин Сәкенге               | Сейфуллин | Сәкен",
        "Дүйсенов Аят                    | Дүйсенов  | Аят"
    })
    void namesWrittenSurnameFirstStillParse(String name, String surname, String given) {
        String text = "1937 жылғы тізімде " + name + " бар.";

        List<PersonFinder.Found> found = finder.find(text, "kk");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.parsed().surname()).isEqualTo(surname);
            assertThat(f.parsed().givenName()).isEqualTo(given);
            assertThat(mentions(text, f)).containsExactly(name);
        });
    }

    @Property(tries = 200)
    void neverThrowsAndSpansStayInTheText(@ForAll String text) {
        for (String language : new String[] {"kk", "ru", "en"}) {
            for (PersonFinder.Found f : finder.find(text, language)) {
                for (int[] span : f.spans()) {
                    assertThat(span[0]).isBetween(0, span[1]);
                    assertThat(span[1]).isLessThanOrEqualTo(text.length());
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kk | 1929 жылы Ф. Голощекин өлкеге келді. Кейін Голощекин Мәскеуге кетті.           | Голощекин
            ru | Т. Р. Рыскулов писал Сталину. Затем Рыскулов уехал в Москву.                     | Рыскулов
            ru | Ф. И. Голощёкин руководил краем. Тогда Голощёкин потребовал хлеба.                | Голощёкин
            en | Turar Ryskulov wrote to Stalin. Later Ryskulov was recalled.                      | Ryskulov
            ru | И. В. Сталин получил письмо из Алма-Аты. Письмо Сталину передали в марте.          | Сталин
            """)
    void aCommonWordOpeningASentenceIsNoGivenName(String language, String text, String surname) {
        PersonFinder.Found person = only(finder.find(text, language), surname);

        assertThat(person.parsed().givenName()).isNotIn("Кейін", "Затем", "Тогда", "Later", "Письмо");
        assertThat(mentions(text, person)).allSatisfy(m -> assertThat(m).doesNotContain("Кейін", "Затем",
                "Тогда", "Later", "Письмо"));
    }

    @Test
    void theSameOpenerWrittenInLatinKazakhIsCutByTheTextsOwnLowerCaseUse() {
        String text = "Säken Seifullin 1894 jyly tuğan. Ol keiın oquğa bardy. Keiın Seifullin aqyn boldy.";

        PersonFinder.Found seifullin = only(finder.find(text, "kk"), "Seifullin");

        assertThat(mentions(text, seifullin)).containsExactly("Säken Seifullin", "Seifullin");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kk | Сәкен Сейфуллин 1894 жылы туған. Сәкен Сейфуллин ақын болды.                      | Сейфуллин | Сәкен
            kk | Ораз Исаев үкіметті басқарды. Ол ораза кезінде де, ораз күні де жұмыс істеді.       | Исаев     | Ораз
            kk | Ахмет Байтұрсынов әліпби жасады. Мұны ахмет деп жазған жоқ.                        | Байтұрсынов | Ахмет
            """)
    void aKnownGivenNameOpeningASentenceStaysAName(String language, String text, String surname, String given) {
        PersonFinder.Found person = only(finder.find(text, language), surname);

        assertThat(person.parsed().givenName()).isEqualTo(given);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Many families fled toward China and Mongolia; Turar Ryskulov wrote to Stalin.   | Ryskulov",
        "ru | Беженцы уходили в Китай и на Украину, а Т. Рыскулов писал об этом.             | Рыскулов",
        "ru | Хлеб везли с Украины; Голощекин Ф. И. молчал.                                  | Голощекин",
        "en | Grain came from Argentina, yet Zhusupbek Aymautov saw none of it.             | Aymautov",
    })
    void aCountryShapedLikeASurnameIsNoPerson(String language, String text, String surname) {
        List<PersonFinder.Found> found = finder.find(text, language);

        assertThat(names(found)).noneMatch(n -> n.matches("(?iu).*(china|argentina|украин|китай|mongolia).*"));
        only(found, surname);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | The fall of the Romanov monarchy in February 1917 changed the steppe.",
        "en | The family lived in Abralinsky (Abraly) district until 1936.",
        "en | Grain was taken from every aul in 1928.",
        "ru | В Долинке находилось управление лагеря.",
        "ru | V Всеказахский съезд открылся в Оренбурге.",
        "kk | Құнанбай әулеті туралы жазылды.",
        // a name inside the name of an institution, a street, a place or a book (NamingConstructions)
        "kk | Жиналыс Ғ.Мүсірепов атындағы театрда өтті.",
        "kk | Ескерткіш Байтұрсынов көшесінде ашылды.",
        "kk | Ол кезде Т.Әлібеков ауылында мектеп болмаған.",
        "kk | Сосын Ермеков қаласының әкімдігі хат жазды.",
        "ru | Вечер прошёл в библиотеке имени Жамбыла Жабаева.",
        "ru | Студенты университета им. С. Д. Асфандиярова пришли на встречу.",
        "ru | Он жил на улице Абая Кунанбаева до войны.",
        "ru | В 1925 году Лепсинский уезд упразднили.",
        "ru | Книги передала Акмолинская областная библиотека.",
        "en | The 1910 petition was drawn up at the Kuyandy Fair in Karkaraly.",
        "en | She studied at the Kaliyev Kazakh State Agricultural University.",
        "en | He headed the K.I. Satpayev institute of geology until 1937.",
        "en | The Yusupov Family left Petrograd in 1919.",
        "en | He was born in Kenshoky village of the Akmola region.",
        "en | His novel “Forgotten Zhanar” appeared in 1912.",
    })
    void familiesPlacesInstitutionsTitlesAndBareLettersAreNoPersons(String language, String text) {
        assertThat(names(finder.find(text, language))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ru | Режиссер Ж. Шанин поставил спектакль.                         | Ж. Шанин",
        "en | Lieutenant-General Shaymardan Kaliakparov kept the letters.   | Shaymardan Kaliakparov",
    })
    void aTitleBeforeANameIsNoPartOfIt(String language, String text, String name) {
        assertThat(names(finder.find(text, language))).containsExactly(name);
    }

    @Test
    void anUnknownCapitalisedWordInsideASentenceIsLeftAlone() {
        // the same word in lower case elsewhere, but here no sentence starts before it
        String text = "Бұл жылы Жансейіт Түймебаев келді. Жансейіт деген сөзді жансейіт деп жазды.";

        PersonFinder.Found person = only(finder.find(text, "kk"), "Түймебаев");

        assertThat(person.parsed().givenName()).isEqualTo("Жансейіт");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | The delegates were Dulatov, Baitursynov, Shokay and Ermekov.                                  | Shokay",
        "en | Among the accused were Dosmukhamedov, Tanashev, Kulmanbet and others.                          | Kulmanbet",
        "ru | В президиум вошли Букейханов, Досмухамедов и Кадырбай.                                        | Кадырбай",
    })
    void aWordListedAmongSurnamesIsASurname(String language, String text, String surname) {
        only(finder.find(text, language), surname);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "kk | Зауыттарға жабдықты Москва мен Свердловск, Харьков пен Саратов жіберді.     | Харьков",
        "ru | Хлеб везли в Москву, а станки из Ленинграда, Свердловск и Саратов.           | Саратов",
        "en | Machines came from Moscow, Sverdlovsk and Saratov in 1932.                   | Saratov",
    })
    void aSurnameShapedWordListedAmongPlacesIsAPlace(String language, String text, String word) {
        assertThat(names(finder.find(text, language))).noneMatch(n -> n.contains(word));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | In Semipalatinsk, Aimauytov taught at the seminary.           | Aimauytov",
        "en | After Orenburg, Baitursynov moved to Kyzylorda.               | Baitursynov",
    })
    void aFrontedPlaceBeforeACommaIsNoList(String language, String text, String surname) {
        only(finder.find(text, language), surname);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Her mother, Zhamal, kept the letters until 1956.                          | Zhamal",
        "en | Of the family only Kulyash, the widow of Sultanbek Kozhanov, lived to see it. | Kulyash",
        "en | The archive was kept by Aisha (Asiya), the daughter of the poet.          | Aisha",
        "ru | Письма сохранила его жена Кульпаш до самой реабилитации.                  | Кульпаш",
        "ru | Айша, дочь поэта, передала письма в архив.                                | Айша",
        "kk | Хаттарды ақынның қызы Айша сақтап қалды.                                  | Айша",
    })
    void aKinshipNounInAppositionIntroducesAPerson(String language, String text, String given) {
        assertThat(finder.find(text, language)).extracting(f -> f.parsed().givenName()).contains(given);
    }

    @org.junit.jupiter.api.Test
    void aCatalogueFormSurnameCommaGivenPatronymicIsOnePerson() {
        String text = "Смотрите также: Сейтенов, Пётр Исаевич; Кенесова, Нина Ивановна.";
        List<PersonFinder.Found> found = finder.find(text, "ru");
        List<String> all = new ArrayList<>();
        for (PersonFinder.Found f : found) all.addAll(mentions(text, f));
        assertThat(all).containsExactly("Сейтенов, Пётр Исаевич", "Кенесова, Нина Ивановна");
        assertThat(found.get(0).parsed().surname()).isEqualTo("Сейтенов");
        assertThat(found.get(0).parsed().givenName()).isEqualTo("Пётр");
    }

    @org.junit.jupiter.api.Test
    void infoboxLabelsAndFieldsOfPlacesHoldNoPerson() {
        String en = "- Birth Place: Kostanay, Kazakh SSR\n- Alma Mater: Omsk Agricultural Institute\n"
                + "- Spouse: Aliya Nurlanovna Bekova\n";
        assertThat(names(finder.find(en, "en"))).containsExactly("Aliya Nurlanovna Bekova");
        String ru = "Предшественник Сергей Петрович Орлов\nПреемник Иван Ильич Серов\n";
        assertThat(names(finder.find(ru, "ru"))).containsExactly("Сергей Петрович Орлов", "Иван Ильич Серов");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ru | В ссылке он читал Пушкина, Шекспира, Гюго, Гейне и других поэтов.        | Гюго",
        "ru | В ссылке он читал Пушкина, Шекспира, Гюго, Гейне и других поэтов.        | Гейне",
        "ru | Библиотека хранила книги писателей Золя, Дюма, Гюго и Лескова.           | Дюма",
        "en | In exile he read Hugo, Heine, Dante and other poets.                      | Dante",
        "en | He translated the poets Hafiz, Navoi and Saadi into Kazakh.             | Navoi",
    })
    void aListFramedByANounOfPersonsHoldsPersons(String language, String text, String word) {
        List<String> found = new ArrayList<>();
        for (PersonFinder.Found f : finder.find(text, language)) found.addAll(mentions(text, f));
        assertThat(found).contains(word);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ru | Съезд писателей Москвы, Киева и Минска прошёл в 1934 году.",
        "kk | Бұл жерде Сарыбас деген ру көшіп жүрген.",
        "kk | Соғыс басталды, одан Семейге көшті.",
    })
    void noPersonInAClanCalledByNameAPlaceAfterOdanOrAFramedListOfPlaces(String language, String text) {
        assertThat(names(finder.find(text, language))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ru | Урало-Эмбенский район дал первую нефть в 1911 году.",
        "en | The Uralo-Embenskiy oil area was surveyed in the 1930s.",
        "ru | Волго-Донской канал открыли в 1952 году.",
    })
    void aCompoundAdjectiveIsNoSurname(String language, String text) {
        assertThat(names(finder.find(text, language))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | “They came at night,” said Zhamal. “We never saw him again.”                | Zhamal",
        "ru | «Отца увели ночью», — вспоминает Зауре. Ей было тогда семь лет.             | Зауре",
        "ru | Письма не сохранились. Кульпаш рассказала, что их сожгли в 1938 году.        | Кульпаш",
        "kk | «Әкемді түнде алып кетті», — деді Зәуре.                                     | Зәуре",
    })
    void theSpeakerOfReportedSpeechIsAPerson(String language, String text, String name) {
        assertThat(finder.find(text, language)).extracting(f -> f.parsed().givenName()).contains(name);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "kk | «Бұл шешім дұрыс», — деді Мемлекет басшысы.",
        "ru | Премьер-министр Израиля заявил, что визит отложен.",
        "ru | Как пишет газета, визит отложен.",
    })
    void aTitleAGenitiveOrAConjunctionBesideAVerbOfSayingIsNoSpeaker(String language, String text) {
        assertThat(names(finder.find(text, language))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ru | Зерно шло из Китая, а Т. Рыскулов писал об этом Сталину.       | Рыскулов",
        "ru | Из Грузии приехал Сергей Кавтарадзе, а Т. Рыскулов уехал.     | Рыскулов",
    })
    void aCountryInAnObliqueCaseIsNoName(String language, String text, String surname) {
        List<PersonFinder.Found> found = finder.find(text, language);

        assertThat(names(found)).noneMatch(n -> n.matches("(?iu).*(китай|китая|грузи).*"));
        only(found, surname);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ru | В Алма-Ату прибыл председатель РФ Дмитрий Медведев.   | Дмитрий Медведев",
        "ru | ЦОЙ Виктор Робертович, 1912 года рождения.            | Цой Виктор Робертович",
        "ru | ЛЕКЕРОВ Азимбай Лекерович, 1896 года рождения.        | Лекеров Азимбай Лекерович",
    })
    void anAbbreviationBeforeAFullNameIsCutButACapitalisedSurnameIsKept(String language, String text, String name) {
        assertThat(names(finder.find(text, language))).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "kk | Сәкен Сейфуллин 1894 жылы туған. Сәкеннің өлеңдері кең тарады. Кейін Сәкенді тұтқындады. | Сейфуллин | Сәкеннің;Сәкенді",
        "ru | Магжан Жумабаев родился в 1893 году. Стихи Магжана читали все. Магжану было 44 года.   | Жумабаев  | Магжана;Магжану",
        "kk | Säken Seifullin 1894 jyly tuǵan. Säkennıñ óleńderı keń tarady.                           | Seifullin | Säkennıñ",
    })
    void aGivenNameUnderACaseEndingJoinsThePersonOfThatName(String language, String text, String surname,
                                                             String inflected) {
        PersonFinder.Found person = only(finder.find(text, language), surname);

        assertThat(mentions(text, person)).contains(inflected.split(";"));
    }

    @Test
    void anInflectedGivenNameTwoPersonsShareJoinsNeither() {
        String text = "Сәкен Сейфуллин және Сәкен Жүнісов бірге жұмыс істеді. Сәкеннің өлеңдері кең тарады.";

        List<PersonFinder.Found> found = finder.find(text, "kk");

        assertThat(found).allSatisfy(f -> assertThat(mentions(text, f)).doesNotContain("Сәкеннің"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ru | Приказ подписал Н.И. Ежов в 1937 году.                          | Н.И. Ежов          | Ежов",
        "ru | Справку подписал председатель суда Р.К.Жумабеков.              | Р.К.Жумабеков      | Жумабеков",
        "en | The poems of B.Kenzhebaev were printed in 1929.                  | B.Kenzhebaev       | Kenzhebaev",
        "en | He translated Zh.Aimauytov and M.Yu. Lermontov into Kazakh.      | M.Yu. Lermontov    | Lermontov",
        "kk | Мақаланы Ә.Б.Сейітов жазды.                                      | Ә.Б.Сейітов        | Сейітов",
    })
    void initialsWrittenWithoutSpacesBelongToTheName(String language, String text, String mention, String surname) {
        PersonFinder.Found person = only(finder.find(text, language), surname);
        assertThat(mentions(text, person)).containsExactly(mention);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "kk | Ілияс Жансүгіров Алматы облысында туған.        | Жансүгіров",
        "ru | В 1937 г. Ораз Кульмухамедов был арестован.     | Кульмухамедов",
    })
    void aPlaceNounAfterAFullNameOrAYearBeforeItLeavesThePerson(String language, String text, String surname) {
        only(finder.find(text, language), surname);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ru | Следом забрали его отца Жакупа и увезли в Караганду.                | Жакупа",
        "ru | Письма хранила вдова с дочкой Айгерим до 1956 года.                 | Айгерим",
        "ru | Из детей выжил один, а трёх сестёр Динару, Камилу и Зауре не спасли. | Камилу",
        "ru | Из детей выжил один, а трёх сестёр Динару, Камилу и Зауре не спасли. | Зауре",
        "kk | Мені әкем Жақып оқуға берді.                                      | Жақып",
        "kk | Tutqynǵa Ahmettiń jary Zeınep te alyndy.                            | Zeınep",
        "kk | Ерболдың əкесі Тоқсан ауылда мұғалім болған.                      | Тоқсан",
        "kk | Ауылда Сапар деген адам тұрған.                                   | Сапар",
        "kk | Оның Асқар, Ерден, Мақсат деген үш ұлы болған.                    | Ерден",
        "kk | Оның Асқар, Ерден, Мақсат деген үш ұлы болған.                    | Асқар",
        "kk | Тоқтардан Ерден, одан Сапар, одан Ерболдың әкесі Нұрлан туады.     | Сапар",
    })
    void aKinshipNounInAnyCaseOrScriptIntroducesAPersonAndTheListItHeads(String language, String text, String word) {
        List<String> found = new ArrayList<>();
        for (PersonFinder.Found f : finder.find(text, language)) found.addAll(mentions(text, f));
        assertThat(found).contains(word);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "kk | Kórmege qaıratker Dáýlet Myrzabekovtiń hattary qoıyldy. | Dáýlet Myrzabekovtiń",
        "kk | Ol Baqytjan Ospanovqa hat jazdy.                    | Baqytjan Ospanovqa",
        "kk | Muraghatta aqyn Qalıbek Ysqaqovtyng isi saqtaýly.     | Qalıbek Ysqaqovtyng",
        "kk | Arhıvte jazýshy Ámirjan Temirbaevtıñ qoljazbasy bar. | Ámirjan Temirbaevtıñ",
    })
    void aSurnameUnderAKazakhEndingInAnyLatinAlphabetIsASurname(String language, String text, String mention) {
        List<String> found = new ArrayList<>();
        for (PersonFinder.Found f : finder.find(text, language)) found.addAll(mentions(text, f));
        assertThat(found).containsExactly(mention);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ru | Жанат ОМАРОВА, журналист¶В 1937 году Ораз Исаев был арестован.                       | Исаев",
        "ru | Архив хранит письма. Фото: Ерлан ЖАКИПОВ¶В 1937 году Ораз Исаев был арестован.        | Исаев",
        "en | By Aigerim Sultanova¶In 1937 Oraz Isayev was arrested in Almaty.                      | Isayev",
        "kk | 1938 жылы Ораз Исаев атылды. Толығырақ тілшіміз хабарлайды, тілшісі Асқар Нұрланов.     | Исаев",
        "ru | Судьбы степи - Бахыт Ерланович Сапаров¶Судьбы степи - Бахыт Ерланович Сапаров¶В 1937 году Ораз Исаев был арестован. | Исаев",
    })
    void theBylinePhotoCreditAndPageHeaderAuthorAreNoPersonsOfTheText(String language, String text, String surname) {
        List<PersonFinder.Found> found = finder.find(text.replace("¶", "\n"), language);
        assertThat(found).extracting(f -> f.parsed().surname()).containsExactly(surname);
    }

    @Test
    void aPersonActingInTheTextStaysAPersonAfterBy() {
        String text = "The order was signed by Nikolai Yezhov in 1937.";
        assertThat(names(finder.find(text, "en"))).containsExactly("Nikolai Yezhov");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en|Pyotr Ivanovich Sokolov, born Pinkhas Itskovich Sokolov (1890–1940), was an engineer. Sokolov left.|Sokolov|Pinkhas Itskovich Sokolov",
        "kk|Серік Омарұлы Бекмұханов (шын аты Сейітқали) 1901 жылы туған.|Бекмұханов|Сейітқали",
        "ru|Мария Петровна Орлова (урождённая Сидорова) родилась в 1905 году.|Орлова|Сидорова",
        "kk|Б.Қ. Ерғалиев (Бақыт Қасымұлы) 1899 жылы дүниеге келді.|Ерғалиев|Бақыт Қасымұлы",
        "ru|Иван Сергеевич Громов, настоящее имя Исаак Громов, родился в Витебске.|Громов|Исаак Громов",
        "ru|Выслали супругу Жанару Омарову (в девичестве Мария Петровна Белова) в Сибирь.|Омарова|Мария Петровна Белова"
    })
    void anotherNameTheTextGivesIsAMentionOfThePersonNamedBefore(String language, String text, String surname,
                                                                String alias) {
        PersonFinder.Found person = only(finder.find(text, language), surname);
        assertThat(mentions(text, person)).contains(alias);
    }

    @Test
    void aParenthesisWithMoreThanANameOrANameOfTheOtherSexJoinsNothing() {
        String text = "Ахмет Жұмабеков (Серік Омаровпен бірге) 1920 жылы келді. Болат Ермеков (Айгүл Ермекова) келді.";
        List<PersonFinder.Found> found = finder.find(text, "kk");
        assertThat(mentions(text, only(found, "Жұмабеков"))).containsExactly("Ахмет Жұмабеков");
        assertThat(mentions(text, only(found, "Ермеков"))).containsExactly("Болат Ермеков");
        // a goal and its assist: two players
        String hockey = "Счёт открыл Андрей Ларионов (Бурцев) на пятой минуте, Бурцев потом ушёл на скамейку.";
        assertThat(mentions(hockey, only(finder.find(hockey, "ru"), "Ларионов"))).containsExactly("Андрей Ларионов");
        String referee = "Матч судил Карим Абдуллаев (Бахрейн).";
        assertThat(mentions(referee, only(finder.find(referee, "ru"), "Абдуллаев"))).containsExactly("Карим Абдуллаев");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "В 1938 году выслали жену Айгерим Нурланову в Сибирь.|Нурланова|Айгерим",
        "Следователь вызвал дочь Жанару Омарову на допрос.|Омарова|Жанара",
        "Арестовали и сестру Дарига Бекову.|Бекова|Дарига"
    })
    void aNameAfterAWomanInTheAccusativeIsAWomansName(String text, String surname, String given) {
        PersonFinder.Found woman = only(finder.find(text, "ru"), surname);
        assertThat(woman.parsed().givenName()).isEqualTo(given);
        assertThat(woman.parsed().gender()).isEqualTo(PersonName.Gender.FEMALE);
    }

    @Test
    void theSameEndingAfterAManOrAVerbStaysTheMasculineDative() {
        String text = "Письмо передали Ерлану Омарову в Алма-Ате.";
        PersonFinder.Found man = only(finder.find(text, "ru"), "Омаров");
        assertThat(man.parsed().gender()).isNotEqualTo(PersonName.Gender.FEMALE);
    }

    @Test
    void aRussianNameUnderItsCaseEndingsIsOnePersonEvenWhenATownBearsIt() {
        // Горький and Киров are towns too; after a given name in the same case they are surnames
        String text = "Письмо передала жена Максима Горького. Нарком Анатолий Луначарский выступил первым. "
                + "Речь Анатолия Луначарского напечатали. Статью посвятили Сергею Кирову.";

        List<PersonFinder.Found> found = finder.find(text, "ru");

        assertThat(mentions(text, only(found, "Горький"))).containsExactly("Максима Горького");
        assertThat(only(found, "Горький").parsed().givenName()).isEqualTo("Максим");
        assertThat(mentions(text, only(found, "Луначарский")))
                .containsExactly("Анатолий Луначарский", "Анатолия Луначарского");
        assertThat(mentions(text, only(found, "Киров"))).containsExactly("Сергею Кирову");
    }

    @Test
    void aSentencesFirstWordThatDoesNotShareTheSurnamesCaseIsNoGivenName() {
        // Russian declines a given name with its surname: "Письмо" is not a given name in the dative
        String text = "Письмо Сталину отправили в марте. Иосифу Сталину ответили не сразу.";

        List<PersonFinder.Found> found = finder.find(text, "ru");

        assertThat(found).extracting(f -> f.parsed().givenName()).doesNotContain("Письмо");
        assertThat(mentions(text, only(found, "Сталин"))).contains("Иосифу Сталину");
    }

    @Test
    void aRussianSentencesFirstWordBeforeAGivenNameIsTheSentences() {
        String text = "Сакен Сейфуллин родился в 1894 году. Остались Сакен и его братья. Сейфуллин Сакен писал стихи.";

        List<PersonFinder.Found> found = finder.find(text, "ru");

        assertThat(found).extracting(f -> f.parsed().givenName()).doesNotContain("Остались");
        assertThat(mentions(text, only(found, "Сейфуллин")))
                .containsExactly("Сакен Сейфуллин", "Сакен", "Сейфуллин Сакен");
    }

    @Test
    void aPlaceBeforeAnInitialIsNoGivenName() {
        String text = "In 1918 he met in Akmolinsk S. Seyfullin and his comrades. Harry S. Truman was not there.";

        List<PersonFinder.Found> found = finder.find(text, "en");

        assertThat(mentions(text, only(found, "Seyfullin"))).containsExactly("S. Seyfullin");
        assertThat(mentions(text, only(found, "Truman"))).containsExactly("Harry S. Truman");
    }

    private static PersonFinder.Found only(List<PersonFinder.Found> found, String surname) {
        List<PersonFinder.Found> bearing = found.stream().filter(f -> surname.equals(f.parsed().surname())).toList();
        assertThat(bearing).as("persons with surname %s in %s", surname, names(found)).hasSize(1);
        return bearing.get(0);
    }

    private static List<String> names(List<PersonFinder.Found> found) {
        return found.stream().map(PersonFinder.Found::name).toList();
    }

    private static List<String> mentions(String text, PersonFinder.Found found) {
        List<String> out = new ArrayList<>();
        for (int[] span : found.spans()) out.add(text.substring(span[0], span[1]));
        return out;
    }
}
