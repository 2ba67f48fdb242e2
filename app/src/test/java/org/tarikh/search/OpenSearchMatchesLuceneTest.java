package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/**
 * The same archive indexed by Lucene and by the three-node OpenSearch cluster answers every kind of query alike:
 * the same documents with the same scores in the same order, the same totals, facets (persons and places too),
 * snippets, thesaurus expansions and near-spelling retries, and the same message for a query that cannot be read.
 * (Typed phrases and near spellings: the same documents, not the same scores; see {@link #bothEnginesAnswerAlike}.)
 */
@Tag("cluster")
class OpenSearchMatchesLuceneTest {
    @TempDir static Path folder;
    static Archive archive;
    static SearchIndex lucene;
    static OpenSearchIndex cluster;

    @BeforeAll
    static void build() throws Exception {
        OpenSearchCluster nodes = OpenSearchCluster.shared();
        Path docs = Files.createDirectories(folder.resolve("docs"));
        write(docs.resolve("ryskulov-ru.txt"), "Рыскулов Турар Рыскулович, уроженец Семиречья, в 1926 году служил в "
                + "Москве. Его арестовали 21.09.1937, а 10 февраля 1938 года приговор был исполнен.");
        write(docs.resolve("ryskulov-en.txt"), "In 1933 Turar Ryskulov sent Stalin a letter on the hunger in the "
                + "steppe. Near Semipalatinsk whole auls had died out; the Alash Orda leaders were long gone.");
        write(docs.resolve("ryskulov-kk.txt"), "Тұрар Рысқұлов ашаршылық жайында хат жолдады. Семей өңірінде "
                + "аштық ауыр тиді, 1932 жылы ауылдар босап қалды.");
        write(docs.resolve("seifullin-kk.txt"), "Сәкен Сейфуллиннің тағдыры 1938 жылы үзілді; ақын 1957 жылы ақталды."
                + " Ол ақын әрі мемлекет қайраткері еді.");
        write(docs.resolve("famine-en.md"), "---\ntitle: Hunger on the steppe\n---\nThe famine of 1931 and 1932 "
                + "emptied the steppe after collectivisation. Saken Seifullin wrote of the aul and was shot in "
                + "Alma-Ata. The famine is remembered every May.");
        write(docs.resolve("famine-ru.txt"), "Голод 1931–1933 годов в Казахстане стоил жизни огромному числу людей. "
                + "Причиной голода была коллективизация и насильственное оседание кочевников.");
        write(docs.resolve("lekerov-en.txt"), "A clerk named Lekerov kept the register of Akmolinsk in 1930; his "
                + "ledger lists collective farms of the district.");
        write(docs.resolve("lekerov-ru.txt"), "Писарь Лекеров вёл книгу учёта в Акмолинске; в книге указаны колхозы"
                + " и число хозяйств на 4 апреля 1930 года.");
        archive = Archive.open(folder.resolve("archive"), true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        archive.resolvePersons();
        lucene = archive.buildIndex((keyer, linked) -> LuceneSearchIndex.open(folder.resolve("lucene"), true, keyer,
                Thesaurus.load(), linked, SearchFeature.ALL));
        String alias = "contract-" + Long.toHexString(System.nanoTime());
        cluster = archive.buildIndex((keyer, linked) -> OpenSearchIndex.open(nodes.nodes(), alias, true, keyer,
                Thesaurus.load(), linked, SearchFeature.ALL));
    }

    @AfterAll
    static void close() {
        if (cluster != null) cluster.close();
        if (lucene != null) lucene.close();
        if (archive != null) archive.close();
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Stream<String> queries() {
        return Stream.of(
                // plain words: stems, keys across scripts, thesaurus, dates, names, places, function words
                "famine", "Сейфуллин", "Seifullin", "Lekerov", "Лекеров", "ашаршылық", "голод", "коллективизация",
                "Turar Ryskulov", "Тұрар Рысқұлов", "Семей", "1937", "1938", "4 апреля 1930", "where was Seifullin",
                "hunger steppe auls", "aul",
                // syntax: phrases, prefixes, boolean operators, exclusion, fields, ranges
                "\"the famine\"", "\"Турар Рыскулов\"", "колл*", "famine OR голод", "famine -steppe",
                "famine AND NOT collectivisation", "title:hunger", "lang:ru", "lang:KK", "year:1937",
                "year:[1930 TO 1932]", "decade:1930s", "kind:md", "person:Рыскулов", "person:\"Turar Ryskulov\"",
                "place:Семипалатинск", "place:Акмола", "lang:en famine", "(famine OR голод) AND year:1932",
                // near spellings (OCR damage) and queries that find nothing
                "Сейфуллнн", "colectivisation", "qqqzzz");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void bothEnginesAnswerAlike(String query) {
        SearchResults expected = search(lucene, query, 50);
        SearchResults actual = search(cluster, query, 50);
        assertThat(actual.total()).as("total of %s", query).isEqualTo(expected.total());
        assertThat(actual.fuzzy()).as("near spellings of %s", query).isEqualTo(expected.fuzzy());
        assertThat(actual.expanded()).as("thesaurus of %s", query).isEqualTo(expected.expanded());
        assertThat(actual.facets()).as("facets of %s", query).isEqualTo(expected.facets());
        if (query.contains("\"") || expected.fuzzy()) {
            // a phrase of stacked terms sums the idf of the terms its shard holds, and a near spelling expands to
            // the nearest terms of each shard: the same documents, scored by each shard's own terms
            assertThat(ids(actual.hits())).as("hits of %s", query).containsExactlyInAnyOrderElementsOf(ids(expected.hits()));
        } else {
            assertSameRanking(query, expected.hits(), actual.hits());
        }
        Map<String, SearchHit> byId = new HashMap<>();
        actual.hits().forEach(h -> byId.put(h.id(), h));
        for (SearchHit hit : expected.hits()) {
            SearchHit other = byId.get(hit.id());
            assertThat(other.source()).isEqualTo(hit.source());
            assertThat(other.title()).isEqualTo(hit.title());
            assertThat(other.language()).isEqualTo(hit.language());
            assertThat(SnippetHtml.html(other.passages())).as("snippet of %s for %s", hit.source(), query)
                    .isEqualTo(SnippetHtml.html(hit.passages()));
        }
    }

    /** The same documents, each with its score (to float rounding), and the same order wherever the scores differ. */
    private static void assertSameRanking(String query, List<SearchHit> expected, List<SearchHit> actual) {
        assertThat(ids(actual)).as("hits of %s", query).containsExactlyInAnyOrderElementsOf(ids(expected));
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < actual.size(); i++) rank.put(actual.get(i).id(), i);
        for (int i = 0; i < expected.size(); i++) {
            SearchHit a = expected.get(i);
            float other = actual.get(rank.get(a.id())).score();
            assertThat(other).as("score of %s for %s", a.source(), query)
                    .isCloseTo(a.score(), org.assertj.core.data.Percentage.withPercentage(0.1));
            for (int j = i + 1; j < expected.size(); j++) {
                SearchHit b = expected.get(j);
                if (a.score() > b.score() * 1.002f) {
                    assertThat(rank.get(a.id())).as("%s before %s for %s", a.source(), b.source(), query)
                            .isLessThan(rank.get(b.id()));
                }
            }
        }
    }

    private static SearchResults search(SearchIndex index, String query, int limit) {
        return index.search(SearchRequest.of(org.tarikh.search.query.QueryParser.parse(query), limit));
    }

    private static List<String> ids(List<SearchHit> hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.id()));
        return ids;
    }

