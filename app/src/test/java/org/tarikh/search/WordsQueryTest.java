package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.store.StoredDocument;

/** Plain-word queries read as a searcher means them (sentences written for this test). */
class WordsQueryTest {
    @TempDir static Path folder;
    static LuceneSearchIndex index;

    /** The archive persons of this test: "Ержан Тілеуов" is written Tileuly in one document. */
    private static final LinkedFacets PERSONS = (LinkedFacets) java.lang.reflect.Proxy.newProxyInstance(
            LinkedFacets.class.getClassLoader(), new Class<?>[] {LinkedFacets.class},
            (proxy, method, args) -> method.getName().equals("documentsOfNamedPerson")
                    ? (args[0].equals("Ержан Тілеуов") ? Set.of("latin-patronymic", "ru-full") : Set.of())
                    : method.invoke(LinkedFacets.NONE, args));

    @BeforeAll
    static void build() {
        index = LuceneSearchIndex.open(folder.resolve("index"), true, new NameKeyer()::key, Thesaurus.load(), PERSONS,
                SearchFeature.ALL);
        add("ru-full", "ru", "Ержан Тілеуов был арестован 12 марта 1936 года и расстрелян в Караганде.");
        add("latin-patronymic", "en", "E. Tileuly, a teacher from the Turgai region, was arrested in March 1936.");
        add("kk-date", "kk", "Мұғалім 1936 жылғы 12 наурызда тұтқындалды, кейін Қарағандыда атылды.");
        add("numeric-date", "ru", "Протокол допроса от 12.03.1936 подписан следователем.");
        add("en-date", "en", "The teacher was arrested on March 12, 1936, at his school.");
        add("year-only", "en", "The school was closed in 1936 and its teacher sent away.");
        add("other-year", "en", "The school was built in 1912 and its teacher was a poet.");
        add("two-of-three", "en", "A poet and a teacher lived in the aul by the river.");
        add("bare-surname", "kk", "Ғалым Сәрсенбай 1925 жылы Орынборда оқыды.");
        add("suffixed-surname", "ru", "Учитель Сарсенбаев преподавал в Оренбурге.");
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static void add(String id, String language, String text) {
        index.index(new StoredDocument(id, id + ".txt", id + ".txt", "0".repeat(64), "txt", language, org.tarikh.text.Provenance.empty(), text,
                text, List.of(), Map.of(), text.length(), "2026-01-01T00:00:00Z"));
    }

    private static List<String> found(String query) {
        return index.search(org.tarikh.search.SearchRequest.of(org.tarikh.search.query.QueryParser.parse(query), 10)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aDateIsFoundInEveryWrittenFormAndTheDayComesBeforeTheYearAlone() {
        List<String> hits = found("12 марта 1936");
        assertThat(hits).contains("ru-full", "kk-date", "numeric-date", "en-date", "year-only")
                .doesNotContain("other-year");
        assertThat(hits.indexOf("year-only")).isGreaterThan(hits.indexOf("numeric-date"));
        assertThat(found("1936 жылғы 12 наурыз")).startsWith(found("12 марта 1936").subList(0, 4).toArray(String[]::new));
    }

    @Test
    void questionAndFunctionWordsAreNotRequiredAndTheYearWordIsPartOfTheDate() {
        // "when was ... closed": only "school", "closed" and the year say what the document is about
        assertThat(found("when was the school closed")).first().isEqualTo("year-only");
        // "в" and "году" are not words of their own: school (through the thesaurus) and the year are two of three
        assertThat(found("школа закрыта в 1936 году")).contains("year-only", "en-date").doesNotContain("other-year");
    }

    @Test
    void documentsWithEveryWordComeFirstThenThoseWithMostOfThem() {
        List<String> hits = found("poet teacher river");
        assertThat(hits).first().isEqualTo("two-of-three");
        assertThat(hits).contains("other-year"); // poet and teacher: two of three
        assertThat(hits).doesNotContain("ru-full"); // none of the words
    }

    @Test
    void aConfidentPersonNameAlsoFindsTheDocumentsOfThatPersonInAnySpelling() {
        List<String> hits = found("Ержан Тілеуов");
        assertThat(hits).containsExactly("ru-full", "latin-patronymic");
        // the name is one part of a longer query: "arrested" (a thesaurus concept) and the name
        assertThat(found("Ержан Тілеуов arrested").subList(0, 2)).containsExactlyInAnyOrder("ru-full", "latin-patronymic");
    }

    @Test
    void aSurnameWithTheRussianSuffixMeetsItsBareKazakhFormAndTheReverse() {
        assertThat(found("Sarsenbaev")).contains("bare-surname", "suffixed-surname");
        assertThat(found("Сәрсенбай")).contains("bare-surname", "suffixed-surname");
        assertThat(found("сәрсенбай")).containsExactly("bare-surname"); // not capitalised: not read as a name
    }
}
