package org.tarikh.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.archive.register.RegisterReport;
import org.tarikh.bench.corpus.Corpus;
import org.tarikh.bench.corpus.RegisterGenerator;

/**
 * The register import benchmark ({@code bench/run.sh register}): ingests {@code --docs} generated documents into a
 * base archive once (untimed; kept under the working folder and copied afresh for each run), generates a register of {@code --rows} rows
 * ({@link RegisterGenerator}), and times the real {@link Archive#importRegister} of it into that archive: rows/s
 * over the whole call (read, parse, store, index, resolve the archive's persons, list rows for an editor), and how
 * many rows joined persons of the documents, were refused or listed for an editor. Prints a readable block and, as
 * its last line, one JSON object. See BENCHMARKS.md.
 */
public final class RegisterBenchmark {
    private RegisterBenchmark() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        int rows = 10_000, docs = 1_000;
        long seed = 42;
        Path home = Path.of(System.getProperty("tarikh.home", System.getProperty("user.dir")));
        Path work = home.resolve("bench").resolve("out");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i].replace(",", "").replace("_", ""));
                case "--docs" -> docs = Integer.parseInt(args[++i].replace(",", "").replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> work = Path.of(args[++i]);
                default -> {
                    System.err.println("bench register: unknown option " + args[i]
                            + "\nusage: bench/run.sh register [--rows 10000] [--docs 1000] [--seed 42] [--out DIR]");
                    System.exit(2);
                }
            }
        }
        String command = System.getProperty("bench.command", "bench register " + String.join(" ", args));
        out.printf(Locale.ROOT, "Tarikh register import benchmark, %s%n  %s%n",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), command);
        Machine machine = Machine.current();
        Corpus corpus = Corpus.prepare(work, docs, seed);
        // the documents are ingested once into a base archive (kept), copied afresh for each run's import
        Path baseFolder = work.resolve("register-base-n" + docs + "-s" + seed);
        Path archiveFolder = work.resolve("register-archive-n" + docs);
        deleteTree(archiveFolder);
        double ingestSeconds = 0;
        if (!Files.exists(baseFolder.resolve("ingested"))) {
            deleteTree(baseFolder);
            try (Archive base = Archive.open(baseFolder, true)) {
                long t0 = System.nanoTime();
                base.ingest(List.of(corpus.folder()), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
                ingestSeconds = (System.nanoTime() - t0) / 1e9;
            }
            Files.writeString(baseFolder.resolve("ingested"), "");
        }
        copyTree(baseFolder, archiveFolder);
        Path csv = work.resolve("register-r" + rows + "-s" + seed + ".csv");
        Files.writeString(csv, RegisterGenerator.csv(rows, seed), StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "register: %,d rows, %.1f MB, %s%n", rows, Files.size(csv) / 1e6, csv);
        double loadBefore = Machine.currentLoadAverage();
        RegisterReport report;
        double seconds;
        int persons, personsAfter;
        try (Archive archive = Archive.open(archiveFolder, true)) {
            persons = archive.persons().size();
            out.printf(Locale.ROOT, "archive: %,d documents (%s), %,d persons%n", archive.documentCount(),
                    ingestSeconds > 0 ? String.format(Locale.ROOT, "ingested in %.1f s, untimed for the figure", ingestSeconds)
                            : "a copy of " + baseFolder, persons);
            long t1 = System.nanoTime();
            report = archive.importRegister(csv, csv.getFileName().toString());
            seconds = (System.nanoTime() - t1) / 1e9;
            personsAfter = archive.persons().size();
        }
        double loadAfter = Machine.currentLoadAverage();
        out.printf(Locale.ROOT, "import: %,d rows in, %,d refused, in %.1f s: %,.0f rows/s (file rows %,d: %,.0f rows/s)%n",
                report.rows(), report.rejected().size(), seconds, report.rows() / seconds, rows, rows / seconds);
        out.printf(Locale.ROOT, "  time by phase (ms): %s%n", report.phaseMillis());
        out.printf(Locale.ROOT, "  %,d rows joined persons of the documents, %,d listed for an editor; persons %,d → %,d%n",
                report.joined(), report.review().size(), persons, personsAfter);
        out.printf(Locale.ROOT, "  machine: %d cores, %s, %s, JDK %s, heap %s; load average %.1f before, %.1f after%n",
                machine.cores(), machine.cpu(), machine.os(), machine.jdk(), machine.heapText(), loadBefore, loadAfter);
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("command", command);
        json.put("rows", rows);
        json.put("rows_in", report.rows());
        json.put("refused", report.rejected().size());
        json.put("joined", report.joined());
        json.put("review", report.review().size());
        json.put("documents", docs);
        json.put("persons_before", persons);
        json.put("persons_after", personsAfter);
        json.put("seconds", seconds);
        json.put("rows_per_second", rows / seconds);
        report.phaseMillis().forEach((phase, ms) -> json.put(phase + "_seconds", ms / 1e3));
        json.put("load_before", loadBefore);
        json.put("load_after", loadAfter);
        out.println(json);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("write.lock")) Files.copy(p, target);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
