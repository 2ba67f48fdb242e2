package org.tarikh.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.archive.IngestReport;

/**
 * Ingests a folder into a fresh archive with the real {@link Archive#ingest}, timing the opening (database
 * migration, index creation), the ingest call and the closing apart. The throughput counts the ingest call and the
 * close (the index's last flush), not the opening, which is a fixed cost per archive.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class TarikhIngestBenchmark {
    /**
     * @param throughput       bytes and documents stored, over ingest + close time
     * @param firstRejections  up to five rejected files with the reason, to tell a broken corpus from a slow one
     * @param cpuSeconds       CPU time of the whole process over ingest + close ({@link Machine#processCpuSeconds})
     * @param jitSeconds       of which the JIT compilers spent compiling ({@link Machine#jitSeconds})
     * @param resolveSeconds   wall time of the resolution of the persons after the last file
     *                         ({@link Archive#resolutionSeconds}), part of the ingest time
     */
    public record Figures(Throughput throughput, double openSeconds, double ingestSeconds, double closeSeconds,
                          int added, int duplicates, int rejected, List<String> firstRejections, double cpuSeconds,
                          double jitSeconds, double resolveSeconds) {
        public Figures {
            firstRejections = List.copyOf(firstRejections);
        }
    }

    private final PrintStream progress;

    public TarikhIngestBenchmark(PrintStream progress) {
        this.progress = progress;
    }

    public Figures run(Path corpusFolder, Path archiveFolder) {
        return run(corpusFolder, archiveFolder, org.tarikh.archive.ArchiveConfig.embedded());
    }

    /** As {@link #run(Path, Path)} into a new archive on the store and search of {@code config}. */
    public Figures run(Path corpusFolder, Path archiveFolder, org.tarikh.archive.ArchiveConfig config) {
        long t0 = System.nanoTime();
        Archive archive = Archive.open(archiveFolder, config, true);
        long t1 = System.nanoTime();
        double cpu1 = Machine.processCpuSeconds();
        double jit1 = Machine.jitSeconds();
        var stems = org.tarikh.search.analysis.WordStems.cacheStats();
        IngestReport report;
        long t2;
        double resolve;
        try {
            report = archive.ingest(List.of(corpusFolder), Archive.DEFAULT_MAX_DOCUMENT_BYTES, new Progress(t1));
            t2 = System.nanoTime();
            resolve = archive.resolutionSeconds();
        } finally {
            archive.close();
        }
        long t3 = System.nanoTime();
        double cpu3 = Machine.processCpuSeconds();
        double jit3 = Machine.jitSeconds();
        var stemmed = org.tarikh.search.analysis.WordStems.cacheStats().minus(stems);
        progress.printf(Locale.ROOT, "  stems of words: %,d look-ups, %.1f%% answered by the cache%n",
                stemmed.requestCount(), 100 * stemmed.hitRate());
        List<String> rejections = new ArrayList<>();
        for (IngestReport.Rejection r : report.rejected()) {
            if (rejections.size() < 5) rejections.add(r.source() + ": " + r.reason());
        }
        return new Figures(new Throughput(report.bytes(), report.stored(), (t3 - t1) / 1e9), (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, (t3 - t2) / 1e9, report.added(), report.duplicates(), report.rejected().size(),
                rejections, cpu3 - cpu1, jit1 < 0 || jit3 < 0 ? -1 : jit3 - jit1, resolve);
    }

    /** Prints a line at every tenth of the files, so a long run can be followed in its log. */
    private final class Progress implements IngestListener {
        private final long started;
        private int total;
        private int done;

        Progress(long started) {
            this.started = started;
        }

        @Override
        public void started(int files) {
            total = files;
        }

        @Override
        public void finished(String source, Outcome outcome, String detail) {
            done++;
            if (total >= 10 && done % (total / 10) == 0) {
                progress.printf(Locale.ROOT, "  tarikh ingest: %,d / %,d files, %.1f s%n", done, total,
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
