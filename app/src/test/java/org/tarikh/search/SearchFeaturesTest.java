package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

class SearchFeaturesTest {
    @TempDir static Path folder;
    static Archive archive;

    @BeforeAll
    static void ingest() throws Exception {
        Path docs = Files.createDirectories(folder.resolve("docs"));
        write(docs.resolve("kk.txt"), "Сәкен Сейфуллиннің өмірі 1938 жылы 25 ақпанда үзілді. Ол 1957 жылы ақталды. "
                + "Қазақ ақыны, жазушы, мемлекет қайраткері болды.");
        write(docs.resolve("en.md"), "---\ntitle: The famine in the steppe\n---\nThe famine of 1932 emptied the steppe. Saken Seifullin wrote poems about the aul "
                + "and was shot in Alma-Ata. The famine followed collectivisation.");
        write(docs.resolve("ru.txt"), "Голод 1931–1933 годов в Казахстане унёс жизни более двух миллионов человек. "
                + "Причиной голода стала политика коллективизации и оседания.");
        archive = Archive.open(folder.resolve("archive"), true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> found(String query) {
        return archive.search(query, 10).hits().stream().map(h -> Path.of(h.source()).getFileName().toString()).toList();
    }

    @Test
    void ocrDamagedWordFindsNearSpellingsAndSaysSo() {
        // "Сейфуллнн": OCR read и as н; no exact term, one edit away
        SearchResults results = archive.search("Сейфуллнн", 10);
        assertThat(results.fuzzy()).isTrue();
        assertThat(results.hits()).extracting(h -> Path.of(h.source()).getFileName().toString()).contains("kk.txt");
    }

    @Test
    void exactMatchesAreNotFuzzy() {
        assertThat(archive.search("famine", 10).fuzzy()).isFalse();
    }

    @Test
    void shortOrSyntacticQueriesAreNotRetriedFuzzily() {
        SearchResults shortWord = archive.search("qqq", 10);
        assertThat(shortWord.fuzzy()).isFalse();
        assertThat(shortWord.total()).isZero();
        assertThat(archive.search("title:Сейфуллнн", 10).fuzzy()).isFalse();
    }

    @Test
    void aNameQueryListsTheConfidentPersonsAndAConceptQueryNone() {
        archive.resolvePersons();
        // given name and surname in another script: a confident match, named in the query's script; the surname
        // alone names the family's best-known bearer (the look-up's rule), the one Seifullin of several documents
        SearchResults name = archive.search("Сәкен Сейфуллин", 10);
        assertThat(name.persons()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Сәкен Сейфуллин");
            assertThat(p.score()).isGreaterThanOrEqualTo(85);
        });
        assertThat(name.hits()).isNotEmpty();
        assertThat(archive.search("Сейфуллин", 10).persons()).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Сәкен Сейфуллин"));
        assertThat(archive.search("ашаршылық", 10).persons()).isEmpty();
        assertThat(archive.search("title:Seifullin", 10).persons()).isEmpty();
    }

    @Test
    void inflectedKazakhNameFindsTheNameInEveryScript() {
        assertThat(found("Сейфуллиннің")).containsExactlyInAnyOrder("kk.txt", "en.md");
    }

    @Test
    void conceptIsAlsoSearchedInTheOtherLanguagesAndSaysSo() {
        SearchResults results = archive.search("ашаршылық", 10);
        assertThat(found("ашаршылық")).containsExactlyInAnyOrder("en.md", "ru.txt");
        assertThat(results.expanded()).singleElement().satisfies(e -> {
            assertThat(e.concept()).isEqualTo("famine");
            assertThat(e.labels()).contains("famine", "голод").doesNotContain("ашаршылық");
        });
    }

    @Test
    void wordsTheUserTypedOutrankTheThesaurusLabels() {
        List<SearchHit> hits = archive.search("famine", 10).hits();
        assertThat(hits.get(0).source()).endsWith("en.md");
        assertThat(hits).hasSize(2);
    }

    @Test
    void fieldQueriesSelectByYearLanguageDecadeAndKind() {
        assertThat(found("year:1938")).containsExactly("kk.txt");
        assertThat(found("lang:ru")).containsExactly("ru.txt");
        assertThat(found("famine lang:EN")).containsExactly("en.md");
        assertThat(found("decade:1950s")).containsExactly("kk.txt");
        assertThat(found("kind:text")).containsExactlyInAnyOrder("kk.txt", "ru.txt");
        assertThat(found("title:famine")).containsExactly("en.md");
    }

    @Test
    void facetsCountLanguagesDecadesAndKindsOverAllMatches() {
        SearchResults results = archive.search("Seifullin", 1);
        assertThat(results.hits()).hasSize(1);
        assertThat(results.facets().get(SearchFacets.LANGUAGE)).containsExactlyInAnyOrder(
                new SearchFacets.Count("en", 1), new SearchFacets.Count("kk", 1));
        assertThat(results.facets().get(SearchFacets.DECADE)).extracting(SearchFacets.Count::value)
                .containsExactly("1930s", "1950s");
        assertThat(results.facets().get(SearchFacets.KIND)).extracting(SearchFacets.Count::count).containsOnly(1L);
    }

    @Test
    void phrasesAndPrefixesWork() {
        assertThat(found("\"famine of 1932\"")).containsExactly("en.md");
        assertThat(found("Seiful*")).contains("en.md");
        assertThat(found("коллектив*")).contains("ru.txt");
    }

    @Test
    void aQueryThatCannotBeReadIsAnsweredWithAReason() {
        assertThatThrownBy(() -> archive.search("\"Алаш Орда", 10))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("quotation mark is not closed");
        assertThatThrownBy(() -> archive.search("year:(1937", 10))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("brackets");
        assertThatThrownBy(() -> archive.search("famine year:19x", 10))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("'19x' does not fit")
                .hasMessageContaining("year:1937");
        assertThatThrownBy(() -> archive.search("decade:1930", 10))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("decade:1930s");
        assertThat(archive.search("year:1932", 10).total()).isPositive();
        assertThat(archive.search("year:[1930 TO 1939]", 10).total()).isPositive();
    }

    @Test
    void yearsAreFourDigitNumbersOfTheModernEra() {
        assertThat(SearchFacets.years("в 1937–1938 гг., дело 4500, шифр 19371")).containsExactly("1937", "1938");
    }
}
