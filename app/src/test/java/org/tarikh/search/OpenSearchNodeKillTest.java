package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.search.query.QueryParser;

/**
 * A node of the three-node cluster killed with SIGKILL in the middle of a bounded loop of searches: no search fails
 * and none answers in part (every one finds what it found before the kill), since the index keeps a replica of each
 * shard on another node and the client retries on a live node. The node is started again afterwards.
 */
@Tag("cluster")
class OpenSearchNodeKillTest {
    private static final int SEARCHES = 200;
    private static final int KILL_AT = 40;

    @TempDir Path folder;

    @Test
    void aNodeKilledDuringASearchLoopFailsNoSearch() throws Exception {
        OpenSearchCluster nodes = OpenSearchCluster.shared();
        Path docs = Files.createDirectories(folder.resolve("docs"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(docs.resolve("note-" + i + ".txt"), "Record " + i + " of the district office, "
                    + (1925 + i % 12) + ": the famine reached aul " + i + (i % 3 == 0 ? "; the herds were taken" : "")
                    + (i % 4 == 0 ? ". Голод в ауле номер " + i : "") + ".", StandardCharsets.UTF_8);
        }
        List<String> queries = List.of("famine", "herds taken", "голод", "year:1930", "aul OR district",
                "\"district office\"", "record -herds", "decade:1920s");
        try (Archive archive = Archive.open(folder.resolve("archive"), true)) {
            archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            String alias = "kill-" + Long.toHexString(System.nanoTime());
            try (OpenSearchIndex index = archive.buildIndex((keyer, linked) -> OpenSearchIndex.open(nodes.nodes(),
                    alias, true, keyer, Thesaurus.load(), linked, SearchFeature.ALL))) {
                assertThat(index.count()).isEqualTo(30);
                Map<String, Long> before = new LinkedHashMap<>();
                for (String q : queries) before.put(q, total(index, q));
                assertThat(before.values()).allMatch(n -> n > 0);
                List<String> failures = new ArrayList<>();
                CompletableFuture<Void> kill = null;
                try {
                    for (int i = 0; i < SEARCHES; i++) {
                        if (i == KILL_AT) kill = CompletableFuture.runAsync(() -> nodes.killNode(1));
                        String q = queries.get(i % queries.size());
                        try {
                            long found = total(index, q);
                            if (found != before.get(q)) failures.add(i + ": " + q + " found " + found + ", not " + before.get(q));
                        } catch (RuntimeException e) {
                            failures.add(i + ": " + q + " failed: " + e.getMessage());
                        }
                    }
                    kill.join();
                } finally {
                    if (kill != null) {
                        kill.join();
                        nodes.startNode(1);
                    }
                }
                assertThat(failures).isEmpty();
            }
        }
    }

    private static long total(SearchIndex index, String query) {
        return index.search(SearchRequest.of(QueryParser.parse(query), 5)).total();
    }
}
