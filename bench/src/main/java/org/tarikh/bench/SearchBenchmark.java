package org.tarikh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.search.SearchResults;

/**
 * Search latency on the real {@link Archive#search} (parsing, scoring with exact totals, the first ten hits with
 * their highlighted snippets), the archive opened read-only as the command line opens it: one untimed pass through
 * the queries, then {@code rounds} timed passes, one query at a time.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class SearchBenchmark {
    public static final int LIMIT = 10;

    /**
     * @param totals   matching documents per query (from the untimed pass), to see that the queries hit
     * @param failures queries the archive refused, with the message
     */
    public record Figures(Latencies latencies, int queries, int rounds, Map<String, Long> totals,
                          List<String> failures) {
        public Figures {
            totals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
            failures = List.copyOf(failures);
        }

        public List<String> zeroHitQueries() {
            return totals.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        }
    }

    public Figures run(Path archiveFolder, List<String> queries, int rounds) {
        return run(archiveFolder, org.tarikh.archive.ArchiveConfig.embedded(), queries, rounds);
    }

    /** As {@link #run(Path, List, int)} on the archive of {@code config} (PostgreSQL and OpenSearch, or embedded). */
    public Figures run(Path archiveFolder, org.tarikh.archive.ArchiveConfig config, List<String> queries, int rounds) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be >= 1, not " + rounds);
        Map<String, Long> totals = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> working = new ArrayList<>();
        try (Archive archive = Archive.open(archiveFolder, config, false)) {
            for (String query : queries) {
                try {
                    SearchResults results = archive.search(query, LIMIT);
                    totals.put(query, results.total());
                    working.add(query);
                } catch (TarikhException | IllegalArgumentException e) {
                    failures.add(query + ": " + e.getMessage());
                }
            }
            if (working.isEmpty()) throw new IllegalStateException("every query failed: " + failures);
            long[] nanos = new long[working.size() * rounds];
            int n = 0;
            for (int round = 0; round < rounds; round++) {
                for (String query : working) {
                    long t0 = System.nanoTime();
                    archive.search(query, LIMIT);
                    nanos[n++] = System.nanoTime() - t0;
                }
            }
            return new Figures(Latencies.of(nanos), working.size(), rounds, totals, failures);
        }
    }
}
