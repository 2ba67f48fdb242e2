package org.tarikh.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateTextTest {
    private static final Ui KK = Ui.of("kk"), RU = Ui.of("ru"), EN = Ui.of("en");

    @Test
    void aDayAsEachLanguageWritesIt() {
        assertThat(KK.date("1894-10-15")).isEqualTo("15 қазан 1894 ж.");
        assertThat(RU.date("1894-10-15")).isEqualTo("15 октября 1894 г.");
        assertThat(EN.date("1894-10-15")).isEqualTo("15 October 1894");
    }

    @Test
    void aMonthAYearADecadeAndASeason() {
        assertThat(RU.date("1937-05")).isEqualTo("май 1937 г.");
        assertThat(KK.date("1937-05")).isEqualTo("мамыр 1937 ж.");
        assertThat(EN.date("1937-05")).isEqualTo("May 1937");
        assertThat(KK.date("1937")).isEqualTo("1937 ж.");
        assertThat(RU.date("1937")).isEqualTo("1937 г.");
        assertThat(EN.date("1937")).isEqualTo("1937");
        assertThat(EN.date("193X")).isEqualTo("the 1930s");
        assertThat(RU.date("193X")).isEqualTo("1930-е годы");
        assertThat(EN.date("19XX")).isEqualTo("20th century");
        assertThat(EN.date("1929-23")).isEqualTo("autumn 1929");
        assertThat(KK.date("1929-21")).isEqualTo("1929 ж. көктемі");
    }

    @Test
    void uncertainAndApproximateDatesAndIntervalsInWords() {
        assertThat(EN.date("1901?")).isEqualTo("1901 (uncertain)");
        assertThat(RU.date("1920~")).isEqualTo("около 1920 г.");
        assertThat(KK.date("1920~")).isEqualTo("шамамен 1920 ж.");
        assertThat(RU.date("1937-11-05%")).isEqualTo("около 5 ноября 1937 г. (предположительно)");
        assertThat(EN.date("1923/1925")).isEqualTo("1923 – 1925");
        assertThat(RU.date("1930-03-01/1930-03-16")).isEqualTo("1 марта 1930 г. – 16 марта 1930 г.");
    }

    @Test
    void whatIsNotEdtfShowsAsItIs() {
        assertThat(EN.date("the spring of that year")).isEqualTo("the spring of that year");
        assertThat(EN.date("1937-13-40")).isEqualTo("1937-13-40");
    }

    @Test
    void instantsToTheSecondInUtc() {
        assertThat(RU.instant("2026-01-02T03:04:05.123456789Z")).isEqualTo("2 января 2026 г., 03:04:05 UTC");
        assertThat(EN.instant("not an instant")).isEqualTo("not an instant");
    }
}
