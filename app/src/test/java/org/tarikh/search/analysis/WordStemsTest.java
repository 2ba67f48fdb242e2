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
}
