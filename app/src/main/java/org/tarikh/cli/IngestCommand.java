package org.tarikh.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.archive.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = {
        "Reads files and folders (recursively) into the archive: plain text, Markdown with YAML front matter,",
        "HTML, PDF, DOCX, ODT, RTF, and scans by OCR (Tesseract): PNG, JPEG, TIFF (a multi-page TIFF is one",
        "document) and PDFs without a text layer, each page shown on standard error as it is read.",
        "Unchanged files are skipped; a changed file replaces its earlier version.",
        "A file that cannot be read is named with the reason and skipped; the rest goes in (exit status 2)."})
final class IngestCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to ingest")
    List<Path> paths;

    @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "32",
            description = "Refuse single files larger than this (default ${DEFAULT-VALUE} MB)")
    double maxDocumentMb;

    @Option(names = "--json", description = "Print the summary as one JSON line on standard output")
    boolean json;

    @Override
    public Integer call() {
        if (maxDocumentMb <= 0) throw new org.tarikh.TarikhException("--max-document-mb must be positive, not " + maxDocumentMb);
        try (Archive archive = this.archive.open(true);
             Progress progress = new Progress()) {
            IngestReport report = archive.ingest(paths, (long) (maxDocumentMb * 1024 * 1024), progress);
            progress.close();
            summarize(report);
            if (archive.indexDeferred()) {
                // a shared archive whose index another process still writes: that one indexes these, or the next open
                Streams.err().println(archive.pendingIndexChanges() + " stored changes wait for the search index, which "
                        + "another ingesting process holds; it indexes them, or the next ingest does");
            }
            return report.rejected().isEmpty() ? Main.DONE : Main.SOME_REJECTED;
        }
    }

    private void summarize(IngestReport report) {
        var err = Streams.err();
        err.printf(Locale.ROOT, "ingested %d new, %d replaced, %d unchanged, %d duplicate, %d rejected "
                        + "(%.1f MB in %.1f s)%n", report.added(), report.replaced(), report.unchanged(),
                report.duplicates(), report.rejected().size(), report.bytes() / 1e6, report.elapsedMillis() / 1e3);
        if (report.passedOverCount() > 0) {
            StringBuilder kinds = new StringBuilder();
            report.passedOver().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> kinds.append(kinds.isEmpty() ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey()));
            int n = report.passedOverCount();
            err.printf(Locale.ROOT, "passed over %d file%s in formats Tarikh does not read (%s); it reads %s%n",
                    n, n == 1 ? "" : "s", kinds, org.tarikh.ingest.SourceReader.readableExtensions());
        }
        IngestReport.Ocr ocr = report.ocr();
        if (ocr.pages() > 0) {
            err.printf(Locale.ROOT, "read by OCR: %d page%s of %d scan%s, mean word confidence %.1f, %.2f s per page%n",
                    ocr.pages(), ocr.pages() == 1 ? "" : "s", ocr.documents(), ocr.documents() == 1 ? "" : "s",
                    ocr.meanConfidence(), ocr.secondsPerPage());
            String noRepair = org.tarikh.text.OcrRepair.shared().problem();
            if (noRepair != null) err.println("OCR letters were not repaired: " + noRepair);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("archive", archive.folder().toString());
            out.put("added", report.added());
            out.put("replaced", report.replaced());
            out.put("unchanged", report.unchanged());
            out.put("duplicates", report.duplicates());
            out.put("rejected", report.rejected().stream()
                    .map(r -> Map.of("source", r.source(), "reason", r.reason())).toList());
            out.put("passed_over", report.passedOver());
            out.put("bytes", report.bytes());
            out.put("seconds", report.elapsedMillis() / 1e3);
            Map<String, Object> scans = new LinkedHashMap<>();
            scans.put("documents", ocr.documents());
            scans.put("pages", ocr.pages());
            scans.put("mean_confidence", Math.round(ocr.meanConfidence() * 10) / 10.0);
            scans.put("seconds_per_page", Math.round(ocr.secondsPerPage() * 100) / 100.0);
            out.put("ocr", scans);
            Streams.jsonLine(out);
        }
    }

    /** A progress bar on an interactive terminal; on a pipe, only the lines about problems. */
    private static final class Progress implements IngestListener, AutoCloseable {
        private final boolean terminal = "1".equals(System.getProperty("tarikh.tty"));
        private ProgressBar bar;

        @Override
        public void started(int files) {
            if (terminal && files > 1) {
                bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(Streams.err()))
                        .setUpdateIntervalMillis(200).build();
            }
        }

        @Override
        public void finished(String source, Outcome outcome, String detail) {
            if (outcome == Outcome.REJECTED) {
                Streams.err().println("rejected " + source + ": " + detail);
            } else if (outcome == Outcome.DUPLICATE) {
                Streams.err().println("skipped " + source + ": " + detail);
            }
            if (bar != null && !(outcome == Outcome.REJECTED && detail != null && detail.startsWith("no such"))) bar.step();
        }

        @Override
        public void page(String source, int page, int pages, String languages, double confidence, double seconds) {
            String line = String.format(Locale.ROOT, "OCR %s: page %d of %d (%s, confidence %.0f, %.1f s)", source,
                    page, pages, languages, confidence, seconds);
            if (bar != null) bar.setExtraMessage(line);
            else Streams.err().println(line);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
