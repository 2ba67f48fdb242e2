package org.tarikh.search.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tarikh.search.SearchFeature;
import org.tarikh.search.SearchIndex;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.archive.IngestReport;
import org.tarikh.search.SearchHit;
import org.tarikh.search.SearchResults;

/**
 * Measures the archive's search against a judged query set: ingests the given folders into a temporary archive,
 * runs every query for its top 10 and computes recall@10, nDCG@10 (binary relevance) and R-precision, per
 * language of the query and overall, and lists the relevant documents missed.
 *
 * <p>Run by {@code SearchQualityTest} and by {@code tools/search-eval.sh}; as a program:
 * {@code SearchEvaluation judged-queries.tsv FOLDER...}. Not thread-safe (one run at a time per instance).
 */
public final class SearchEvaluation {
    static final int DEPTH = 10;

    /** The figures over a group of queries. */
    public record Figures(int queries, double recall, double ndcg, double rPrecision) {
        static Figures of(List<Outcome> outcomes) {
            int n = outcomes.size();
            return new Figures(n, outcomes.stream().mapToDouble(Outcome::recall).average().orElse(0),
                    outcomes.stream().mapToDouble(Outcome::ndcg).average().orElse(0),
                    outcomes.stream().mapToDouble(Outcome::rPrecision).average().orElse(0));
        }
    }

    /** What one query found. */
    public record Outcome(JudgedQuery judged, List<String> found, String error) {
        public Outcome {
            found = List.copyOf(found);
        }

        double recall() {
            return (double) found.stream().limit(DEPTH).filter(judged.relevant()::contains).count() / judged.relevant().size();
        }

        double rPrecision() {
            int r = judged.relevant().size();
            return (double) found.stream().limit(r).filter(judged.relevant()::contains).count() / r;
        }

        double ndcg() {
            double dcg = 0;
            for (int i = 0; i < Math.min(DEPTH, found.size()); i++) {
                if (judged.relevant().contains(found.get(i))) dcg += 1 / log2(i + 2);
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(DEPTH, judged.relevant().size()); i++) ideal += 1 / log2(i + 2);
            return dcg / ideal;
        }

        List<String> missed() {
            List<String> top = found.stream().limit(DEPTH).toList();
            return judged.relevant().stream().filter(d -> !top.contains(d)).sorted().toList();
        }

        private static double log2(int x) {
            return Math.log(x) / Math.log(2);
        }
    }

    /** All outcomes with their figures per language of query ({@code all} for the whole set). */
    public record Report(List<Outcome> outcomes, Map<String, Figures> byLanguage) {
        public Figures overall() {
            return byLanguage.get("all");
        }

        public void print(PrintStream out) {
            out.println("search evaluation: " + outcomes.size() + " judged queries, top " + DEPTH);
            out.println(String.format(Locale.ROOT, "%-6s %7s %10s %8s %12s", "lang", "queries", "recall@10", "nDCG@10", "R-precision"));
            byLanguage.forEach((lang, f) -> out.println(String.format(Locale.ROOT, "%-6s %7d %10.3f %8.3f %12.3f",
                    lang, f.queries(), f.recall(), f.ndcg(), f.rPrecision())));
            for (Outcome o : outcomes) {
                if (o.error() != null) out.println("  error  " + o.judged().query() + ": " + o.error());
                else if (!o.missed().isEmpty()) out.println("  missed " + o.judged().query() + " -> " + String.join(", ", o.missed()));
            }
        }
    }

    /**
     * The search features added one at a time, in the order they were built: plain words, then stems, name keys,
     * the thesaurus, near spellings (the last row is the archive's own search).
     */
    public static final List<Set<SearchFeature>> STEPS = List.of(
            SearchFeature.NONE,
            Set.of(SearchFeature.STEMS),
            Set.of(SearchFeature.STEMS, SearchFeature.KEYS),
            Set.of(SearchFeature.STEMS, SearchFeature.KEYS, SearchFeature.THESAURUS),
            SearchFeature.ALL);

