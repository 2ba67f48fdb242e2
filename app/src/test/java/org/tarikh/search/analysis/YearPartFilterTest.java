package org.tarikh.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class YearPartFilterTest {

    private static List<String> tokens(String text) throws IOException {
        Tokenizer source = new StandardTokenizer();
        source.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream stream = new YearPartFilter(source)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add((position.getPositionIncrement() == 0 ? "=" : "") + term);
            stream.end();
        }
        return out;
    }

    @Test
    void stacksTheYearOfADottedDate() throws IOException {
        assertThat(tokens("расстрелян 26.02.1938 г.")).containsExactly("расстрелян", "26.02.1938", "=1938", "г");
        assertThat(tokens("арест 07.1937")).containsExactly("арест", "07.1937", "=1937");
    }

    @Test
    void leavesOtherNumbersAlone() throws IOException {
        assertThat(tokens("статья 58.10 и 1.5 и 12.34.5678")).containsExactly("статья", "58.10", "и", "1.5", "и", "12.34.5678");
        assertThat(tokens("1937")).containsExactly("1937");
    }
}
