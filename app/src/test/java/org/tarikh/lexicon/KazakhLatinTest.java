package org.tarikh.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class KazakhLatinTest {
    @Test
    void readsTheLatinAlphabetOf2021AsCyrillic() {
        assertThat(KazakhLatin.toCyrillic("seifullinnıñ")).isEqualTo("сейфуллиннің");
        assertThat(KazakhLatin.toCyrillic("qarağandy")).isEqualTo("қарағанды");
        assertThat(KazakhLatin.toCyrillic("şyğarmalary")).isEqualTo("шығармалары");
        assertThat(KazakhLatin.toCyrillic("aqtaldy")).isEqualTo("ақталды");
    }

    @Test
    void readsThe2018AcuteAlphabetThe2017ApostrophesAndInformalSpellingsAlike() {
        // one word in each alphabet: 2021, 2018, 2017, informal web spelling
        for (String spelling : List.of("jumabaevtıñ", "jumabaevtiń", "jumabaevti'n'", "zhumabaevti'n'")) {
            assertThat(KazakhLatin.toCyrillic(spelling)).as(spelling).isEqualTo("жумабаевтің");
        }
        assertThat(KazakhLatin.toCyrillic("áýezovtyń")).isEqualTo("әуезовтың");
        assertThat(KazakhLatin.toCyrillic("qazaqstanda")).isEqualTo("қазақстанда");
        assertThat(KazakhLatin.latinStem("Jumabaevtiń", "жумабаев")).isEqualTo("Jumabaev");
        assertThat(KazakhLatin.latinStem("Jumabaevti'n'", "жумабаев")).isEqualTo("Jumabaev");
        assertThat(KazakhLatin.toCyrillic("shyǵarmalary")).isEqualTo("шығармалары");
        assertThat(KazakhLatin.toCyrillic("s'yg'armalary")).isEqualTo("шығармалары");
        assertThat(KazakhLatin.toCyrillic("qazaqstannyń")).isEqualTo("қазақстанның");
        assertThat(KazakhLatin.toCyrillic("kharkov")).isEqualTo("харков");
        assertThat(KazakhLatin.toCyrillic("óner")).isEqualTo(KazakhLatin.toCyrillic("öner"));
        assertThat(KazakhLatin.hasKazakhLatinLetter("tuǵan")).isTrue();
        assertThat(KazakhLatin.hasKazakhLatinLetter("born")).isFalse();
    }

    @Test
    void leavesWordsWithOtherCharactersAsTheyAre() {
        assertThat(KazakhLatin.toCyrillic("1938")).isEqualTo("1938");
        assertThat(KazakhLatin.toCyrillic("алаш")).isEqualTo("алаш");
    }

    @Property
    void neverThrows(@ForAll String word) {
        assertThat(KazakhLatin.toCyrillic(word)).isNotNull();
    }
}