    /** The archive's own search (persons above documents included) over the judged queries. */
    public Report run(List<JudgedQuery> queries, List<Path> folders) throws IOException {
        return runSteps(queries, folders, List.of()).own();
    }

    /** The archive's search, and the same documents searched with each set of features in {@code steps}. */
    public record Steps(Report own, Map<Set<SearchFeature>, Report> byFeatures) {
        public void print(PrintStream out) {
            out.println("what each part buys (same documents, same queries, one index per row):");
            out.println(String.format(Locale.ROOT, "%-34s %10s %8s %10s %10s %10s", "features", "recall@10", "nDCG@10",
                    "kk recall", "ru recall", "en recall"));
            byFeatures.forEach((features, r) -> out.println(String.format(Locale.ROOT, "%-34s %10.3f %8.3f %10.3f %10.3f %10.3f",
                    name(features), r.overall().recall(), r.overall().ndcg(), recall(r, "kk"), recall(r, "ru"), recall(r, "en"))));
        }

        private static double recall(Report r, String lang) {
            Figures f = r.byLanguage().get(lang);
            return f == null ? Double.NaN : f.recall();
        }

        static String name(Set<SearchFeature> features) {
            if (features.isEmpty()) return "plain words";
            if (features.equals(SearchFeature.ALL)) return "all (the archive's search)";
            return "+ " + features.stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" + "));
        }
    }

    public Steps runSteps(List<JudgedQuery> queries, List<Path> folders, List<Set<SearchFeature>> steps) throws IOException {
        Path temp = Files.createTempDirectory("tarikh-search-eval");
        try (Archive archive = Archive.open(temp.resolve("archive"), true)) {
            IngestReport ingested = archive.ingest(folders, Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            if (!ingested.rejected().isEmpty()) throw new IllegalStateException("rejected while ingesting: " + ingested.rejected());
            Report own = evaluate(queries, q -> archive.search(q, DEPTH));
            Map<Set<SearchFeature>, Report> byFeatures = new LinkedHashMap<>();
            int n = 0;
            for (Set<SearchFeature> features : steps) {
                try (SearchIndex index = archive.buildIndex(temp.resolve("index-" + n++), features)) {
                    byFeatures.put(features, evaluate(queries, q -> index.search(org.tarikh.search.SearchRequest.of(org.tarikh.search.query.QueryParser.parse(q), DEPTH))));
                }
            }
            return new Steps(own, byFeatures);
        } finally {
            deleteTree(temp);
        }
    }

    private static Report evaluate(List<JudgedQuery> queries, Function<String, SearchResults> search) {
        List<Outcome> outcomes = new ArrayList<>();
        for (JudgedQuery q : queries) {
            try {
                SearchResults results = search.apply(q.query());
                outcomes.add(new Outcome(q, results.hits().stream().map(SearchEvaluation::basename).toList(), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(q, List.of(), e.getMessage()));
            }
        }
        Map<String, List<Outcome>> groups = new TreeMap<>();
        for (Outcome o : outcomes) groups.computeIfAbsent(o.judged().language(), k -> new ArrayList<>()).add(o);
        Map<String, Figures> figures = new LinkedHashMap<>();
        groups.forEach((lang, list) -> figures.put(lang, Figures.of(list)));
        figures.put("all", Figures.of(outcomes));
        return new Report(outcomes, figures);
    }

    private static String basename(SearchHit hit) {
        return Path.of(hit.source()).getFileName().toString();
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SearchEvaluation judged-queries.tsv FOLDER...");
            System.exit(1);
        }
        List<Path> folders = Stream.of(args).skip(1).map(Path::of).toList();
        Steps steps = new SearchEvaluation().runSteps(JudgedQuery.read(Path.of(args[0])), folders, STEPS);
        steps.own().print(System.out);
        steps.print(System.out);
    }
}
