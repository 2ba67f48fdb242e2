package org.tarikh.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tarikh.archive.Archive;
import org.tarikh.search.SearchFeature;
import org.tarikh.archive.IngestReport;
import org.tarikh.bench.corpus.Corpus;

/**
 * The benchmark harness ({@code bench/run.sh}): generates (or reuses) a corpus, ingests it into a fresh archive,
 * indexes the same files with plain Lucene for reference, compares analysis alone, and times searches. Prints a
 * readable block and, as its last line, one JSON object for the record. See BENCHMARKS.md.
 */
public final class BenchMain {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM_UP_FILES = 1_000;

    private BenchMain() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(BenchOptions.USAGE);
            return;
        }
        String home = System.getProperty("tarikh.home", System.getProperty("user.dir"));
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args), Path.of(home, "bench", "out"));
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        String command = System.getProperty("bench.command", "bench " + String.join(" ", args));
        String date = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Machine machine = Machine.current();
        out.printf(Locale.ROOT, "Tarikh benchmark, %s%n  %s%n", date, command);

        out.printf(Locale.ROOT, "corpus: %,d documents, seed %d …%n", options.docs(), options.seed());
        Corpus corpus = Corpus.prepare(options.out(), options.docs(), options.seed());
        List<IngestReport.Rejection> problems = new ArrayList<>();
        List<Path> files = Archive.collect(List.of(corpus.folder()), problems).stream().map(Archive.Input::file).toList();
        if (!problems.isEmpty() || files.size() != corpus.docs()) {
            throw new IllegalStateException("the corpus in " + corpus.folder() + " lists " + files.size()
                    + " files for " + corpus.docs() + " documents " + problems + "; delete the folder to regenerate it");
        }
        out.printf(Locale.ROOT, "  %s (%s), %.1f MB%n", corpus.folder(),
                corpus.reused() ? "reused" : String.format(Locale.ROOT, "generated in %.1f s", corpus.generationSeconds()),
                corpus.bytes() / 1e6);

        Path archiveFolder = options.out().resolve("archive-n" + options.docs());
        Path plainFolder = options.out().resolve("plain-n" + options.docs());
        AnalysisComparison.Figures analysis = null;
        double loadBefore = Machine.currentLoadAverage();
        List<IngestRound> rounds = new ArrayList<>();
        if (options.reuseArchive()) {
            if (!Files.exists(archiveFolder.resolve("tarikh.db"))) {
                throw new IllegalStateException("--reuse-archive: no archive at " + archiveFolder
                        + "; run once without --reuse-archive to build it");
            }
            out.printf(Locale.ROOT, "reusing the archive at %s (an outdated index is rebuilt from the store) …%n", archiveFolder);
            long t0 = System.nanoTime();
            try (Archive upgraded = Archive.open(archiveFolder, true)) {
                out.printf(Locale.ROOT, "  open (and any index rebuild): %.1f s, %,d documents%n",
                        (System.nanoTime() - t0) / 1e9, upgraded.documentCount());
            }
        } else {
            out.printf(Locale.ROOT, "warm-up: plain Lucene on %,d files in memory …%n", Math.min(WARM_UP_FILES, files.size()));
            PlainLuceneReference plain = new PlainLuceneReference();
            plain.warmUp(files.subList(0, Math.min(WARM_UP_FILES, files.size())));
            // rounds of both, the order alternating (plain first in odd rounds), so that neither side always runs
            // at the moment the machine is busier; each round's ratio compares two measurements minutes apart
            for (int round = 1; round <= options.ingestRounds(); round++) {
                boolean plainFirst = round % 2 == 0;
                PlainLuceneReference.Figures plainFigures = null;
                List<PlainLuceneReference.Figures> passes = List.of();
                TarikhIngestBenchmark.Figures tarikhFigures = null;
                for (int side = 0; side < 2; side++) {
                    System.gc();
                    if ((side == 0) == plainFirst) {
                        out.printf(Locale.ROOT, "round %d: plain Lucene (passes until %d s) …%n", round, options.plainSeconds());
                        passes = plain.runFor(files, plainFolder, options.plainSeconds());
                        plainFigures = PlainLuceneReference.median(passes);
                    } else {
                        out.printf(Locale.ROOT, "round %d: tarikh ingest …%n", round);
                        Corpus.deleteTree(archiveFolder);
                        tarikhFigures = new TarikhIngestBenchmark(out).run(corpus.folder(), archiveFolder);
                    }
                }
                rounds.add(new IngestRound(round, plainFirst, tarikhFigures, plainFigures, passes,
                        Machine.currentLoadAverage()));
            }
            if (options.analysisSample() > 0) {
                out.println("analysis only …");
                analysis = new AnalysisComparison().run(files.subList(0, Math.min(options.analysisSample(), files.size())));
            }
        }
        SearchBenchmark.Figures search = null;
        List<SearchFeaturesBenchmark.Row> features = List.of();
        if (!options.skipSearch()) {
            out.println("search …");
            System.gc();
            search = new SearchBenchmark().run(archiveFolder, QueryMix.QUERIES, options.rounds());
            out.println("search before and after the richer analysis, same documents …");
            features = new SearchFeaturesBenchmark(out).run(archiveFolder, options.out(),
                    List.of(SearchFeature.NONE, SearchFeature.ALL), QueryMix.QUERIES, options.rounds());
        }
        double loadAfter = Machine.currentLoadAverage();

        int warmUp = options.warmUpRounds();
        printBlock(out, command, date, machine, corpus, rounds, warmUp, analysis, search, features, loadBefore, loadAfter);
        out.println(json(command, date, machine, corpus, rounds, warmUp, analysis, search, features, loadBefore, loadAfter));
    }

    private static void printBlock(PrintStream out, String command, String date, Machine machine,
                                   Corpus corpus, List<IngestRound> rounds, int warmUp, AnalysisComparison.Figures analysis,
                                   SearchBenchmark.Figures search, List<SearchFeaturesBenchmark.Row> features,
                                   double loadBefore, double loadAfter) {
        out.println();
        out.println("== Tarikh benchmark ==================================================");
        out.printf(Locale.ROOT, "date      %s%ncommand   %s%n", date, command);
        out.printf(Locale.ROOT, "machine   %d cores (availableProcessors), max heap %s, %s%n", machine.cores(),
                machine.heapText(), machine.os());
        out.printf(Locale.ROOT, "          CPU %s%n          JDK %s%n", machine.cpu(), machine.jdk());
        out.printf(Locale.ROOT, "          load average (1 min) %.2f before ingest, %.2f after search%n", loadBefore, loadAfter);
        out.printf(Locale.ROOT, "corpus    %,d documents, %.1f MB, seed %d; formats %s; languages %s%n", corpus.docs(),
                corpus.bytes() / 1e6, corpus.seed(), corpus.byFormat(), corpus.byLanguage());
        out.println();
        for (IngestRound r : rounds) printIngest(out, r);
        if (rounds.size() > 1) {
            printRatios(out, rounds, "ratio     over %d rounds");
            if (warmUp > 0 && rounds.size() > warmUp) {
                printRatios(out, rounds.subList(warmUp, rounds.size()),
                        "ratio     over the %d rounds after " + warmUp + " warm-up round" + (warmUp == 1 ? "" : "s"));
            }
        }
        if (analysis != null) {
            out.printf(Locale.ROOT, "analysis  %,d files, one thread: StandardAnalyzer %.1f MB/s; Tarikh %.1f MB/s (query-time analysis %.1f s, index-time analysis %.1f s); ratio %.3f%n",
                    analysis.docs(), analysis.standardMegabytesPerSecond(), analysis.tarikhMegabytesPerSecond(),
                    analysis.wordsSeconds(), analysis.keysSeconds(), analysis.ratio());
        }
        if (search == null) {
            out.println("======================================================================");
            return;
        }
        Latencies l = search.latencies();
        out.printf(Locale.ROOT, "search    Archive.search(q, %d), %d queries x %d rounds after one warm-up pass:%n",
                SearchBenchmark.LIMIT, search.queries(), search.rounds());
        out.printf(Locale.ROOT, "          median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f queries/s (one client)%n",
                l.medianMs(), l.p90Ms(), l.p99Ms(), l.maxMs(), l.queriesPerSecond());
        out.printf(Locale.ROOT, "          queries with no hit: %s%n", search.zeroHitQueries());
        for (String f : search.failures()) out.println("          refused: " + f);
        out.printf(Locale.ROOT, "features  the same documents indexed from the store once per feature set; SearchIndex.search(q, %d), the rounds interleaved:%n",
                SearchBenchmark.LIMIT);
        for (SearchFeaturesBenchmark.Row r : features) {
            Latencies fl = r.latencies();
            out.printf(Locale.ROOT, "          %-36s build %.1f s (%,.0f docs/s), index %.0f MB; median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; hits summed %,d; no hit: %d queries%n",
                    r.name(), r.buildSeconds(), r.documents() / r.buildSeconds(), r.indexBytes() / 1e6, fl.medianMs(),
                    fl.p90Ms(), fl.p99Ms(), fl.maxMs(), r.totalHits(), r.zeroHitQueries().size());
        }
        out.println("======================================================================");
    }

    private static void printRatios(PrintStream out, List<IngestRound> rounds, String heading) {
        double[] ratios = rounds.stream().mapToDouble(IngestRound::ratio).sorted().toArray();
        out.printf(Locale.ROOT, heading + ": min %.4f, median %.4f, max %.4f (Tarikh / plain, MB/s, each round's own pair)%n",
                ratios.length, ratios[0], median(ratios), ratios[ratios.length - 1]);
        double[] cpu = rounds.stream().mapToDouble(IngestRound::cpuRatio).sorted().toArray();
        out.printf(Locale.ROOT, "          per CPU second: min %.4f, median %.4f, max %.4f%n", cpu[0], median(cpu), cpu[cpu.length - 1]);
        double[] jit = rounds.stream().mapToDouble(r -> r.tarikh().jitSeconds()).sorted().toArray();
        double[] used = rounds.stream().mapToDouble(r -> r.tarikh().cpuSeconds()).sorted().toArray();
        out.printf(Locale.ROOT, "          JIT compiling during Tarikh's ingest: median %.1f s (min %.1f, max %.1f) of a median %.1f s of CPU%n",
                median(jit), jit[0], jit[jit.length - 1], median(used));
    }

    private static void printIngest(PrintStream out, IngestRound round) {
        TarikhIngestBenchmark.Figures ingest = round.tarikh();
        PlainLuceneReference.Figures reference = round.plain();
        Throughput t = ingest.throughput();
        Throughput p = reference.throughput();
        out.printf(Locale.ROOT, "round %d   (%s first; load average %.2f after it)%n", round.round(),
                round.plainFirst() ? "plain Lucene" : "Tarikh", round.loadAfter());
        out.printf(Locale.ROOT, "ingest    Tarikh Archive.ingest: %,.0f docs/s, %.2f MB/s, %.1f s wall (ingest %.1f s, of which resolution after the last file %.2f s, + close %.1f s; open %.1f s not counted)%n",
                t.docsPerSecond(), t.megabytesPerSecond(), t.seconds(), ingest.ingestSeconds(), ingest.resolveSeconds(),
                ingest.closeSeconds(), ingest.openSeconds());
        out.printf(Locale.ROOT, "          stored %,d, duplicates %,d, rejected %,d%n", ingest.added(), ingest.duplicates(), ingest.rejected());
        for (String r : ingest.firstRejections()) out.println("            rejected: " + r);
        out.printf(Locale.ROOT, "reference plain Lucene StandardAnalyzer, median of %d passes (MB/s %s): %,.0f docs/s, %.2f MB/s, %.1f s wall (reading %.1f s, indexing %.1f s)%n",
                round.passes().size(), round.passes().stream()
                        .map(f -> String.format(Locale.ROOT, "%.2f", f.throughput().megabytesPerSecond())).toList(),
                p.docsPerSecond(), p.megabytesPerSecond(), p.seconds(), reference.readSeconds(), reference.indexSeconds());
        out.printf(Locale.ROOT, "ratio     Tarikh / plain (MB/s): %.4f  (%.1fx slower); against plain indexing alone: %.4f%n",
                round.ratio(), 1 / round.ratio(), ratio(t, reference.indexOnly()));
        out.printf(Locale.ROOT, "          per CPU second of the process (Tarikh %.1f s on its pool, plain %.1f s on one thread): %.4f%n",
                ingest.cpuSeconds(), reference.cpuSeconds(), round.cpuRatio());
        out.printf(Locale.ROOT, "          JIT compiling during Tarikh's ingest: %.1f s (summed over the compiler threads)%n",
                ingest.jitSeconds());
    }

    /** One round of the ingest comparison: Tarikh's ingest and plain Lucene's passes over the same files. */
    private record IngestRound(int round, boolean plainFirst, TarikhIngestBenchmark.Figures tarikh,
                               PlainLuceneReference.Figures plain, List<PlainLuceneReference.Figures> passes,
                               double loadAfter) {
        double ratio() {
            return BenchMain.ratio(tarikh.throughput(), plain.throughput());
        }

        /** MB per CPU second against MB per CPU second: hardly moved by other processes, and no credit for the pool. */
        double cpuRatio() {
            return plain.cpuSeconds() / tarikh.cpuSeconds();
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double ratio(Throughput tarikh, Throughput plain) {
        return tarikh.megabytesPerSecond() / plain.megabytesPerSecond();
    }

    private static String json(String command, String date, Machine machine, Corpus corpus,
                               List<IngestRound> all, int warmUp, AnalysisComparison.Figures analysis, SearchBenchmark.Figures search,
                               List<SearchFeaturesBenchmark.Row> features, double loadBefore, double loadAfter)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", "tarikh").put("date", date).put("command", command);
        ObjectNode m = root.putObject("machine");
        m.put("cores", machine.cores()).put("maxHeapBytes", machine.maxHeapBytes()).put("os", machine.os())
                .put("cpu", machine.cpu()).put("jdk", machine.jdk()).put("loadBefore", loadBefore).put("loadAfter", loadAfter);
        ObjectNode c = root.putObject("corpus");
        c.put("docs", corpus.docs()).put("seed", corpus.seed()).put("bytes", corpus.bytes()).put("reused", corpus.reused());
        c.set("byFormat", JSON.valueToTree(corpus.byFormat()));
        c.set("byLanguage", JSON.valueToTree(corpus.byLanguage()));
        // the top-level figures are those of the rounds after the warm-up ones; every round is listed
        List<IngestRound> rounds = all.size() > warmUp ? all.subList(warmUp, all.size()) : all;
        if (!rounds.isEmpty()) {
            root.put("warmUpRounds", warmUp);
            double[] every = all.stream().mapToDouble(IngestRound::ratio).sorted().toArray();
            root.put("ratioAllRounds", round4(median(every)));
            // the top-level figures are the round of median ratio (the lower middle one of an even count)
            List<IngestRound> byRatio = new ArrayList<>(rounds);
            byRatio.sort(java.util.Comparator.comparingDouble(IngestRound::ratio));
            IngestRound mid = byRatio.get((byRatio.size() - 1) / 2);
            putIngest(root, mid);
            double[] ratios = byRatio.stream().mapToDouble(IngestRound::ratio).toArray();
            root.put("ratioTarikhToPlain", round4(median(ratios)));
            root.put("ratioMin", round4(ratios[0])).put("ratioMax", round4(ratios[ratios.length - 1]));
            double[] cpu = rounds.stream().mapToDouble(IngestRound::cpuRatio).sorted().toArray();
            root.put("ratioPerCpuSecond", round4(median(cpu)));
            root.put("ratioTarikhToPlainIndexingOnly", round4(ratio(mid.tarikh().throughput(), mid.plain().indexOnly())));
            var list = root.putArray("ingestRounds");
            for (IngestRound r : all) {
                ObjectNode o = list.addObject();
                o.put("round", r.round()).put("warmUp", r.round() <= warmUp).put("plainFirst", r.plainFirst())
                        .put("loadAfter", r.loadAfter());
                putIngest(o, r);
                o.put("ratio", round4(r.ratio())).put("ratioPerCpuSecond", round4(r.cpuRatio()));
            }
        } else {
            root.put("reusedArchive", true);
        }
        if (analysis != null) {
            ObjectNode a = root.putObject("analysis");
            a.put("docs", analysis.docs()).put("bytes", analysis.bytes())
                    .put("standardMBps", round(analysis.standardMegabytesPerSecond()))
                    .put("tarikhMBps", round(analysis.tarikhMegabytesPerSecond()))
                    .put("tarikhTextSeconds", round(analysis.wordsSeconds()))
                    .put("tarikhKeysSeconds", round(analysis.keysSeconds()))
                    .put("ratio", round(analysis.ratio()));
        }
        if (search == null) return JSON.writeValueAsString(root);
        ObjectNode s = root.putObject("search");
        Latencies l = search.latencies();
        s.put("queries", search.queries()).put("rounds", search.rounds()).put("limit", SearchBenchmark.LIMIT)
                .put("medianMs", round(l.medianMs())).put("p90Ms", round(l.p90Ms())).put("p99Ms", round(l.p99Ms()))
                .put("maxMs", round(l.maxMs())).put("queriesPerSecond", round(l.queriesPerSecond()));
        s.set("zeroHitQueries", JSON.valueToTree(search.zeroHitQueries()));
        s.put("refused", search.failures().size());
        var f = root.putArray("searchByFeatures");
        for (SearchFeaturesBenchmark.Row r : features) {
            Latencies fl = r.latencies();
            ObjectNode row = f.addObject();
            row.put("features", r.name()).put("buildSeconds", round(r.buildSeconds())).put("indexBytes", r.indexBytes())
                    .put("documents", r.documents()).put("medianMs", round(fl.medianMs())).put("p90Ms", round(fl.p90Ms()))
                    .put("p99Ms", round(fl.p99Ms())).put("maxMs", round(fl.maxMs())).put("totalHits", r.totalHits())
                    .set("zeroHitQueries", JSON.valueToTree(r.zeroHitQueries()));
        }
        return JSON.writeValueAsString(root);
    }

    private static void putIngest(ObjectNode node, IngestRound r) {
        TarikhIngestBenchmark.Figures ingest = r.tarikh();
        ObjectNode i = node.putObject("ingest");
        putThroughput(i, ingest.throughput());
        i.put("openSeconds", round(ingest.openSeconds())).put("ingestSeconds", round(ingest.ingestSeconds()))
                .put("closeSeconds", round(ingest.closeSeconds())).put("stored", ingest.added())
                .put("duplicates", ingest.duplicates()).put("rejected", ingest.rejected())
                .put("cpuSeconds", round(ingest.cpuSeconds())).put("jitSeconds", round(ingest.jitSeconds()))
                .put("resolveSeconds", round(ingest.resolveSeconds()));
        ObjectNode p = node.putObject("plainLucene");
        putThroughput(p, r.plain().throughput());
        p.put("readSeconds", round(r.plain().readSeconds())).put("indexSeconds", round(r.plain().indexSeconds()))
                .put("cpuSeconds", round(r.plain().cpuSeconds()));
        var passes = p.putArray("passesMBps");
        for (PlainLuceneReference.Figures f : r.passes()) passes.add(round(f.throughput().megabytesPerSecond()));
    }

    private static double round4(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    private static void putThroughput(ObjectNode node, Throughput t) {
        node.put("docs", t.docs()).put("bytes", t.bytes()).put("seconds", round(t.seconds()))
                .put("MBps", round(t.megabytesPerSecond())).put("docsPerSecond", round(t.docsPerSecond()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
