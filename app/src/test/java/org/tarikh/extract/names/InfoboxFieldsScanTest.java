package org.tarikh.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The one attempt at the start of the line that {@link InfoboxFields} makes for its line-start patterns answers as
 * the search through the whole line did, at every position of infobox-like texts, and on random ones.
 */
class InfoboxFieldsScanTest {

    private static int checked;

    private static void sameAtEveryPosition(String text) {
        for (int start = 0; start <= text.length(); start++) {
            for (Pattern p : InfoboxFields.lineStartPatterns()) {
                boolean searched = InfoboxFields.searched(p, text, start);
                assertThat(InfoboxFields.atLineStart(p, text, start))
                        .as("%s in %s at %d", p.pattern(), text, start).isEqualTo(searched);
                checked += searched ? 1 : 0;
            }
        }
    }

    @Test
    void sameOnInfoboxLines() {
        checked = 0;
        sameAtEveryPosition("Ахмет Байтұрсынов\n- Birth Place: Sartubek\n - Death Place: Almaty\n* Spouse: Badrisafa\n"
                + "Предшественник Иван Петров\n\t• Alma Mater: Orenburg\nДата рождения: 1872\nНе поле: Сейфуллин");
        assertThat(checked).isGreaterThan(10); // the comparison saw matches, not only refusals
    }

    private static final List<String> PIECES = List.of("\n", "- ", "* ", "• ", " ", "\t", "Birth ", "Place", "Date",
            "Party", "место", "Дата", ":", ": ", "\r", "\u2028", "Spouse", "Иван ", "Петров", "x", "-", "\n\n");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void sameOnRandomTexts(@ForAll("texts") String text) {
        sameAtEveryPosition(text);
    }
}
