package org.tarikh.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule for what an initial is: a capital, or a capital and one small letter, before a full stop. */
class InitialsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "С. Сейфуллин   | 0 | 1 | true",
        "Zh.Aimauytov   | 0 | 2 | true",
        "Т.К.Жумабеков  | 2 | 3 | true",
        "В Долинке      | 0 | 1 | false",
        "ОГПУ. Затем    | 0 | 4 | false",
        "г. Алматы      | 0 | 1 | false",
        "ZH. Aimauytov  | 0 | 2 | false",
    })
    void anInitialIsACapitalWithAtMostOneSmallLetterBeforeAFullStop(String text, int start, int end, boolean initial) {
        assertThat(Initials.isInitial(text, start, end)).isEqualTo(initial);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Т.К.Жумабеков | 2 | 2 | true",
        "A. Bokeikhanov | 2 | 3 | true",
        "A.    Bokeikhanov | 2 | 6 | false",
    })
    void theNextWordMayFollowTheFullStopWithoutASpace(String text, int from, int to, boolean joins) {
        assertThat(Initials.gapAfterInitial(text, from, to)).isEqualTo(joins);
    }
}
