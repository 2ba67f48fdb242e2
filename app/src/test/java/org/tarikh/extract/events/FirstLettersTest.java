package org.tarikh.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Skipping the trigger patterns whose first letters begin no word of a sentence changes no trigger: the lexicon with
 * the filter finds exactly what it finds scanning every pattern, on the golden texts and on random ones.
 */
class FirstLettersTest {
    private static final TriggerLexicon LEXICON = new TriggerLexicon();

    @Test
    void readsTheFirstLettersOfAPattern() {
        assertThat(FirstLetters.of("(?<![\\p{L}\\p{N}])(?:(?:re-?)?arrested)(?![\\p{L}])")).isEqualTo("ar");
        // alternatives, a lookbehind inside one, an optional group before a literal
        assertThat(FirstLetters.of("(?<![\\p{L}\\p{N}])(?:(?<!(?:қызметтен|жұмыстан)\\s)босатыл(?:ды|ып)|bosatyl)"))
                .isEqualTo("bб");
        assertThat(FirstLetters.of("(?<![\\p{L}\\p{N}])(?:(?:(?:өлім|ату)\\s+)?(?:жазасына|жылға)\\s+кесіл)"))
                .isEqualTo("ажө");
        // a field at the start of a line; capitals fold to lower case
        assertThat(FirstLetters.of("(?m)(?<=^[\\s\\-*•|]{0,4})(?:Born|дата\\s+рождения)(?=\\s*[:|])")).isEqualTo("bд");
        // a class of letters, and Kazakh Latin ı folding with i
        assertThat(FirstLetters.of("(?<![\\p{L}\\p{N}])(?:[üuúý]n|ıstedı)")).isEqualTo("iuúüý");
    }

    @Test
    void scansWhatItCannotTakeApart() {
        assertThat(FirstLetters.of("(?<![\\p{L}\\p{N}])(?:\\p{L}+ly)")).isNull(); // any letter
        assertThat(FirstLetters.of("(?<![\\p{L}\\p{N}])(?:[^.;]x)")).isNull(); // a negated class
        assertThat(FirstLetters.of("(?<![\\p{L}\\p{N}])(?:[a-z]x)")).isNull(); // a range
        assertThat(FirstLetters.of("(?<![\\p{L}\\p{N}])(?:x?)")).isNull(); // can match nothing
        assertThat(FirstLetters.of("(?:arrested)")).isNull(); // no boundary before the match
        assertThat(FirstLetters.of("(?<![\\p{L}\\p{N}])(?:arr")).isNull(); // unbalanced
    }

    @Test
    void wordStartsAreTheFoldedFirstLettersOfWords() {
        String starts = FirstLetters.wordStarts("Арестован 24.09.1937, re-arrested");
        assertThat(starts).contains("а", "2", "0", "1", "r", "a");
        assertThat(starts).doesNotContain("е", "с", "t");
    }

    @Test
    void theFilterIsAtWorkOnMostPatterns() {
        // a filter that let every pattern through would pass the equality checks below and save nothing
        String sentence = "The weather was cold that winter.";
        assertThat(LEXICON.find(sentence, false)).isEqualTo(LEXICON.find(sentence, true));
        long skipped = TriggerLexicon.firstLettersOfEntries().stream()
                .filter(first -> !FirstLetters.mayStart(first, FirstLetters.wordStarts(sentence))).count();
        assertThat(skipped).isGreaterThan(TriggerLexicon.firstLettersOfEntries().size() / 2);
    }

    @Test
    void sameTriggersOnTheGoldenTexts() throws IOException {
        int sentences = 0;
        for (String language : List.of("en", "ru", "kk")) {
            String file = new String(getClass().getResourceAsStream("/events/" + language + ".txt").readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String line : file.split("\n")) {
                if (!line.startsWith("T: ")) continue;
                String text = line.substring(3).replaceAll("</?p(?::[^>]*)?>", "");
                for (String variant : List.of(text, text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT))) {
                    assertThat(LEXICON.find(variant, true)).as(variant).isEqualTo(LEXICON.find(variant, false));
                    sentences++;
                }
            }
        }
        assertThat(sentences).isGreaterThan(300);
    }

    private static final List<String> PIECES = List.of("Арестован ", "арестована", "РАССТРЕЛЯН ", "расстреляли ",
            "реабилитирован", "необоснованно осуждён ", "Дата ареста: ", "\n- Дата смерти | ", "родился ", "род. ",
            "was shot ", "was  born ", "re-arrested ", "sentenced ", "his  death ", "the appointment of ", "Born: ",
            "joined the Communist party ", "member of the Alash ", "released the ", "released ", "QAITYS BOLǴAN KÚNI: ",
            "тұтқындалып, ", "тұтқындады ", "атылды. ", "атып тастады", "қызметтен босатылды ", "босатылды ",
            "ақталған қағазы ", "ақталды ", "жер аударылды ", "өлім жазасына кесілді ", "мүшесі болды ", "1937 жылы ",
            "туған. ", "tuǵan.", "oqydy ", "bıtırdı ", "болып сайланды ", "келедi ", "Ол ", "ВКП(б) ", "x", "-", " ",
            ", ", ". ", "\n", "1938 ", "Сәкенді ", "Magzhan ", "Мұратбаевтан айрылды ");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(25).map(l -> String.join("", l));
        Arbitrary<String> cased = pieces.map(t -> t.toUpperCase(Locale.ROOT));
        Arbitrary<String> noise = Arbitraries.strings().withChars("аоеибвгдқұүәіxyz ıIİi.-:|\n").ofMaxLength(80);
        return Arbitraries.oneOf(pieces, cased, Combinators.combine(pieces, noise).as(String::concat),
                Combinators.combine(noise, pieces).as(String::concat));
    }

    @Property(tries = 1500)
    void sameTriggersOnRandomTexts(@ForAll("texts") String text) {
        List<TriggerLexicon.Match> filtered = LEXICON.find(text, true);
        List<TriggerLexicon.Match> scanned = LEXICON.find(text, false);
        assertThat(new ArrayList<>(filtered)).as(text).isEqualTo(scanned);
    }
}
