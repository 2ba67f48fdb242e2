package org.tarikh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tarikh.archive.Archive;
import org.tarikh.archive.ArchiveConfig;
import org.tarikh.bench.corpus.Corpus;
import org.tarikh.bench.corpus.CorpusGenerator;
import org.tarikh.bench.corpus.GeneratedDocument;
import org.tarikh.extract.Mention;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.store.StoredDocument;

/**
 * The archive on PostgreSQL + OpenSearch against the embedded one (SQLite + Lucene), in one run (issue 12):
 * <ol>
 *   <li><b>Ingest</b>: the same generated files ({@link Corpus}, {@code --ingest-docs}) through the real
 *       {@link Archive#ingest} into a new embedded archive, then into a new archive on the cluster: docs/s and MB/s
 *       of both.</li>
 *   <li><b>Search at size</b>: for each of {@code --sizes}, an archive of that many generated documents loaded through
 *       the archive's bulk path, {@link Archive#storeExtracted(List)} (the store, the outbox, the index, committed in
 *       batches), then the harness's query mix ({@link QueryMix}, {@link SearchBenchmark}) on it, opened read-only.
 *       The embedded archive is loaded and searched at the first size only, as the reference.</li>
 * </ol>
 * A loaded document is the text of generated document {@code i} of {@link CorpusGenerator} (the file's text as the
 * generator writes it, not prepared: no paragraphs, provenance or language detection; its language is the
 * generator's) followed by the sentences naming its four generated persons, which are stored as its document persons
 * ({@link ResolutionBenchmark.Generator}); extraction does not run, so the load measures the store and the index,
 * not the extractors. Persons are not resolved by default ({@code --resolve} resolves the whole archive once after the
 * load and times it): the archive then has documents and document persons, no persons.
 *
 * <p>Loading stops early at {@code --until HH:MM} (UTC) and the archive is searched as loaded; the report says how
 * many documents it held. The cluster is the one {@code TARIKH_DATABASE} and {@code TARIKH_SEARCH} name (bench/run.sh
 * starts one under bench/out when they are unset); each archive gets a new database on that server and its own
 * index alias.
 *
 * <p>Usage: {@code ./bench/run.sh cluster [--sizes 100000,1000000] [--ingest-docs 1000] [--rounds 3] [--batch 1000]
 * [--seed 42] [--until 16:50] [--resolve] [--no-bulk-mode] [--out DIR]}. The load runs inside
 * {@link Archive#bulkLoad()} (on OpenSearch: no replicas until its end, then the wait for green, counted in the
 * load's time) unless {@code --no-bulk-mode}.
 */
public final class ClusterBenchmark {
    private final PrintStream out;
    private final Path work;
    private final ArchiveConfig cluster;
    private final String stamp = Long.toString(System.currentTimeMillis() / 1000 % 10_000_000, 36);

    private final boolean bulkMode;

