package org.tarikh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tarikh.archive.Archive;
import org.tarikh.bench.corpus.Corpus;
import org.tarikh.search.SearchFeature;
import org.tarikh.search.SearchIndex;

/**
 * Search before and after the richer analysis, on the same stored documents: for each set of
 * {@link SearchFeature}s an index is built from the archive's store (timed: documents read back from the store,
 * analysed and indexed), then the query mix is run on every index in turn, round after round, so that a change of
 * load on the machine falls on all of them alike. Searches are the index's own (the query parsed, then
 * {@code SearchIndex.search(request)} of 10 hits: parsing, thesaurus expansion where on, exact totals, facets including persons and places, highlighted snippets),
 * without the persons-above-documents look-up that {@link Archive#search} adds.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class SearchFeaturesBenchmark {

    /** One set of features: how long its index took to build, its size, its latencies and hits. */
    public record Row(Set<SearchFeature> features, double buildSeconds, long indexBytes, long documents,
                      Latencies latencies, long totalHits, List<String> zeroHitQueries) {
        public Row {
            features = Set.copyOf(features);
            zeroHitQueries = List.copyOf(zeroHitQueries);
        }

        public String name() {
            if (features.isEmpty()) return "plain words (before)";
            if (features.equals(SearchFeature.ALL)) return "stems+keys+thesaurus+near (after)";
            return String.join("+", features.stream().sorted().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
    }

    private final PrintStream progress;

    public SearchFeaturesBenchmark(PrintStream progress) {
        this.progress = progress;
    }

    public List<Row> run(Path archiveFolder, Path work, List<Set<SearchFeature>> sets, List<String> queries, int rounds) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be >= 1, not " + rounds);
        List<SearchIndex> indexes = new ArrayList<>();
        List<double[]> builds = new ArrayList<>();
        try (Archive archive = Archive.open(archiveFolder, false)) {
            for (int i = 0; i < sets.size(); i++) {
                Path folder = work.resolve("features-" + i);
                try {
                    Corpus.deleteTree(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException("clearing " + folder, e);
                }
                progress.printf(java.util.Locale.ROOT, "  building the index with %s from the store …%n", sets.get(i));
                System.gc();
                long t0 = System.nanoTime();
                SearchIndex index = archive.buildIndex(folder, sets.get(i));
                double seconds = (System.nanoTime() - t0) / 1e9;
                indexes.add(index);
                builds.add(new double[] {seconds, size(folder), index.count()});
                progress.printf(java.util.Locale.ROOT, "  … %,d documents in %.1f s, %.1f MB%n", index.count(), seconds,
                        size(folder) / 1e6);
            }
            // one untimed pass per index: totals, and the JIT and caches warmed for all alike
            List<Map<String, Long>> totals = new ArrayList<>();
            for (SearchIndex index : indexes) {
                Map<String, Long> t = new LinkedHashMap<>();
                for (String q : queries) t.put(q, index.search(org.tarikh.search.SearchRequest.of(org.tarikh.search.query.QueryParser.parse(q), SearchBenchmark.LIMIT)).total());
                totals.add(t);
            }
            long[][] nanos = new long[indexes.size()][queries.size() * rounds];
            int n = 0;
            for (int round = 0; round < rounds; round++) {
                for (String q : queries) {
                    for (int i = 0; i < indexes.size(); i++) {
                        long t0 = System.nanoTime();
                        indexes.get(i).search(org.tarikh.search.SearchRequest.of(org.tarikh.search.query.QueryParser.parse(q), SearchBenchmark.LIMIT));
                        nanos[i][n] = System.nanoTime() - t0;
                    }
                    n++;
                }
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < indexes.size(); i++) {
                Map<String, Long> t = totals.get(i);
                rows.add(new Row(sets.get(i), builds.get(i)[0], (long) builds.get(i)[1], (long) builds.get(i)[2],
                        Latencies.of(nanos[i]), t.values().stream().mapToLong(Long::longValue).sum(),
                        t.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList()));
            }
            return rows;
        } finally {
            for (SearchIndex index : indexes) index.close();
        }
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
