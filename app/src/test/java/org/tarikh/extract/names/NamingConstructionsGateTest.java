package org.tarikh.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The cheap test before the search for a place or namesake word before a name lets through every stretch it matches in. */
class NamingConstructionsGateTest {

    private static int matched;

    private static void gateLetsThroughEveryMatch(String text) {
        for (int start = 0; start <= text.length(); start++) {
            for (int from = Math.max(0, start - 40); from <= start; from++) {
                if (NamingConstructions.searchedBefore(text, from, start)) {
                    matched++;
                    assertThat(NamingConstructions.mayHoldBeforeWord(text, from, start)).as("%s [%d, %d)", text, from, start)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void onTheConstructions() {
        matched = 0;
        for (String t : List.of("институт имени Абая", "школа им. Абая", "имени покойного Абая", "a school named after Abai",
                "in honour of Abai", "the town of Turkestan", "улица Абая", "ул. Байтурсынова", "город Мирзоян",
                "г. Киров", "село Ашан", "пос. Ашан", "станция Луговая", "ПРОСПЕКТ Абая", "ИМЕНИ Абая")) {
            gateLetsThroughEveryMatch(t);
            gateLetsThroughEveryMatch(t.toUpperCase(Locale.ROOT));
        }
        assertThat(matched).isGreaterThan(20); // the comparison saw matches
        assertThat(NamingConstructions.mayHoldBeforeWord("Ақын Сәкен", 0, 5)).isFalse();
    }

    private static final List<String> PIECES = List.of("имени", "ИМ.", "им", ".", " ", "\n", "покойного ", "named",
            "after", "in", "honor", "honour", "of", "town", "улица", "ул", "г", "2 ", "город", "село", "аул", "пос",
            "станция", "Абая", "x", "\u00a0", "İ", "ſ");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(10).map(l -> String.join(" ", l));
    }

    @Property(tries = 500)
    void onRandomTexts(@ForAll("texts") String text) {
        gateLetsThroughEveryMatch(text);
    }
}
