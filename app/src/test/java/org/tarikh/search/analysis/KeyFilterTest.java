package org.tarikh.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.tarikh.lexicon.NameKeyer;

class KeyFilterTest {
    private final NameKeyer keyer = new NameKeyer();

    @Test
    void kazakhPatronymicSurnameAlsoGivesTheKeyOfItsRussianForm() {
        assertThat(KeyFilter.russianSurnameKey(keyer.key("Дулатұлы"))).isEqualTo(keyer.key("Дулатов"));
        assertThat(KeyFilter.russianSurnameKey(keyer.key("Baitursynuly"))).isEqualTo(keyer.key("Байтұрсынов"));
    }

    @Test
    void shortWordsAndOtherEndingsAreLeftAlone() {
        assertThat(KeyFilter.russianSurnameKey(keyer.key("truly"))).isNull();
        assertThat(KeyFilter.russianSurnameKey(keyer.key("Сейфуллин"))).isNull();
    }

    @Test
    void aStemOfTwoLettersGetsNoKeyButAWordDoes() throws IOException {
        // in a query (language unknown) Russian Snowball stems "ата" to "ат"; keyed, it would meet the English "at"
        assertThat(terms("ата")).contains("ата", "ат").doesNotContain("at");
        assertThat(terms("Ли")).contains("ли", "li");
        assertThat(terms("Лекеровтың")).contains("лекеров", "lekeruv");
    }

    private List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = TarikhAnalyzers.indexStream(text, offset -> null, keyer::key)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(term.toString());
            stream.end();
        }
        return out;
    }
}
