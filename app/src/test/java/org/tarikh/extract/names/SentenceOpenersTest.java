package org.tarikh.extract.names;

import org.tarikh.lexicon.NameKeyer;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A common word has its capital only from the start of a sentence; known given names keep theirs. */
class SentenceOpenersTest {

    private final GivenNames givenNames = new GivenNames(new NameKeyer());
    private final SentenceOpeners openers = new SentenceOpeners(givenNames, new NameInflection(givenNames));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Кейін Голощекин кетті.                    | Кейін
            Сонда ол келді. Сондай-ақ Дулатов жазды.  | Сондай-ақ
            Хат келді. Бұл Рысқұлов еді.              | Бұл
            Он уехал. Затем Рыскулов вернулся.        | Затем
            Он уехал. Тогда Голощёкин остался.        | Тогда
            «Однако Сталин не ответил».               | Однако
            He left. Later Ryskulov returned.         | Later
            He left.\u0020\u0020Meanwhile Stalin waited. | Meanwhile
            """)
    void refusesTheCommonestOpenersOfEachLanguageEvenWithoutLowerCaseUse(String text, String word) {
        int start = text.indexOf(word);

        assertThat(openers.in(text).refuses(start, start + word.length())).isTrue();
    }

    @Test
    void refusesAnyWordTheTextAlsoWritesInLowerCase() {
        String text = "Хат Мәскеуге жетті. Хат Сталинге берілді, бірақ хат жауапсыз қалды.";
        int second = text.indexOf("Хат", 1);

        assertThat(openers.in(text).refuses(second, second + 3)).isTrue();
        assertThat(openers.in("Хат Сталинге берілді.").refuses(0, 3)).isFalse();
    }

    @Test
    void keepsKnownGivenNamesThatAreAlsoCommonWords() {
        String text = "Ораз Исаев келді. Алма Оразбаева алма әкелді. Ахмет Байтұрсынов ахмет деп жазбады. Ол ораз деді.";

        for (String name : new String[] {"Ораз", "Алма", "Ахмет"}) {
            int start = text.indexOf(name);
            assertThat(openers.in(text).refuses(start, start + name.length())).as(name).isFalse();
        }
    }

    @Test
    void leavesWordsAloneInsideASentence() {
        String text = "1933 жылы, кейін Кейін деп аталған.";
        int start = text.indexOf("Кейін");

        assertThat(SentenceOpeners.opensSentence(text, start)).isFalse();
        assertThat(openers.in(text).refuses(start, start + 5)).isFalse();
    }

    @Test
    void aSentenceOpensAtTheTextStartALineBreakOrAfterFinalPunctuation() {
        assertThat(SentenceOpeners.opensSentence("Кейін", 0)).isTrue();
        assertThat(SentenceOpeners.opensSentence("тақырып\nКейін", 8)).isTrue();
        assertThat(SentenceOpeners.opensSentence("Келді! — Кейін", 9)).isTrue();
        assertThat(SentenceOpeners.opensSentence("Келді… Кейін", 7)).isTrue();
        assertThat(SentenceOpeners.opensSentence("келді, Кейін", 7)).isFalse();
    }

    @Test
    void readsTheLowerCaseWordsAsThePatternFindsThem() throws java.io.IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "a", "A-b", "Алма-ата-", "x--y",
                "сөз-\u0301 қ\u0301ана ǅa 𝐚𝐛 ﬁne ʼx «ол»-ға", "wiki/ryskulov see Алма-ата and mail@seifullin.kz"));
        for (String language : java.util.List.of("kk", "ru", "en")) {
            texts.add(new String(SentenceOpenersTest.class.getResourceAsStream("/events/" + language + ".txt")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String text : texts) {
            assertThat(SentenceOpeners.lowerWords(text)).as(text)
                    .usingRecursiveComparison().isEqualTo(SentenceOpeners.lowerWordsScanned(text));
        }
    }

    @Test
    void aLowerCaseWordInsideAnAddressIsNoEvidence() {
        assertThat(SentenceOpeners.wordsInLowerCase("wiki/ryskulov see Алма-ата and mail@seifullin.kz"))
                .contains("see", "and").doesNotContain("ryskulov", "ата", "seifullin", "kz");
    }

    @Test
    void neverRefusesAOneLetterWordForItMayBeAnInitialWithoutItsDot() {
        String text = "А Рыскулов а также.";

        assertThat(openers.in(text).refuses(0, 1)).isFalse();
    }
}
