package org.tarikh.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.tarikh.lexicon.NameKeyer;

/**
 * {@link StackedTerms} and {@link StackedTermsFilter} against the chain of token filters they replaced (stems stacked
 * on each word, ICU folding, keys stacked on each term, duplicates removed at a position: {@link StemStackFilter},
 * {@link KeyFilter}, kept here as the specification): the index and the queries must see exactly the terms, positions
 * and offsets they saw, or an index built before would answer differently from one built after.
 */
class StackedTermsTest {
    private final NameKeyer keyer = new NameKeyer();

    @Test
    void kazakhPatronymicSurnameAlsoGivesTheKeyOfItsRussianForm() {
        assertThat(StackedTerms.russianSurnameKey(keyer.key("Дулатұлы"))).isEqualTo(keyer.key("Дулатов"));
        assertThat(StackedTerms.russianSurnameKey(keyer.key("Baitursynuly"))).isEqualTo(keyer.key("Байтұрсынов"));
    }

    @Test
    void shortWordsAndOtherEndingsAreLeftAlone() {
        assertThat(StackedTerms.russianSurnameKey(keyer.key("truly"))).isNull();
        assertThat(StackedTerms.russianSurnameKey(keyer.key("Сейфуллин"))).isNull();
    }

    @Test
    void aStemOfTwoLettersGetsNoKeyButAWordDoes() throws IOException {
        // in a query (language unknown) Russian Snowball stems "ата" to "ат"; keyed, it would meet the English "at"
        assertThat(terms("ата")).contains("ата", "ат").doesNotContain("at");
        assertThat(terms("Ли")).contains("ли", "li");
        assertThat(terms("Лекеровтың")).contains("лекеров", "lekeruv");
    }

    private static final String MIXED = """
            Сейфуллиннің 26.02.1938 г. атылды; Seifullin's «Тар жол» (1927). Голощёкин ата Ли 5/3/1921 Дулатұлы
            Dulatuly Baitursynuly Aimauytov Аймауытұлы ёлка Ёлкин café naïve 58-2 marker7 1937-38 ata Seifullinnıñ
            Säken Seifullin jäne Ahmet Baitursynuly. Executions of the NKVD's troikas; «Алаш Орда» — Алаш-Орда.
            ІІ ІІІ ә ғ қ 07.1937 20.07.1937 1.5 58.10 ｆｕｌｌｗｉｄｔｈ ǅemal ﬁnance soft­hyphen Ｓейфуллин
            """;

    @Test
    void givesTheTermsPositionsAndOffsetsOfTheFilterChainItReplaced() throws IOException {
        List<String> texts = new ArrayList<>(List.of(MIXED, MIXED.toUpperCase(java.util.Locale.ROOT)));
        try (Stream<Path> files = Files.list(Path.of("../demo/corpus"))) {
            for (Path f : files.filter(f -> !f.toString().matches(".*\\.(pdf|docx)$")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        assertThat(texts).hasSizeGreaterThan(20);
        String[] kinds = {"kk", "ru", "en", null, "de"};
        IntFunction<String> mixed = offset -> kinds[(offset / 300) % kinds.length];
        for (boolean stems : new boolean[] {true, false}) {
            for (boolean keys : new boolean[] {true, false}) {
                StackedTerms shared = new StackedTerms(keyer::key, stems, keys); // learns across the texts, as the index's
                for (String text : texts) {
                    for (IntFunction<String> languageAt : List.<IntFunction<String>>of(mixed, o -> null, o -> "kk")) {
                        List<String> expected = tokens(reference(text, languageAt, stems, keys));
                        assertThat(tokens(TarikhAnalyzers.indexStream(text, languageAt, shared)))
                                .as("stems %s keys %s: %s", stems, keys, text.substring(0, Math.min(60, text.length())))
                                .isEqualTo(expected);
                        assertThat(tokens(TarikhAnalyzers.indexStream(text, languageAt, keyer::key, stems, keys)))
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void aQueryAnalyzerGivesTheSameTermsAsTheChainItReplaced() throws IOException {
        try (var analyzer = TarikhAnalyzers.create(keyer::key)) {
            for (String query : List.of("Сейфуллиннің", "Seifullin's", "ата", "Дулатұлы", "Голощёкин 1937", "26.02.1938")) {
                assertThat(tokens(analyzer.tokenStream(TarikhAnalyzers.TEXT, query)))
                        .isEqualTo(tokens(reference(query, null, true, true)));
            }
        }
    }

    /** The analysis of the index before {@link StackedTerms}: one token filter per step. */
    private TokenStream reference(String text, IntFunction<String> languageAt, boolean stems, boolean keys) {
        Tokenizer source = new StandardTokenizer();
        source.setReader(new StringReader(text));
        TokenStream stream = new YearPartFilter(new LowerCaseFilter(source));
        if (stems) stream = new StemStackFilter(stream, languageAt);
        stream = new ICUFoldingFilter(stream);
        if (keys) stream = new KeyFilter(stream, keyer::key);
        return stems || keys ? new RemoveDuplicatesTokenFilter(stream) : stream;
    }

    /** Each token as term, position increment and offsets. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " +" + position.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        return out;
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
