package org.tarikh.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link DateParser} on arbitrary text and on text made of date-like pieces. */
class DateParserPropertiesTest {

    private static final List<String> PIECES = List.of("1938", "1937", "l937", "19З7", "26", "5-13", " ", " ",
            "-", "–", "/", ".", ",", "?", "~", "(", ")", "г.", "года", "жылы", "жылдың", "жылдары", "аяғында",
            "ақпанда", "февраля", "мае", "мартта", "February", "May", "s", "-е годы", "20-30", "ies", "the",
            "end of", "конце", "early", "c.", "около", "шамамен", "fall of", "осенью", "көктемде", "XX",
            "ХХ ғасыр", "century", "Б.", "Ф.", "№", "%", "1,5", "26.02.1938", "31.02.1938", "1924/25", "между",
            "и", "to", "дан", "ға", "дейін", "\n", "Lekerov", "Қазан", "99", "2100", "1699", "0");

    private final DateParser parser = new DateParser();

    @Property(tries = 300)
    void neverThrowsOnArbitraryText(@ForAll String text) {
        checkMentions(text, parser.find(text));
    }

    @Property(tries = 600)
    void mentionsStayInsideTheTextAndDoNotOverlap(@ForAll("dateLikeText") String text) {
        checkMentions(text, parser.find(text));
    }

    @Property(tries = 600)
    void foundDatesReadBackToTheSameValue(@ForAll("dateLikeText") String text) {
        for (DateMention m : parser.find(text)) {
            assertThat(EdtfDate.parse(m.date().value())).isEqualTo(m.date());
        }
    }

    @Provide
    Arbitrary<String> dateLikeText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    private static void checkMentions(String text, List<DateMention> mentions) {
        int previousEnd = 0;
        for (DateMention m : mentions) {
            assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            previousEnd = m.end();
        }
    }
}
