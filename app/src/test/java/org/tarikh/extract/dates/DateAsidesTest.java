package org.tarikh.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A second date in parentheses inside or after a date: read as the main date's alternative ({@link DateAsides}). */
class DateAsidesTest {
    private final DateParser parser = new DateParser();

    private String read(String text) {
        return parser.find(text).stream()
                .map(d -> d.text() + " => " + d.date().value() + d.alternatives().stream()
                        .map(a -> " | " + a.relation() + " " + a.date().value()).reduce("", String::concat))
                .toList().toString();
    }

    @Test
    void theYearAfterTheParenthesesCompletesTheMainDateAndTheOneInside() {
        assertThat(read("Родился 25 марта (в некоторых источниках – 25 октября) 1895 года в Каркаралах."))
                .isEqualTo("[25 марта (в некоторых источниках – 25 октября) 1895 года => 1895-03-25 | OTHER_SOURCES 1895-10-25]");
    }

    @Test
    void aDayOfTheOtherCalendarIsToldByTheLagOfItsCentury() {
        assertThat(read("родился 15 (27) октября 1894 года")).isEqualTo("[15 (27) октября 1894 года => 1894-10-15 | NEW_STYLE 1894-10-27]");
        assertThat(read("родился 26 февраля (9 марта) 1876 года")).contains("1876-02-26 | NEW_STYLE 1876-03-09");
        assertThat(read("родился 9 марта (26 февраля) 1876 года")).contains("1876-03-09 | OLD_STYLE 1876-02-26");
        // thirteen days from March 1900; after February 1918 Russia kept one calendar, so a gap is a disagreement
        assertThat(read("родился 1 (14) января 1905 года")).contains("NEW_STYLE 1905-01-14");
        assertThat(read("родился 1 (14) января 1925 года")).contains("OTHER_SOURCES 1925-01-14");
        assertThat(JulianCalendar.lag(LocalDate.of(1866, 3, 5))).isEqualTo(12);
        assertThat(JulianCalendar.lag(LocalDate.of(1900, 3, 1))).isEqualTo(13);
        assertThat(JulianCalendar.mayBeOneDay(LocalDate.of(1876, 3, 9), LocalDate.of(1876, 2, 26))).isTrue();
        assertThat(JulianCalendar.mayBeOneDay(LocalDate.of(1876, 2, 26), LocalDate.of(1876, 3, 10))).isFalse();
        assertThat(JulianCalendar.mayBeOneDay(LocalDate.of(1937, 2, 26), LocalDate.of(1937, 3, 11))).isFalse();
    }

    @Test
    void wordsThatNameTheCalendarDecideOverTheArithmetic() {
        assertThat(read("1876 jyly 26 aqpanda (eskishe 10 nauryzda) tughan")).contains("1876-02-26 | OLD_STYLE 1876-03-10");
        assertThat(read("born on 5 March (17 March, New Style) 1866")).contains("1866-03-05 | NEW_STYLE 1866-03-17");
    }

    @Test
    void aDateInParenthesesAfterAWholeDateIsAnotherSourcesDate() {
        assertThat(read("1889 жылы (басқа деректер бойынша 1890 жылы) дүниеге келген"))
                .isEqualTo("[1889 жылы (басқа деректер бойынша 1890 жылы) => 1889 | OTHER_SOURCES 1890]");
        assertThat(read("1893 жылы 25 маусымда (кейбір деректерде 1893 жылы 15 маусымда) туған"))
                .contains("1893-06-25 | OTHER_SOURCES 1893-06-15");
    }

    @Test
    void parenthesesThatHoldNoAlternativeKeepTheirOwnDates() {
        List<DateMention> lifespan = parser.find("Мағжан Жұмабаев (1893–1938) ақын.");
        assertThat(lifespan).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DateMention.Kind.LIFESPAN);
            assertThat(d.alternatives()).isEmpty();
        });
        assertThat(read("1937 жылы (27 жасында) тұтқындалды")).isEqualTo("[1937 жылы => 1937]");
        assertThat(read("Арестован в 1937 году (по делу «Алаш»), расстрелян 27 сентября 1937 года."))
                .isEqualTo("[1937 году => 1937, 27 сентября 1937 года => 1937-09-27]");
        assertThat(read("вернулся в Алма-Ату (в 1936 году)")).isEqualTo("[1936 году => 1936]");
        assertThat(read("родился 30 (31) февраля 1895 года")).doesNotContain("|");
    }
}
