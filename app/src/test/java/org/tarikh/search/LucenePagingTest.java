package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.search.query.QueryParser;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Provenance;

/**
 * A reader paging through a result while the archive takes in documents: the next page goes on from the index as it
 * was for the first one, so no hit is repeated or skipped because documents were replaced or added between pages
 * (both move Lucene's document numbers and change the scores a cursor holds).
 */
class LucenePagingTest {
    @TempDir Path folder;

    @Test
    void pagesReadWhileDocumentsAreReplacedAndAddedNeitherRepeatNorSkipAHit() {
        try (SearchIndex index = LuceneSearchIndex.open(folder, true, new NameKeyer()::key, Thesaurus.load(),
                LinkedFacets.NONE, SearchFeature.ALL)) {
            Map<String, String> texts = new java.util.HashMap<>();
            for (int i = 0; i < 12; i++) texts.put("d" + i, text(i));
            texts.forEach((id, text) -> add(index, id, text));
            index.commit();
            SearchRequest request = SearchRequest.of(QueryParser.parse("teacher"), 3);
            List<String> atFirst = index.search(SearchRequest.of(request.query(), 100)).hits().stream()
                    .map(SearchHit::id).toList();
            assertThat(atFirst).hasSize(12);

            List<String> paged = new ArrayList<>();
            SearchResults page = index.search(request);
            int round = 0;
            while (true) {
                page.hits().forEach(h -> paged.add(h.id()));
                if (page.next() == null) break;
                // between two pages: the hits just shown are stored again and new matching documents come in
                for (SearchHit h : page.hits()) add(index, h.id(), texts.get(h.id()));
                texts.put("new" + round, "The teacher teacher teacher of the new school " + round + ".");
                add(index, "new" + round, texts.get("new" + round));
                index.commit();
                round++;
                page = index.search(request.after(page));
            }
            assertThat(paged).as("the pages, in order, of the index as it was for the first page")
                    .containsExactlyElementsOf(atFirst);
            assertThat(index.search(SearchRequest.of(request.query(), 100)).total())
                    .as("a new search sees the documents added meanwhile").isEqualTo(12 + round);
        }
    }

    @Test
    void aCursorThatIsNoCursorOfThisIndexIsNamed() {
        try (SearchIndex index = LuceneSearchIndex.open(folder, true, new NameKeyer()::key, Thesaurus.load(),
                LinkedFacets.NONE, SearchFeature.ALL)) {
            add(index, "d0", text(0));
            index.commit();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LuceneSearchIndex.Cursor.read("3f80.0"))
                    .hasMessageContaining("'3f80.0' is not a search cursor");
        }
    }

    /** Texts that score differently for "teacher": i + 1 times the word in a text of growing length. */
    private static String text(int i) {
        return "A village school had a teacher" + " and the teacher".repeat(i % 4) + " in year " + (1920 + i)
                + ". " + "Pupils came from far away. ".repeat(1 + i % 3);
    }

    private static void add(SearchIndex index, String id, String text) {
        index.index(new StoredDocument(id, id + ".txt", id + ".txt", "0".repeat(64), "txt", "en",
                new Provenance(null, null, null, null, null, null, List.of()), text, text, List.of(), Map.of(),
                text.length(), "2026-01-01T00:00:00Z"));
    }
}
