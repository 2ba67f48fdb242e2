package org.tarikh.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarikh.extract.names.NameKeyer;

class KeyFilterTest {
    private final NameKeyer keyer = new NameKeyer();

    @Test
    void kazakhPatronymicSurnameAlsoGivesTheKeyOfItsRussianForm() {
        assertThat(KeyFilter.russianSurnameKey(keyer.key("Дулатұлы"))).isEqualTo(keyer.key("Дулатов"));
        assertThat(KeyFilter.russianSurnameKey(keyer.key("Baitursynuly"))).isEqualTo(keyer.key("Байтұрсынов"));
    }

    @Test
    void shortWordsAndOtherEndingsAreLeftAlone() {
        assertThat(KeyFilter.russianSurnameKey(keyer.key("truly"))).isNull();
        assertThat(KeyFilter.russianSurnameKey(keyer.key("Сейфуллин"))).isNull();
    }
}
