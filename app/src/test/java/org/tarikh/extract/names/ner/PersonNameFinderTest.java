package org.tarikh.extract.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class PersonNameFinderTest {
    private static String[] tokens(String text) {
        return Tokens.texts(Tokens.tokenize(text));
    }

    @Test
    void findsAKazakhPersonWithTheCommittedModel() {
        PersonNameFinder finder = PersonNameFinder.load("kk");
        assertThat(finder).isNotNull();
        assertThat(finder.find(tokens("Сәкен Сейфуллин 1938 жылы атылды."))).containsExactly(new Span(0, 2, "person"));
    }

    @Test
    void findsARussianPersonWithTheCommittedModel() {
        PersonNameFinder finder = PersonNameFinder.load("ru");
        assertThat(finder).isNotNull();
        assertThat(finder.find(tokens("В 1937 году был арестован Турар Рыскулов."))).containsExactly(new Span(5, 7, "person"));
        // known weakness: with no context before it, the capitalised opening verb is taken into the name ([0, 3))
        assertThat(finder.find(tokens("Арестован Турар Рыскулов.")))
                .singleElement()
                .satisfies(span -> assertThat(span.getEnd()).isEqualTo(3))
                .satisfies(span -> assertThat(span.getStart()).isLessThanOrEqualTo(1));
    }

    @Test
    void findsAnEnglishPersonWithTheCommittedModel() {
        PersonNameFinder finder = PersonNameFinder.load("en");
        assertThat(finder).isNotNull();
        assertThat(finder.find(tokens("In 1937 Turar Ryskulov was arrested in Moscow.")))
                .contains(new Span(2, 4, "person"));
    }

    @Test
    void givesNullForALanguageWithoutModel() {
        assertThat(PersonNameFinder.load(null)).isNull();
        assertThat(PersonNameFinder.load("de")).isNull();
        assertThat(PersonNameFinder.load("../x")).isNull();
    }

    @Test
    void findsTheSameInEveryThreadAndEveryDocument() throws Exception {
        PersonNameFinder finder = PersonNameFinder.load("kk");
        List<String[]> document = List.of(tokens("Сәкен Сейфуллин 1938 жылы атылды."), tokens("Ол ақын еді."));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<Span>>>> results =
                    List.of(pool.submit(() -> finder.findInDocument(document)),
                            pool.submit(() -> finder.findInDocument(document)));
            for (Future<List<List<Span>>> result : results) {
                assertThat(result.get()).containsExactly(List.of(new Span(0, 2, "person")), List.of());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void findsNothingInNoTokens() {
        assertThat(PersonNameFinder.load("ru").find(new String[0])).isEmpty();
    }
}
