package org.tarikh.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The kinship, descent and saying tests before a name, tried only from where a match can begin, answer as the full
 * scan; the last word before a name, read from the end, is the one the pattern finds.
 */
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

    @Test
    void findsVerbsOfSayingAndLastWordsAsWritten() {
        for (String before : List.of("— деп еске алады ", "«Жоқ», — деді ", "said ", "как рассказала  ", "Ол атап өтті\t")) {
            assertThat(NameContext.saidBeforeFromEnd(before)).as(before).isTrue().isEqualTo(NameContext.saidBeforeScanned(before));
        }
        for (String before : List.of("unsaid ", "пере-сказал ", "said", "said, ", "деді.")) {
            assertThat(NameContext.saidBeforeFromEnd(before)).as(before).isFalse().isEqualTo(NameContext.saidBeforeScanned(before));
        }
        for (String before : List.of("выслали жену ", "арестовали ДОЧЬ\t", "и тётю  ")) {
            assertThat(NameContext.womanInAccusativeBefore(before, before.length())).as(before).isTrue();
        }
        for (String before : List.of("выслали жену", "полу-дочь ", "падчерицу, ")) {
            assertThat(NameContext.womanInAccusativeBefore(before, before.length())).as(before).isFalse();
        }
        assertThat(NameContext.lastWord("Tátimovtiń jary ")).isEqualTo("jary");
        assertThat(NameContext.lastWord("әкесі — ")).isEqualTo("әкесі");
        assertThat(NameContext.lastWord("year 1937 ")).isNull();
        assertThat(NameContext.lastWord("his father,, ")).isNull();
    }

    @Property(tries = 6000)
    void answersAsTheFullScan(@ForAll("befores") String before) {
        assertThat(NameContext.kinBeforeFromEnd(before)).as(before).isEqualTo(NameContext.kinBeforeScanned(before));
        assertThat(NameContext.descentBeforeFromEnd(before)).as(before).isEqualTo(NameContext.descentBeforeScanned(before));
        assertThat(NameContext.saidBeforeFromEnd(before)).as(before).isEqualTo(NameContext.saidBeforeScanned(before));
        assertThat(NameContext.womanInAccusativeBefore(before, before.length())).as(before)
                .isEqualTo(NameContext.womanBeforeScanned(before.substring(Math.max(0, before.length() - 30))));
        assertThat(NameContext.lastWord(before)).as(before).isEqualTo(NameContext.lastWordScanned(before));
    }

    /** Texts of up to forty characters made of kinship nouns, articles, other words, gaps and punctuation. */
    @Provide
    Arbitrary<String> befores() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("his", "HER", "the", "a", "whose", "father", "Son", "sons", "wife", "stepson", "Widow",
                        "жена", "мужа", "Дочерью", "сестёр", "тётя", "әкесі", "қызы", "ҚЫЗЫ", "жарым", "одан", "Одан",
                        "Сейфуллин", "поэт", "ақын", "year", "1937", "said", "Said", "сказала", "деді", "еске",
                        "алады", "атап", "өтті", "unsaid", "𝐀b", "сын", "СЫН", "отца", "İ", "ағасы",
                        "жену", "ДОЧЬ", "тётю", "актрису"),
                Arbitraries.of(" ", "  ", ",", ", ", " , ", "-", "—", "\u00a0", "\n", "\r\n", "\t", "\u2028", "\u0085", "(", ".",
                        "'s"),
                Arbitraries.strings().withChars("abczжеқы-").ofMinLength(1).ofMaxLength(3));
        return piece.list().ofMinSize(0).ofMaxSize(10).map(ps -> {
            String s = String.join("", ps);
            return s.length() > 40 ? s.substring(s.length() - 40) : s;
        });
    }
}
