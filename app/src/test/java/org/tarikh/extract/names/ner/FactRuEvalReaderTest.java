package org.tarikh.extract.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class FactRuEvalReaderTest {
    private static final List<String> TOKENS = List.of(
            "1 0 9 Арестован", "2 10 5 Турар", "3 16 8 Рыскулов", "4 24 1 .", "",
            "5 26 3 Его", "6 30 6 выслал", "7 37 9 Голощёкин", "8 46 1 .", "");
    private static final List<String> SPANS = List.of(
            "11 name 10 5 2 1  # 2 Турар",
            "12 surname 16 8 3 1  # 3 Рыскулов",
            "13 surname 37 9 7 1  # 7 Голощёкин",
            "14 loc_name 10 14 2 2  # 2 3 Турар Рыскулов");
    private static final List<String> OBJECTS = List.of(
            "21 Person 11 12 # Турар Рыскулов",
            "22 Person 13 # Голощёкин",
            "23 Location 14 # Турар Рыскулов");

    @Test
    void buildsOnePersonSpanFromTheSpansOfItsObject() {
        FactRuEvalReader.Result result = new FactRuEvalReader(EntityTypes.FACTRUEVAL_PERSONS)
                .readDocument("book_1", TOKENS, SPANS, OBJECTS);
        assertThat(result.samples()).hasSize(2);
        assertThat(result.samples().get(0).getSentence()).containsExactly("Арестован", "Турар", "Рыскулов", ".");
        assertThat(result.samples().get(0).getNames()).containsExactly(new Span(1, 3, "person"));
        assertThat(result.samples().get(1).getNames()).containsExactly(new Span(2, 3, "person"));
        assertThat(result.dropped()).isZero();
    }

    @Test
    void clearsAdaptiveDataAtTheStartOfEachDocumentOnly() {
        FactRuEvalReader.Result result = new FactRuEvalReader(EntityTypes.FACTRUEVAL_PERSONS)
                .readDocument("book_1", TOKENS, SPANS, OBJECTS);
        assertThat(result.samples()).extracting(s -> s.isClearAdaptiveDataSet()).containsExactly(true, false);
    }

    @Test
    void keepsOneOfTwoOverlappingObjectsAndCountsTheOther() {
        FactRuEvalReader.Result result = new FactRuEvalReader(EntityTypes.FACTRUEVAL_ALL)
                .readDocument("book_1", TOKENS, SPANS, OBJECTS);
        assertThat(result.samples().get(0).getNames()).hasSize(1);
        assertThat(result.dropped()).isEqualTo(1);
    }

    @Test
    void dropsAnObjectWhoseSpansCrossASentenceBoundary() {
        List<String> spans = List.of("11 name 10 5 2 1", "13 surname 37 9 7 1");
        FactRuEvalReader.Result result = new FactRuEvalReader(EntityTypes.FACTRUEVAL_PERSONS)
                .readDocument("book_1", TOKENS, spans, List.of("21 Person 11 13"));
        assertThat(result.samples()).allSatisfy(s -> assertThat(s.getNames()).isEmpty());
        assertThat(result.dropped()).isEqualTo(1);
    }
}
