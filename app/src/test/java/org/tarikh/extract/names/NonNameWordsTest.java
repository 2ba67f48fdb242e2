package org.tarikh.extract.names;

import org.tarikh.lexicon.NameKeyer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarikh.lexicon.Gazetteer;

class NonNameWordsTest {

    private final GivenNames givenNames = new GivenNames(new NameKeyer());
    private final NonNameWords words = new NonNameWords(givenNames, new NameInflection(givenNames),
            word -> Gazetteer.shared().named(word).isPresent());

    @ParameterizedTest
    @ValueSource(strings = {"Қазақстаннан", "Қазақстан", "Казахстана", "Алматыда", "Москвы", "Семипалатинске",
        "Мәскеуге", "Түркістаннан"})
    void refusesPlacesUnderACaseEndingAndKazakhstanUnderAnyForm(String word) {
        assertThat(words.refuses(word, false, "kk")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ЦК", "ЦК-ға", "ОГПУ-ның", "Совнаркома", "Кеңес", "Одағының", "Партии", "России",
        "Ресейге", "Kremlin"})
    void refusesInstitutionsAndCountriesInAnyCase(String word) {
        assertThat(words.refuses(word, false, "ru")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Сәкен", "Сәкенге", "Ілияс", "Азимбай", "Турар", "Шәймерден", "Тұрсын", "Жамбыл"})
    void keepsGivenNamesAfterASurname(String word) {
        assertThat(words.refuses(word, true, "kk")).isFalse();
    }

    @Test
    void keepsATownNamedAsWrittenForItMayBeAGivenName() {
        assertThat(Gazetteer.shared().named("Аят")).isPresent();
        assertThat(words.refuses("Аят", true, "kk")).isFalse();
    }

    @Test
    void refusesAKazakhCaseEndingOnAnUnknownStemOnlyRightAfterASurname() {
        assertThat(words.refuses("Жиналысқа", true, "kk")).isTrue();
        assertThat(words.refuses("Жиналысқа", false, "kk")).isFalse();
    }

    @Test
    void leavesRussianGenitivesOfNamesAlone() {
        // "Мухамеда" ends like the Kazakh locative -да, but in Russian text it is the genitive of Мухамед
        assertThat(words.refuses("Мухамеда", true, "ru")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Қарағандыдағы", "Семейдегі", "Мәскеудегі", "Сібірдегі", "Ақмоладағы", "Орынбордағы",
        "Almatydaǵy", "Semeydegi", "Qaragandydağı"})
    void aKazakhLocativeAdjectiveIsNoPartOfANameAnywhereInARun(String word) {
        assertThat(words.refuses(word, false, "kk")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Тағы", "Дариға", "Қасымбек", "Бегалы"})
    void wordsThatOnlyEndLikeTheLocativeAdjectiveAreNotRefused(String word) {
        assertThat(NonNameWords.isLocativeAdjective(word)).isFalse();
    }

    @Test
    void theCheapTestOfALocativeAdjectiveLetsThroughEveryOneThePatternTakes() throws java.io.IOException {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("Колымадағы", "СЕМЕЙДЕГІ", "Алматыдағы",
                "Кремльдегі", "Almatydaǵy", "Semeydegi", "ALMATYDAĞI", "Almatydaghy", "Almatydagı", "AlmatydaGİ",
                "Қарағандыдағы", "Ахмет", "Алматыда", "Атағы"));
        for (String language : java.util.List.of("kk", "ru", "en")) {
            String text = new String(NonNameWordsTest.class.getResourceAsStream("/events/" + language + ".txt")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            words.addAll(java.util.Arrays.asList(text.split("[^\\p{L}\\p{M}]+")));
        }
        int taken = 0;
        for (String word : words) {
            boolean pattern = NonNameWords.locativeAdjectiveScanned(word);
            if (pattern) {
                taken++;
                assertThat(NonNameWords.mayBeLocativeAdjective(word)).as(word).isTrue();
            }
            assertThat(NonNameWords.isLocativeAdjective(word)).as(word).isEqualTo(pattern);
        }
        assertThat(taken).isGreaterThan(10);
    }
}