    @Test
    void everyQueryOfTheListFindsSomethingOnOneEngineAtLeastOnce() {
        // the comparison above would pass on two engines that find nothing: most queries must find documents
        long finding = queries().filter(q -> search(lucene, q, 5).total() > 0).count();
        assertThat(finding).isGreaterThanOrEqualTo(queries().count() - 2);
    }

    @Test
    void countsAndDeepPagesWalkEveryHitOnceInLucenesOrder() {
        assertThat(cluster.count()).isEqualTo(lucene.count()).isEqualTo(8);
        String query = "1930 OR 1931 OR 1932 OR 1933 OR 1937 OR 1938 OR famine";
        SearchResults all = search(lucene, query, 50);
        assertThat(all.total()).isGreaterThan(4);
        List<String> walked = new ArrayList<>();
        SearchRequest request = SearchRequest.of(org.tarikh.search.query.QueryParser.parse(query), 2);
        while (true) {
            SearchResults page = cluster.search(request);
            assertThat(page.total()).isEqualTo(all.total());
            page.hits().forEach(h -> walked.add(h.id()));
            if (page.next() == null) break;
            request = request.after(page);
        }
        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(all.hits()));
    }

    @Test
    void aCursorOfAnotherEngineIsRefusedWithAMessage() {
        String query = "famine OR голод";
        SearchRequest first = SearchRequest.of(org.tarikh.search.query.QueryParser.parse(query), 1);
        SearchResults lucenePage = lucene.search(first);
        assertThat(lucenePage.next()).isNotNull();
        assertThatThrownBy(() -> cluster.search(first.after(lucenePage)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a search cursor");
    }
}
