package org.tarikh.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"1938-13", "abc", "1938-02-30", "", "1938-2", "38", "1938/1937", "1938-00",
            "193X-02", "1929-21-03", "1938-02-26/", "1920/1930/1940", "1938??", "12345"})
    void rejectsValuesThatAreNotEdtf(String value) {
        assertThatThrownBy(() -> new EdtfDate(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1938-02-26", "1937-07", "1901", "1923/1925", "193X", "19XX", "1901?", "1920~",
            "1930-03-01/1930-03-16", "1929-23", "1890%", "1901?/1938", "1920/1939", "1932-02-29"})
    void acceptsEdtfValuesAndReadsThemBack(String value) {
        assertThat(EdtfDate.parse(value).value()).isEqualTo(value);
    }

    @Test
    void monthContainsItsDays() {
        assertThat(new EdtfDate("1937-07").contains(EdtfDate.of(1937, 7, 20))).isTrue();
        assertThat(new EdtfDate("1937-07").contains(EdtfDate.of(1937, 8, 1))).isFalse();
        assertThat(EdtfDate.decade(1930).contains(EdtfDate.interval(EdtfDate.of(1931), EdtfDate.of(1933))))
                .isTrue();
        assertThat(EdtfDate.of(1937).contains(EdtfDate.decade(1930))).isFalse();
    }

    @Test
    void precisionFollowsTheForm() {
        assertThat(EdtfDate.of(1938, 2, 26).precision()).isEqualTo(EdtfDate.Precision.DAY);
        assertThat(EdtfDate.of(1938, 2).precision()).isEqualTo(EdtfDate.Precision.MONTH);
        assertThat(EdtfDate.season(1929, EdtfDate.AUTUMN).precision()).isEqualTo(EdtfDate.Precision.SEASON);
        assertThat(EdtfDate.of(1938).precision()).isEqualTo(EdtfDate.Precision.YEAR);
        assertThat(new EdtfDate("1901?").precision()).isEqualTo(EdtfDate.Precision.YEAR);
        assertThat(EdtfDate.decade(1930).precision()).isEqualTo(EdtfDate.Precision.DECADE);
        assertThat(EdtfDate.century(1900).precision()).isEqualTo(EdtfDate.Precision.CENTURY);
        assertThat(new EdtfDate("1930-03-01/1931").precision()).isEqualTo(EdtfDate.Precision.YEAR);
    }

    @Test
    void boundsCoverTheWholeValue() {
        assertThat(EdtfDate.decade(1930).earliest()).isEqualTo(LocalDate.of(1930, 1, 1));
        assertThat(EdtfDate.decade(1930).latest()).isEqualTo(LocalDate.of(1939, 12, 31));
        assertThat(EdtfDate.of(1932, 2).latest()).isEqualTo(LocalDate.of(1932, 2, 29));
        assertThat(EdtfDate.season(1929, EdtfDate.AUTUMN).earliest()).isEqualTo(LocalDate.of(1929, 9, 1));
        assertThat(EdtfDate.season(1931, EdtfDate.WINTER).latest()).isEqualTo(LocalDate.of(1932, 2, 29));
        assertThat(new EdtfDate("1923/1925").latest()).isEqualTo(LocalDate.of(1925, 12, 31));
    }

    @Test
    void factoriesWriteCanonicalValues() {
        assertThat(EdtfDate.of(1938, 2, 26).value()).isEqualTo("1938-02-26");
        assertThat(EdtfDate.decade(1930).value()).isEqualTo("193X");
        assertThat(EdtfDate.interval(EdtfDate.of(1913), EdtfDate.of(1919)).value()).isEqualTo("1913/1919");
        assertThat(EdtfDate.of(1890).approximate().value()).isEqualTo("1890~");
        assertThat(EdtfDate.of(1890).approximate().uncertain().value()).isEqualTo("1890%");
        assertThatThrownBy(() -> EdtfDate.decade(1935)).hasMessageContaining("1935");
    }

    @Property(tries = 300)
    void dayDatesReadBackToTheSameValue(@ForAll @IntRange(min = 0, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
        EdtfDate date = EdtfDate.of(year, month, day);
        assertThat(EdtfDate.parse(date.value())).isEqualTo(date);
        assertThat(EdtfDate.of(year).contains(date)).isTrue();
    }
}
