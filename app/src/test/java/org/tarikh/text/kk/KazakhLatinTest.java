package org.tarikh.text.kk;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
    void leavesWordsWithOtherCharactersAsTheyAre() {
        assertThat(KazakhLatin.toCyrillic("1938")).isEqualTo("1938");
        assertThat(KazakhLatin.toCyrillic("алаш")).isEqualTo("алаш");
    }

    @Property
    void neverThrows(@ForAll String word) {
        assertThat(KazakhLatin.toCyrillic(word)).isNotNull();
    }
}
