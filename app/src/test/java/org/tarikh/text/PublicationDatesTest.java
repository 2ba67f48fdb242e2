package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-03-24 17:13:25|2023-03-24",
        "12.03.2020|2020-03-12",
        "March 5, 2021|2021-03-05",
        "5 March 2021|2021-03-05",
        "12 марта 2020 г.|2020-03-12",
        "2020 жылғы 12 наурыз|2020-03-12",
        "7 желтоқсан 1957|1957-12-07",
        "no date here|",
        "31.13.2020|"})
    void readsDatesInThreeLanguages(String text, String iso) {
        assertThat(PublicationDates.parse(text)).isEqualTo(iso);
    }
}
