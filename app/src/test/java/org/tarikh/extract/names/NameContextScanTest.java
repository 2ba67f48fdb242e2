package org.tarikh.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The kinship and descent tests before a name, tried only from where a match can begin, answer as the full scan. */
class NameContextScanTest {

    @Test
    void findsKinshipNounsBeforeANameAsWritten() {
        for (String before : List.of("In 1920 his father, ", "Её муж ", "Жизнь её мужа ", "ақынның қызы ", "whose SON ",
                "the widow , ", "Сейітқали одан ", "Олардың ағасы\u2028", "his father   \u2028")) {
            assertThat(NameContext.kinBeforeFromEnd(before) || NameContext.descentBeforeFromEnd(before)).as(before).isTrue();
            assertThat(NameContext.kinBeforeFromEnd(before)).as(before).isEqualTo(NameContext.kinBeforeScanned(before));
            assertThat(NameContext.descentBeforeFromEnd(before)).as(before).isEqualTo(NameContext.descentBeforeScanned(before));
        }
        for (String before : List.of("Son ", "полумуж ", "his father,, ", "the father of ", "анасы-", "Сейітқалиодан ")) {
            assertThat(NameContext.kinBeforeFromEnd(before)).as(before).isFalse().isEqualTo(NameContext.kinBeforeScanned(before));
        }
    }

    @Property(tries = 3000)
    void answersAsTheFullScan(@ForAll("befores") String before) {
        assertThat(NameContext.kinBeforeFromEnd(before)).as(before).isEqualTo(NameContext.kinBeforeScanned(before));
        assertThat(NameContext.descentBeforeFromEnd(before)).as(before).isEqualTo(NameContext.descentBeforeScanned(before));
    }

    /** Texts of up to forty characters made of kinship nouns, articles, other words, gaps and punctuation. */
    @Provide
    Arbitrary<String> befores() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("his", "HER", "the", "a", "whose", "father", "Son", "sons", "wife", "stepson", "Widow",
                        "жена", "мужа", "Дочерью", "сестёр", "тётя", "әкесі", "қызы", "ҚЫЗЫ", "жарым", "одан", "Одан",
                        "Сейфуллин", "поэт", "ақын", "year", "1937"),
                Arbitraries.of(" ", "  ", ",", ", ", " , ", "-", "—", "\u00a0", "\n", "\r\n", "\t", "\u2028", "(", ".", "'s"),
                Arbitraries.strings().withChars("abczжеқы-").ofMinLength(1).ofMaxLength(3));
        return piece.list().ofMinSize(0).ofMaxSize(10).map(ps -> {
            String s = String.join("", ps);
            return s.length() > 40 ? s.substring(s.length() - 40) : s;
        });
    }
}
