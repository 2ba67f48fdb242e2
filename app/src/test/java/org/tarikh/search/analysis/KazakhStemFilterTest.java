package org.tarikh.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class KazakhStemFilterTest {

    private static Analyzer analyzer(CharArraySet keywords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                if (!keywords.isEmpty()) {
                    stream = new SetKeywordMarkerFilter(stream, keywords);
                }
                return new TokenStreamComponents(tokenizer, new KazakhStemFilter(stream));
            }
        };
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void stemsEveryKazakhTermOfASentence() throws IOException {
        try (Analyzer analyzer = analyzer(CharArraySet.EMPTY_SET)) {
            assertThat(terms(analyzer, "Сейфуллиннің кітабы 1937 жылы Алашорданың қайраткерлерімен бірге сотталды."))
                    .containsExactly("сейфуллин", "кітап", "1937", "жыл", "алашорда", "қайраткер", "бірге", "соттал");
        }
    }

    @Test
    void leavesKeywordTermsAlone() throws IOException {
        try (Analyzer analyzer = analyzer(new CharArraySet(List.of("жылы"), false))) {
            assertThat(terms(analyzer, "Семейде жылы")).containsExactly("семей", "жылы");
        }
    }

    @Test
    void factoryIsFoundByItsSpiName() throws IOException {
        try (Analyzer analyzer = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter(KazakhStemFilterFactory.NAME)
                .build()) {
            assertThat(terms(analyzer, "Мәскеуге Жұмабаевты")).containsExactly("мәскеу", "жұмабаев");
        }
    }
}