    private ClusterBenchmark(PrintStream out, Path work, ArchiveConfig cluster, boolean bulkMode) {
        this.bulkMode = bulkMode;
        this.out = out;
        this.work = work;
        this.cluster = cluster;
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = {100_000, 1_000_000};
        int ingestDocs = 1000;
        int rounds = 3;
        int batch = 1000;
        long seed = 42;
        LocalTime until = null;
        boolean resolve = false;
        boolean bulkMode = true;
        Path work = Path.of(System.getProperty("tarikh.home", "."), "bench", "out");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(s -> s.replace("_", ""))
                        .mapToInt(Integer::parseInt).toArray();
                case "--ingest-docs" -> ingestDocs = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--until" -> until = LocalTime.parse(args[++i]);
                case "--resolve" -> resolve = true;
                case "--no-bulk-mode" -> bulkMode = false;
                case "--out" -> work = Path.of(args[++i]);
                default -> {
                    System.err.println("bench cluster: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        ArchiveConfig cluster = ArchiveConfig.choose(null, null, System.getenv());
        if (cluster.embeddedDatabase() || cluster.embeddedSearch()) {
            System.err.println("bench cluster: set TARIKH_DATABASE and TARIKH_SEARCH (tools/cluster.sh up DIR prints"
                    + " them), or run it through ./bench/run.sh cluster, which starts a cluster when they are unset");
            System.exit(2);
        }
        new ClusterBenchmark(System.out, work.toAbsolutePath().normalize().resolve("cluster-bench"), cluster, bulkMode)
                .run(sizes, ingestDocs, rounds, batch, seed, until, resolve);
    }

    private void run(int[] sizes, int ingestDocs, int rounds, int batch, long seed, LocalTime until, boolean resolve)
            throws IOException {
        Machine machine = Machine.current();
        out.printf(Locale.ROOT, "# Cluster against embedded archive, %s%n#   %s%n",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                System.getProperty("bench.command", "ClusterBenchmark"));
        out.printf(Locale.ROOT, "# machine: %d cores, max heap %s, %s; CPU %s; JDK %s%n", machine.cores(),
                machine.heapText(), machine.os(), machine.cpu(), machine.jdk());
        out.printf(Locale.ROOT, "# cluster: database %s, search %s%n", cluster.describeDatabase(), cluster.describeSearch());
        Corpus.deleteTree(work);
        Files.createDirectories(work);

        if (ingestDocs > 0) ingest(ingestDocs, seed);
        int largest = Arrays.stream(sizes).max().orElseThrow();
        Source source = new Source(new CorpusGenerator(seed), new ResolutionBenchmark.Generator(largest, seed));
        Loading embedded = new Loading("embedded", work.resolve("embedded"), ArchiveConfig.embedded(), source);
        Loading onCluster = new Loading("cluster", work.resolve("cluster"), freshDatabase("bench_load"), source);
        Latencies reference = null;
        boolean stopped = false;
        for (int k = 0; k < sizes.length && !stopped; k++) {
            int size = sizes[k];
            List<Loading> loading = k == 0 ? List.of(embedded, onCluster) : List.of(onCluster);
            out.printf(Locale.ROOT, "%n## Load to %,d documents: %s, Archive.storeExtracted in batches of %,d%s%n", size,
                    k == 0 ? "the embedded and the cluster archive, batch for batch, each on its own thread at the same time" : "the cluster archive",
                    batch, until == null ? "" : ", stopping at " + until + " UTC");
            stopped = loadTo(loading, size, batch, until);
            boolean last = k == sizes.length - 1 || stopped;
            for (Loading l : loading) l.finish(resolve, l == onCluster && !last);
            if (k == 0) reference = search(embedded, rounds, null);
            search(onCluster, rounds, reference);
        }
        if (stopped) out.printf(Locale.ROOT, "# stopped: the load reached --until %s; larger sizes not run%n", until);
    }

    // ----------------------------------------------------------------------------------------------------- ingest

    private void ingest(int docs, long seed) {
        Corpus corpus = Corpus.prepare(work.getParent(), docs, seed);
        out.printf(Locale.ROOT, "%n## Ingest: %,d generated files, %.1f MB (%s), Archive.ingest into a new archive%n",
                corpus.docs(), corpus.bytes() / 1e6, corpus.folder());
        TarikhIngestBenchmark bench = new TarikhIngestBenchmark(out);
        // warm-up, not counted: the first archive of a JVM pays class loading, JIT and the models' first use
        Corpus warm = Corpus.prepare(work.getParent(), Math.min(20, docs), seed + 1);
        out.printf(Locale.ROOT, "warm-up: %,d other files into a throwaway embedded archive (not counted) …%n", warm.docs());
        bench.run(warm.folder(), work.resolve("ingest-warm-up"), ArchiveConfig.embedded());
        double load0 = Machine.currentLoadAverage();
        TarikhIngestBenchmark.Figures embedded = bench.run(corpus.folder(), work.resolve("ingest-embedded"), ArchiveConfig.embedded());
        double load1 = Machine.currentLoadAverage();
        TarikhIngestBenchmark.Figures onCluster = bench.run(corpus.folder(), work.resolve("ingest-cluster"), freshDatabase("bench_ingest"));
        double load2 = Machine.currentLoadAverage();
        out.println("| archive | stored | rejected | docs/s | MB/s | seconds (ingest + close) | open s | load average before → after |");
        out.println("|---|---|---|---|---|---|---|---|");
        row("SQLite + Lucene", embedded, load0, load1);
        row("PostgreSQL + OpenSearch (3 nodes)", onCluster, load1, load2);
        out.printf(Locale.ROOT, "ratio cluster / embedded (MB/s): %.3f%n",
                onCluster.throughput().megabytesPerSecond() / embedded.throughput().megabytesPerSecond());
        for (String r : embedded.firstRejections()) out.println("  rejected (embedded): " + r);
        for (String r : onCluster.firstRejections()) out.println("  rejected (cluster): " + r);
    }

    private void row(String name, TarikhIngestBenchmark.Figures f, double before, double after) {
        Throughput t = f.throughput();
        out.printf(Locale.ROOT, "| %s | %,d | %d | %.2f | %.3f | %.1f (%.1f + %.1f) | %.1f | %.1f → %.1f |%n", name, f.added(),
                f.rejected(), t.docsPerSecond(), t.megabytesPerSecond(), t.seconds(), f.ingestSeconds(), f.closeSeconds(),
                f.openSeconds(), before, after);
    }

    // ------------------------------------------------------------------------------------------------------- load

    /** The generated documents: texts of the corpus generator, persons of the resolution benchmark's generator. */
    private record Source(CorpusGenerator texts, ResolutionBenchmark.Generator persons) {
        Archive.Extracted document(int i) {
            return ClusterBenchmark.document(texts.generate(i), persons.document(i));
        }
    }

    /** An archive being loaded: what it holds and the time spent in its own calls. */
    private final class Loading {
        final String name;
        final Path folder;
        final ArchiveConfig config;
        final Source source;
        Archive archive;
        org.tarikh.search.SearchIndex.BulkLoad bulk;
        final Map<String, Integer> outcomes = new java.util.TreeMap<>();
        int shown;
        int documents;
        long bytes;
        long nanos;
        double loadBefore;

        Loading(String name, Path folder, ArchiveConfig config, Source source) {
            this.name = name;
            this.folder = folder;
            this.config = config;
            this.source = source;
        }

        void open() {
            if (archive == null) {
                long t0 = System.nanoTime();
                archive = Archive.open(folder, config, true);
                out.printf(Locale.ROOT, "  %s: opened in %.1f s (not counted)%n", name, (System.nanoTime() - t0) / 1e9);
            }
            if (bulk != null) return;
            long b0 = System.nanoTime();
            bulk = bulkMode ? archive.bulkLoad() : null;
            nanos += System.nanoTime() - b0;
            loadBefore = Machine.currentLoadAverage();
        }

        void add(int upTo) {
            List<Archive.Extracted> batch = new ArrayList<>(upTo - documents);
            long size = 0;
            for (int i = documents; i < upTo; i++) {
                Archive.Extracted doc = source.document(i);
                batch.add(doc);
                size += doc.document().byteSize();
            }
            long t0 = System.nanoTime();
            List<Archive.StoreOutcome> stored = archive.storeExtracted(batch);
            nanos += System.nanoTime() - t0;
            for (Archive.StoreOutcome o : stored) {
                outcomes.merge(o.outcome().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                if (o.detail() != null && shown++ < 5) {
                    out.println("  " + name + ": " + o.outcome() + " " + o.detail());
                }
            }
            documents = upTo;
            bytes += size;
        }

        double seconds() {
            return nanos / 1e9;
        }

        void progress(int target) {
            double rate = documents / seconds();
            out.printf(Locale.ROOT, "  %s: %,d / %,d documents, %.0f s in its calls, %.1f docs/s, %.3f MB/s, load %.1f%n",
                    name, documents, target, seconds(), rate, bytes / 1e6 / seconds(), Machine.currentLoadAverage());
        }

        /**
         * Ends a load (resolving its persons first with {@code --resolve}) and prints its figures; the archive is
         * closed unless {@code keepOpen} (a larger size follows). Reopening it for writing would first resolve every
         * document person the load left unresolved (what {@link Archive#open} does for documents a killed run
         * stored), which is not the load's work and takes far longer than the load at 100,000 documents.
         */
        void finish(boolean resolve, boolean keepOpen) {
            String bulkEnd = "";
            if (bulk != null) {
                long b0 = System.nanoTime();
                bulk.close(); // the index's replicas restored, the cluster green again: counted in the load
                bulk = null;
                double s = (System.nanoTime() - b0) / 1e9;
                nanos += (long) (s * 1e9);
                bulkEnd = String.format(Locale.ROOT, " (of which %.1f s ending the bulk mode: replicas back, green)", s);
            }
            String persons = "; persons not resolved (documents and their document persons only)";
            if (resolve) {
                long r0 = System.nanoTime();
                archive.resolveAllPersons();
                persons = String.format(Locale.ROOT, "; resolveAllPersons %.1f s, %,d persons", (System.nanoTime() - r0) / 1e9,
                        archive.persons().size());
            }
            long c0 = System.nanoTime();
            if (!keepOpen) {
                archive.close();
                archive = null;
            }
            out.printf(Locale.ROOT, "  %s: holds %,d documents (%.1f MB of text); outcomes %s; storeExtracted %.1f s%s: %.1f docs/s, %.3f MB/s; load average %.1f → %.1f; close %.1f s%s%n",
                    name, documents, bytes / 1e6, outcomes, seconds(), bulkEnd, documents / seconds(), bytes / 1e6 / seconds(), loadBefore,
                    Machine.currentLoadAverage(), (System.nanoTime() - c0) / 1e9, persons);
        }
    }

    /** Loads every archive batch for batch in turn up to {@code size}; true when {@code until} stopped it first. */
    private boolean loadTo(List<Loading> archives, int size, int batch, LocalTime until) {
        for (Loading l : archives) l.open();
        int step = Math.max(batch, size / 20);
        int from = archives.stream().mapToInt(l -> l.documents).min().orElse(0);
        for (int next = from; next < size; ) {
            int upTo = Math.min(size, next + batch);
            addInParallel(archives, upTo);
            if (upTo / step != next / step || upTo == size) for (Loading l : archives) l.progress(size);
            next = upTo;
            if (until != null && next < size && LocalTime.now(ZoneOffset.UTC).isAfter(until)) {
                out.printf(Locale.ROOT, "  --until %s reached at %,d documents; searching what is loaded%n", until, next);
                for (Loading l : archives) l.progress(size);
                return true;
            }
        }
        return false;
    }

    /**
     * Each archive takes the same batch on a thread of its own, at the same time: on a machine shared with other
     * processes the two loads get twice the CPU share of one thread, and each archive's figures count only its own
     * calls (both under the same load, the other archive's included).
     */
    private static void addInParallel(List<Loading> archives, int upTo) {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        for (Loading l : archives) {
            if (l.documents >= upTo) continue;
            Thread t = new Thread(() -> {
                try {
                    l.add(upTo);
                } catch (Throwable e) {
                    failed.add(e);
                }
            }, "load-" + l.name);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading", e);
            }
        }
        if (!failed.isEmpty()) throw new IllegalStateException("a load failed: " + failed.get(0), failed.get(0));
    }

    /**
     * The stored form of generated document {@code i}: the generator's text, then the sentences that name the
     * persons, whose mentions are moved to where those sentences now start.
     */
    static Archive.Extracted document(GeneratedDocument text, Archive.Extracted named) {
        StoredDocument n = named.document();
        String prefix = text.content().strip() + "\n\n";
        String body = prefix + n.text();
        List<DocumentPerson> persons = new ArrayList<>();
        for (DocumentPerson p : named.persons()) {
            List<Mention> mentions = p.mentions().stream()
                    .map(m -> new Mention(m.text(), m.start() + prefix.length(), m.end() + prefix.length())).toList();
            persons.add(new DocumentPerson(p.documentId(), p.source(), p.localId(), p.name(), p.parsed(), mentions));
        }
        StoredDocument doc = new StoredDocument(n.id(), n.source(), n.location(), n.contentHash(), n.format(),
                text.language().code(), n.provenance(), body, body, List.of(), Map.of(),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, n.ingestedAt());
        return new Archive.Extracted(doc, persons);
    }

    // ----------------------------------------------------------------------------------------------------- search

    private Latencies search(Loading archive, int rounds, Latencies reference) {
        String name = archive.name;
        double before = Machine.currentLoadAverage();
        SearchBenchmark.Figures f = new SearchBenchmark().run(archive.folder, archive.config, QueryMix.QUERIES, rounds);
        double after = Machine.currentLoadAverage();
        Latencies l = f.latencies();
        long hits = f.totals().values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "## Search, %s archive of %,d documents: %d queries x %d rounds after a warm-up pass: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f queries/s; hits summed %,d; no hit: %s; load average %.1f → %.1f%s%n",
                name, archive.documents, f.queries(), f.rounds(), l.medianMs(), l.p90Ms(), l.p99Ms(), l.maxMs(),
                l.queriesPerSecond(), hits, f.zeroHitQueries(), before, after,
                reference == null ? "" : String.format(Locale.ROOT, "; against the embedded archive: median %.2fx, p99 %.2fx",
                        l.medianMs() / reference.medianMs(), l.p99Ms() / reference.p99Ms()));
        for (String failure : f.failures()) out.println("  refused: " + failure);
        out.println("  hits per query: " + f.totals());
        return l;
    }

    // ------------------------------------------------------------------------------------------------- databases

    /** A configuration on a new database of the cluster's PostgreSQL server, with the cluster's search nodes. */
    private ArchiveConfig freshDatabase(String prefix) {
        ArchiveConfig.Database base = cluster.database();
        String name = prefix + "_" + stamp;
        try (Connection c = DriverManager.getConnection(base.jdbcUrl(), base.user(), base.password() == null ? "" : base.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + " on " + base.shown() + ": " + e.getMessage(), e);
        }
        return new ArchiveConfig(new ArchiveConfig.Database(base.user(), base.password(), base.host(), base.port(), name),
                cluster.search());
    }
}
