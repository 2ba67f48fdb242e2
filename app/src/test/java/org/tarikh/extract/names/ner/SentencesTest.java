package org.tarikh.extract.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void endsSentencesAtStopsButNotAfterInitials() {
        String text = "Ж. Аймауытов атылды. Ол 1889 жылы туған!";
        List<List<Token>> sentences = Sentences.split(text, Tokens.tokenize(text));
        assertThat(sentences).extracting(s -> String.join(" ", Tokens.texts(s)))
                .containsExactly("Ж . Аймауытов атылды .", "Ол 1889 жылы туған !");
    }

    @Test
    void keepsLatinDigraphInitialsWithTheirName() {
        String text = "Charges against Zh. Aimauytov were read. He denied them.";
        assertThat(Sentences.split(text, Tokens.tokenize(text))).hasSize(2);
    }

    @Test
    void endsASentenceAtALineBreak() {
        String text = "Zhusupbek Aimauytov\nLast years of his life";
        assertThat(Sentences.split(text, Tokens.tokenize(text))).hasSize(2);
    }

    @Property
    void keepsEveryTokenInOrder(@ForAll String text) {
        List<Token> tokens = Tokens.tokenize(text);
        assertThat(Sentences.split(text, tokens).stream().flatMap(List::stream).toList()).isEqualTo(tokens);
    }
}
