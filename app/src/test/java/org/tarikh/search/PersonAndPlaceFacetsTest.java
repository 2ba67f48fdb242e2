package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.resolve.ResolvedPerson;

/** Facets and field queries by person and place, in any script or period name, on a real archive. */
class PersonAndPlaceFacetsTest {
    @TempDir static Path folder;
    static Archive archive;

    @BeforeAll
    static void ingest() throws Exception {
        Path docs = Files.createDirectories(folder.resolve("docs"));
        write(docs.resolve("ru-card.txt"), "Рыскулов Турар Рыскулович родился в 1894 году. В 1926 году работал в "
                + "Москве. Арестован в 1937 году в Москве, расстрелян 10 февраля 1938 года.");
        write(docs.resolve("en-note.txt"), "Turar Ryskulov wrote to Stalin about the famine in 1933. In Semipalatinsk "
                + "the famine was at its worst; Alash Orda had been dissolved long before.");
        write(docs.resolve("kk-note.txt"), "Тұрар Рысқұлов ашаршылық туралы хат жазды. Семей өңірінде аштық қатты болды.");
        write(docs.resolve("other.txt"), "Смагул Садвокасов работал в Алма-Ате. Турар Рыскулов назван в честь него?"
                + " Нет: это другой человек, Мухтар Ауэзов, писал в Алма-Ате.");
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

    private static String ryskulovId() {
        return archive.persons().stream().filter(p -> p.names().stream().anyMatch(n -> n.contains("Ryskulov")))
                .map(ResolvedPerson::id).findFirst().orElseThrow();
    }

    @Test
    void personQueryFindsThePersonInEveryScriptByNameOrId() {
        List<String> all = List.of("ru-card.txt", "en-note.txt", "kk-note.txt", "other.txt");
        assertThat(found("person:Рыскулов")).containsExactlyInAnyOrderElementsOf(all);
        assertThat(found("person:\"Turar Ryskulov\"")).containsExactlyInAnyOrderElementsOf(all);
        assertThat(found("person:" + ryskulovId())).containsExactlyInAnyOrderElementsOf(all);
        assertThat(found("famine person:Рысқұлов")).containsExactlyInAnyOrder("en-note.txt", "kk-note.txt");
        assertThat(found("person:Садвокасов")).containsExactly("other.txt");
        assertThat(found("person:Nobodyknown")).isEmpty();
    }

    @Test
    void placeQueryFindsThePlaceUnderItsOtherNames() {
        assertThat(found("place:Семипалатинск")).containsExactlyInAnyOrder("en-note.txt", "kk-note.txt");
        assertThat(found("place:Semey")).containsExactlyInAnyOrder("en-note.txt", "kk-note.txt");
        assertThat(found("place:1519422")).containsExactlyInAnyOrder("en-note.txt", "kk-note.txt");
        assertThat(found("place:\"Alma-Ata\"")).containsExactly("other.txt");
        assertThat(found("place:Moskva")).containsExactly("ru-card.txt");
        assertThat(found("place:Nowhereville")).isEmpty();
    }

    @Test
    void facetsCountPersonsAndPlacesWithTheirNames() {
        SearchResults results = archive.search("Рыскулов", 1);
        assertThat(results.total()).isEqualTo(4);
        List<SearchFacets.Count> persons = results.facets().get(SearchFacets.PERSON);
        assertThat(persons).first().satisfies(c -> {
            assertThat(c.value()).isEqualTo(ryskulovId());
            assertThat(c.label()).containsAnyOf("Ryskulov", "Рыскулов", "Рысқұлов");
            assertThat(c.count()).isEqualTo(4);
        });
        assertThat(results.facets().get(SearchFacets.PLACE)).extracting(SearchFacets.Count::label)
                .contains("Semey", "Moscow", "Almaty");
        assertThat(results.facets().get(SearchFacets.PLACE)).filteredOn(c -> c.label().equals("Semey"))
                .singleElement().extracting(SearchFacets.Count::count).isEqualTo(2L);
    }

    @Test
    void personLabelsFollowTheScriptOfTheQuery() {
        assertThat(personLabel("Рысқұлов")).isEqualTo("Тұрар Рысқұлов");
        assertThat(personLabel("Рыскулов")).isEqualTo("Рыскулов Турар Рыскулович");
        assertThat(personLabel("Ryskulov")).isEqualTo("Turar Ryskulov");
        assertThat(archive.search("Turar Ryskulov", 10).persons()).first()
                .extracting(PersonHit::name).isEqualTo("Turar Ryskulov");
        assertThat(archive.search("Тұрар Рысқұлов", 10).persons()).first()
                .extracting(PersonHit::name).isEqualTo("Тұрар Рысқұлов");
    }

    private static String personLabel(String query) {
        return archive.search(query, 10).facets().get(SearchFacets.PERSON).stream()
                .filter(c -> c.value().equals(ryskulovId())).findFirst().orElseThrow().label();
    }

    @Test
    void aPlaceNamedWithACapitalComesBeforeTheSameWordInLowerCase(@TempDir Path other) throws Exception {
        // Russian "семей" (of families) is the Kazakh name of Semey written small
        Path docs = Files.createDirectories(other.resolve("docs"));
        write(docs.resolve("ru-families.txt"), "В 1931 году сотни семей были высланы, и многие семьи погибли в пути.");
        write(docs.resolve("kk-semey.txt"), "1917 жылы Семей қаласында Алаш үкіметі құрылды.");
        write(docs.resolve("en-semipalatinsk.txt"), "In 1917 Semipalatinsk became the seat of the Alash government.");
        try (Archive a = Archive.open(other.resolve("archive"), true)) {
            a.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            List<String> town = a.search("Семей", 10).hits().stream()
                    .map(h -> Path.of(h.source()).getFileName().toString()).toList();
            assertThat(town).hasSize(3);
            assertThat(town.subList(0, 2)).containsExactlyInAnyOrder("kk-semey.txt", "en-semipalatinsk.txt");
            List<String> families = a.search("семей", 10).hits().stream()
                    .map(h -> Path.of(h.source()).getFileName().toString()).toList();
            assertThat(families).contains("ru-families.txt");
        }
    }

    @Test
    void namesOfPeopleAndOfMovementsAreNotTakenForPlaces() {
        // "Alash Orda" is not the town once called Орда, and a person is not the village named after him
        SearchResults results = archive.search("Alash", 10);
        assertThat(results.facets().get(SearchFacets.PLACE)).extracting(SearchFacets.Count::label)
                .containsExactly("Semey");
    }

    @Test
    void personFacetsFollowANewResolutionWithoutReindexing(@TempDir Path other) throws Exception {
        Path first = Files.createDirectories(other.resolve("first"));
        Path second = Files.createDirectories(other.resolve("second"));
        write(first.resolve("a.txt"), "Сәкен Сейфуллин 1938 жылы атылды.");
        write(second.resolve("b.txt"), "Saken Seifullin was shot in 1938. Ilyas Zhansugurov was shot the same year.");
        try (Archive a = Archive.open(other.resolve("archive"), true)) {
            a.ingest(List.of(first), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            assertThat(a.search("1938", 10).facets().get(SearchFacets.PERSON)).singleElement()
                    .extracting(SearchFacets.Count::count).isEqualTo(1L);
            a.ingest(List.of(second), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            List<SearchFacets.Count> persons = a.search("1938", 10).facets().get(SearchFacets.PERSON);
            assertThat(persons).hasSize(2);
            assertThat(persons.get(0).count()).isEqualTo(2L);
            assertThat(persons.get(0).label()).containsAnyOf("Seifullin", "Сейфуллин");
        }
    }

    @Test
    void anIndexBuiltWithOtherFeaturesIsOutdatedAndRebuiltFromTheStore() throws Exception {
        Path other = folder.resolve("plain-index");
        try (SearchIndex plain = archive.buildIndex(other, SearchFeature.NONE)) {
            assertThat(plain.count()).isEqualTo(4);
            assertThat(plain.outdated()).isFalse();
            // plain words: the Kazakh spelling does not meet the Russian one
            assertThat(plain.search(org.tarikh.search.SearchRequest.of(org.tarikh.search.query.QueryParser.parse("Рысқұлов"), 10)).total()).isEqualTo(1);
        }
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(other, true, new org.tarikh.lexicon.NameKeyer()::key,
                Thesaurus.load(), LinkedFacets.NONE, SearchFeature.ALL)) {
            assertThat(reopened.outdated()).isTrue();
            reopened.clear();
            assertThat(reopened.count()).isZero();
            assertThat(reopened.outdated()).isFalse();
        }
        assertThat(archive.search("Рысқұлов", 10).total()).isEqualTo(4);
        assertThat(Set.copyOf(found("Рысқұлов"))).hasSize(4);
    }
}
