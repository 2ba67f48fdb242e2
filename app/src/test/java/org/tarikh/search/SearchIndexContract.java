package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.search.query.QueryParser;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Provenance;

/**
 * What every {@link SearchIndex} must answer, whatever its engine: the same hits for every query syntax over a small
 * archive of texts written for this test, facets over all matches, paging by cursor, and passages that mark the
 * matched words. A subclass gives the index ({@link #open}); {@code LuceneSearchIndexContractTest} is the embedded
 * one, an OpenSearch index subclasses it the same way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchIndexContract {
    @TempDir static Path folder;
    private SearchIndex index;

    /**
     * A new, empty, writable index in {@code folder} that searches with every {@link SearchFeature}, its places and
     * persons read from {@code linked}.
     */
    protected abstract SearchIndex open(Path folder, LinkedFacets linked);

    /**
     * The places and persons of this archive: Semipalatinsk by its Russian and Kazakh names, and one teacher,
     * Nurtaev, whom resolution found in three documents. A table, as the archive's register would give it.
     */
    protected static final LinkedFacets LINKED = new LinkedFacets() {
        private final Map<String, String> places = Map.of("семипалатинск", "Q-semey", "семей", "Q-semey");
        private final Set<String> nurtaev = Set.of("ru-arrest", "en-quotas", "en-school");

        @Override
        public Collection<String> placesIn(StoredDocument document) {
            String text = document.searchable().toLowerCase(Locale.ROOT);
            return places.entrySet().stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue)
                    .distinct().toList();
        }

        @Override
        public Optional<String> placeId(String typed) {
            return Optional.ofNullable(places.get(typed.toLowerCase(Locale.ROOT)));
        }

        @Override
        public Collection<String> personsIn(String documentId) {
            return nurtaev.contains(documentId) ? List.of("p-nurtaev") : List.of();
        }

        @Override
        public Set<String> documentsOfPerson(String typed) {
            return Set.of("p-nurtaev", "nurtaev", "нуртаев").contains(typed.toLowerCase(Locale.ROOT)) ? nurtaev : Set.of();
        }

        @Override
        public String label(String dimension, String value) {
            return value.equals("p-nurtaev") ? "Nurtaev" : value;
        }
    };

    @BeforeAll
    void build() {
        index = open(folder.resolve("index"), LINKED);
        add("kk-famine", "kk", "txt", null, "Ақмола облысында 1931 жылы ашаршылық басталды. Ауыл тұрғындары көшіп кетті.");
        add("ru-arrest", "ru", "txt", null, "В 1937 году учитель Нуртаев был арестован в Семипалатинске. Его семья уехала в аул.");
        add("en-quotas", "en", "md", "Grain quotas", "Grain quotas & taxes in 1930 drove herders from the steppe."
                + " Nurtaev wrote about the quotas.");
        add("en-school", "en", "pdf", null, "A teacher named Nurtaev opened a school in 1925. The school had forty pupils.");
        add("ru-farms", "ru", "html", null, "Коллективизация в 1930 году изменила жизнь кочевников степи.");
        index.commit();
    }

    @AfterAll
    void close() {
        index.close();
    }

    private void add(String id, String language, String format, String title, String text) {
        index.index(new StoredDocument(id, id + "." + format, id + "." + format, "0".repeat(64), format, language,
                new Provenance(title, null, null, null, null, null, List.of()), text, text, List.of(), Map.of(),
                text.length(), "2026-01-01T00:00:00Z"));
    }

    private SearchResults search(String query, int limit) {
        return index.search(SearchRequest.of(QueryParser.parse(query), limit));
    }

    private List<String> found(String query) {
        return search(query, 10).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void wordsInEveryScriptFindTheSameDocuments() {
        assertThat(found("Nurtaev")).containsExactlyInAnyOrder("ru-arrest", "en-quotas", "en-school");
        assertThat(found("Нуртаев")).containsExactlyInAnyOrder("ru-arrest", "en-quotas", "en-school");
        assertThat(index.count()).isEqualTo(5);
    }

    @Test
    void phrasesPrefixesOrAndExclusion() {
        assertThat(found("\"grain quotas\"")).containsExactly("en-quotas");
        assertThat(found("\"quotas grain\"")).isEmpty();
        assertThat(found("коллектив*")).containsExactly("ru-farms");
        // the thesaurus also searches аул as the Kazakh ауыл
        assertThat(found("pupils OR аул")).containsExactlyInAnyOrder("en-school", "ru-arrest", "kk-famine");
        assertThat(found("pupils OR taxes")).containsExactlyInAnyOrder("en-school", "en-quotas");
        assertThat(found("Nurtaev -pupils")).containsExactlyInAnyOrder("ru-arrest", "en-quotas");
        assertThat(found("Nurtaev AND herders")).containsExactly("en-quotas");
        assertThat(found("-Nurtaev")).containsExactlyInAnyOrder("kk-famine", "ru-farms");
    }

    @Test
    void fieldsSelectByYearLanguageKindTitlePlaceAndPerson() {
        assertThat(found("year:1937")).containsExactly("ru-arrest");
        assertThat(found("year:[1925 TO 1930]")).containsExactlyInAnyOrder("en-quotas", "en-school", "ru-farms");
        assertThat(found("year:{1925 TO 1930]")).containsExactlyInAnyOrder("en-quotas", "ru-farms");
        assertThat(found("decade:1920s")).containsExactly("en-school");
        assertThat(found("lang:RU")).containsExactlyInAnyOrder("ru-arrest", "ru-farms");
        assertThat(found("kind:pdf")).containsExactly("en-school");
        assertThat(found("title:grain")).containsExactly("en-quotas");
        assertThat(found("place:Семей")).containsExactly("ru-arrest");
        assertThat(found("person:Нуртаев")).containsExactlyInAnyOrder("ru-arrest", "en-quotas", "en-school");
        assertThat(found("person:p-nurtaev lang:en")).containsExactlyInAnyOrder("en-quotas", "en-school");
        assertThat(found("person:Nobody")).isEmpty();
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() {
        SearchResults results = search("Nurtaev", 1);
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.hits()).hasSize(1);
        assertThat(results.facets().get(SearchFacets.LANGUAGE)).containsExactlyInAnyOrder(
                new SearchFacets.Count("en", 2), new SearchFacets.Count("ru", 1));
        assertThat(results.facets().get(SearchFacets.PERSON)).containsExactly(
                new SearchFacets.Count("p-nurtaev", "Nurtaev", 3));
        assertThat(index.search(SearchRequest.of(QueryParser.parse("Nurtaev"), 1).withFacets(List.of())).facets())
                .isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatingAHit() {
        SearchRequest request = SearchRequest.of(QueryParser.parse("Nurtaev OR кочевников OR ашаршылық"), 2);
        List<String> paged = new ArrayList<>();
        SearchResults page = index.search(request);
        long total = page.total();
        while (true) {
            page.hits().forEach(h -> paged.add(h.id()));
            if (page.next() == null || page.hits().isEmpty()) break;
            page = index.search(request.after(page));
        }
        List<String> all = index.search(SearchRequest.of(request.query(), 10)).hits().stream().map(SearchHit::id).toList();
        assertThat(total).isEqualTo(5);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void theLastPageSaysThereIsNoNextOneEvenWhenItIsFull() {
        // 5 hits in pages of 5, then of 4: a full last page has no next, and a page before the last has one
        SearchRequest whole = SearchRequest.of(QueryParser.parse("Nurtaev OR кочевников OR ашаршылық"), 5);
        SearchResults only = index.search(whole);
        assertThat(only.hits()).hasSize(5);
        assertThat(only.next()).isNull();
        SearchRequest fours = SearchRequest.of(whole.query(), 4);
        SearchResults first = index.search(fours);
        assertThat(first.next()).isNotNull();
        SearchResults second = index.search(fours.after(first));
        assertThat(second.hits()).hasSize(1);
        assertThat(second.next()).isNull();
    }

    @Test
    void passagesMarkTheMatchedWordsAsOffsets() {
        SearchHit hit = search("\"grain quotas\"", 1).hits().getFirst();
        assertThat(hit.passages()).isNotEmpty();
        List<String> marked = new ArrayList<>();
        for (SearchHit.Passage p : hit.passages()) {
            for (SearchHit.Mark m : p.marks()) marked.add(p.text().substring(m.start(), m.end()));
        }
        assertThat(marked).isNotEmpty().allSatisfy(w -> assertThat(w.toLowerCase(Locale.ROOT)).isIn("grain", "quotas",
                "grain quotas"));
        assertThat(SnippetHtml.html(hit.passages())).contains("<mark>").contains("&amp;");
    }

    @Test
    void theResultsSayTheQueryCanonically() {
        assertThat(search("Nurtaev   -pupils", 1).query()).isEqualTo("Nurtaev -pupils");
    }
}
