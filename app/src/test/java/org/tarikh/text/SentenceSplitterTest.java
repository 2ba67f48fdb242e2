package org.tarikh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.tarikh.extract.names.ner.Token;
import org.tarikh.extract.names.ner.Tokens;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> sentences(String text) {
        return SPLITTER.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void endsSentencesAtStopsButNotAfterInitials() {
        String text = "Ж. Аймауытов атылды. Ол 1889 жылы туған!";
        List<List<Token>> grouped = SPLITTER.group(text, Tokens.tokenize(text), Token::start);
        assertThat(grouped).extracting(s -> String.join(" ", Tokens.texts(s)))
                .containsExactly("Ж . Аймауытов атылды .", "Ол 1889 жылы туған !");
    }

    @Test
    void keepsLatinDigraphInitialsWithTheirName() {
        assertThat(sentences("Charges against Zh. Aimauytov were read. He denied them.")).hasSize(2);
    }

    @Test
    void endsASentenceAtAHeadingLine() {
        assertThat(sentences("Zhusupbek Aimauytov\nLast years of his life")).hasSize(2);
    }

    @Test
    void aTownAfterГIsNoSentenceEndButAYearBeforeItIs() {
        assertThat(sentences("Родился в г. Актобе. Арестован 3.03.1936 г. Приговорён к 10 годам."))
                .containsExactly("Родился в г. Актобе.", "Арестован 3.03.1936 г.", "Приговорён к 10 годам.");
    }

    @Test
    void aDateAfterAnAdverbialWithoutAVerbGoesOnToItsSubject() {
        assertThat(sentences("За критику царской администрации в 1909 г. Байтурсынов был заключен в тюрьму. В 1913 году"
                + " он открыл газету.")).containsExactly(
                "За критику царской администрации в 1909 г. Байтурсынов был заключен в тюрьму.", "В 1913 году он открыл газету.");
        assertThat(sentences("За критику царской\nадминистрации в 1909 г. Байтурсынов был заключен в тюрьму.")).hasSize(1);
        // a verb before the date: the point ends the sentence
        assertThat(sentences("Он был арестован в 1909 г. Байтурсынов вернулся в 1913 г.")).hasSize(2);
    }

    @Property
    void groupingKeepsEveryTokenInOrder(@ForAll String text) {
        List<Token> tokens = Tokens.tokenize(text);
        assertThat(SPLITTER.group(text, tokens, Token::start).stream().flatMap(List::stream).toList())
                .isEqualTo(tokens);
    }
}
