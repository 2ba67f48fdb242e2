package org.tarikh.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthsTest {
    @ParameterizedTest
    @CsvSource({"January,1", "Sept,9", "Dec.,12", "января,1", "марте,3", "мая,5", "маем,5", "сент.,9", "сент,9",
            "қаңтар,1", "ақпанның,2", "наурызда,3", "қарашасында,11", "қыркүйегінде,9", "маусымда,6",
            "февральдағы,2", "qańtar,1", "naýryz,3", "qyrkuiek,9", "ЯНВАРЯ,1"})
    void namesTheMonthOfEveryForm(String word, int month) {
        assertThat(Months.number(word)).isEqualTo(month);
    }

    @ParameterizedTest
    @CsvSource({"машина", "Марат", "март-апрель", "мамырлау", "Janvier", "marsh", "қазақ"})
    void isNoMonthForOtherWords(String word) {
        assertThat(Months.number(word)).isZero();
    }

    @Test
    void anAbbreviationIsNoMonthName() {
        assertThat(Months.isName("Jan")).isFalse();
        assertThat(Months.isName("мая")).isTrue();
        assertThat(Months.isName("May")).isTrue();
    }

    @Test
    void theRegexNeedsACapitalForEnglishAndTakesKazakhEndingsOnlyWhenAsked() {
        Pattern plain = Pattern.compile(Months.regex(false), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern kazakh = Pattern.compile(Months.regex(true), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertThat(plain.matcher("it may rain").find()).isFalse();
        assertThat(plain.matcher("in May 1937").find()).isTrue();
        assertThat(plain.matcher("ақпанда").matches()).isFalse();
        assertThat(kazakh.matcher("ақпанда").matches()).isTrue();
    }
}
