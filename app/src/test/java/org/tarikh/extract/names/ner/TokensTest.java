package org.tarikh.extract.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void splitsPunctuationAndKeepsHyphenatedWordsWhole() {
        assertThat(Tokens.texts(Tokens.tokenize("«Алаш» партиясы, Қасым-Жомарт 1-інші рет (1917).")))
                .containsExactly("«", "Алаш", "»", "партиясы", ",", "Қасым-Жомарт", "1-інші", "рет", "(", "1917",
                        ")", ".");
    }

    @Test
    void separatesTheFullStopOfAnInitial() {
        assertThat(Tokens.texts(Tokens.tokenize("Ж. Аймауытов и С.Сейфуллин")))
                .containsExactly("Ж", ".", "Аймауытов", "и", "С", ".", "Сейфуллин");
    }

    @Test
    void keepsDecimalNumbersAndApostrophesInsideWords() {
        assertThat(Tokens.texts(Tokens.tokenize("0,5 per cent of O'Brien 1.5")))
                .containsExactly("0,5", "per", "cent", "of", "O'Brien", "1.5");
    }

    @Test
    void splitsTheEnglishPossessiveFromTheName() {
        assertThat(Tokens.texts(Tokens.tokenize("Lekerov's daughter and Auezov’s")))
                .containsExactly("Lekerov", "'s", "daughter", "and", "Auezov", "’s");
    }

    @Test
    void givesOffsetsIntoTheOriginalText() {
        String text = "  Арестован\tТурар Рыскулов.";
        List<Token> tokens = Tokens.tokenize(text);
        assertThat(tokens).containsExactly(new Token("Арестован", 2, 11), new Token("Турар", 12, 17),
                new Token("Рыскулов", 18, 26), new Token(".", 26, 27));
    }

    @Test
    void givesNoTokensForBlankText() {
        assertThat(Tokens.tokenize("")).isEmpty();
        assertThat(Tokens.tokenize(" \n\t ")).isEmpty();
    }

    @Property
    void offsetsStayInTheTextAndMatchIt(@ForAll String text) {
        int previousEnd = 0;
        for (Token token : Tokens.tokenize(text)) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
            assertThat(token.text().isBlank()).isFalse();
            previousEnd = token.end();
        }
    }
}
