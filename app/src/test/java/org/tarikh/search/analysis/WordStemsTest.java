package org.tarikh.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordStemsTest {
    private final WordStems stems = new WordStems();

    @Test
    void anEnglishPossessiveIsAlsoTheBareWord() {
        assertThat(stems.stems("ryskulov's", "en")).contains("ryskulov");
        assertThat(stems.stems("teacher’s", null)).contains("teacher");
        assertThat(stems.stems("o's", "en")).isEmpty();
    }

    @Test
    void stemsKazakhCaseEndingsWhateverTheLanguageAround() {
        assertThat(stems.stems("сейфуллиннің", null)).containsExactly("сейфуллин");
        assertThat(stems.stems("сейфуллиннің", "ru")).containsExactly("сейфуллин");
    }

    @Test
    void neverStemsRussianTextWithTheKazakhStemmer() {
        assertThat(stems.stems("голодом", "ru")).containsExactly("голод");
        assertThat(stems.stems("сотрудника", "ru")).doesNotContain("сотрудник" + "а");
    }

    @Test
    void triesBothCyrillicStemmersWhereTheLanguageIsUnknown() {
        assertThat(stems.stems("алашорданы", null)).contains("алашорда");
    }

    @Test
    void readsKazakhLatinAsCyrillicBeforeStemming() {
        assertThat(stems.stems("seifullinnıñ", "kk")).containsExactly("сейфуллин");
    }

    @Test
    void stemsEnglishWithPorter() {
        assertThat(stems.stems("executions", "en")).containsExactly("execut");
        assertThat(stems.stems("1937", "en")).isEmpty();
    }

    @Property
    void neverThrowsAndNeverRepeatsTheWord(@ForAll String word) {
        assertThat(stems.stems(word, null)).doesNotContain(word);
    }

    /**
     * The shared cache answers what the rules answer, for each language apart: a word first asked in Russian text
     * and then in Kazakh text (or the reverse, or with the language unknown) gets each language's own stems.
     */
    @Property(tries = 300)
    void theCacheAnswersWhatTheRulesAnswerInEachLanguage(
            @ForAll("words") String word, @ForAll("languages") String first, @ForAll("languages") String second) {
        WordStems other = new WordStems();
        for (String language : new String[] {first, second, first}) {
            assertThat(other.stems(word, language)).as(word + " in " + language)
                    .isEqualTo(new WordStems().computeStems(word, language));
        }
    }

    @Test
    void aWordOfTwoLanguagesKeepsBothAnswers() {
        String word = "голодом"; // Russian's stemmer in Russian text, Kazakh's in Kazakh text
        java.util.List<String> russian = stems.stems(word, "ru");
        java.util.List<String> kazakh = stems.stems(word, "kk");
        assertThat(russian).containsExactly("голод");
        assertThat(kazakh).isEqualTo(stems.computeStems(word, "kk")).isNotEqualTo(russian);
        assertThat(stems.stems(word, "ru")).containsExactly("голод");
        assertThat(WordStems.cacheStats().hitCount()).isPositive();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        net.jqwik.api.Arbitrary<String> cyrillic = net.jqwik.api.Arbitraries.strings()
                .withChars("абвгдежзийклмнопрстуфхцчшщъыьэюяёәғқңөұүһі").ofMinLength(1).ofMaxLength(14);
        net.jqwik.api.Arbitrary<String> latin = net.jqwik.api.Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzäöüūığñş'").ofMinLength(1).ofMaxLength(14);
        net.jqwik.api.Arbitrary<String> known = net.jqwik.api.Arbitraries.of("голодом", "сейфуллиннің", "seifullinnıñ",
                "executions", "ryskulov's", "алашорданы", "сотрудника", "жұмысшылар", "collectivisation");
        return net.jqwik.api.Arbitraries.oneOf(cyrillic, latin, known);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> languages() {
        return net.jqwik.api.Arbitraries.of("kk", "ru", "en", "de").injectNull(0.2);
    }
}
