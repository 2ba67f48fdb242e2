package org.tarikh.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.archive.Archive;
import org.tarikh.archive.register.RegisterReport;
import org.tarikh.archive.register.RegisterRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-register", mixinStandardHelpOptions = true, description = {
        "Imports a register of the repressed (CSV or XLSX, one person a row: surname, given name, patronymic, birth,",
        "arrest, sentence, execution, rehabilitation, source ...; headers in Russian, Kazakh or English) as a source",
        "of claims. Rows join archive persons by the rules of documents; rows that fit two or more persons are listed",
        "for an editor. Refused rows are named by line with the reason (exit status 2); the rest goes in.",
        "Importing the same file again changes nothing; a changed file replaces its earlier version."})
final class ImportRegisterCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Register files (.csv, .tsv, .txt, .xlsx)")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON line per file on standard output")
    boolean json;

    @Override
    public Integer call() {
        boolean rejected = false;
        try (Archive opened = archive.open(true)) {
            for (Path file : files) {
                RegisterReport report;
                try {
                    report = opened.importRegister(file, file.toString());
                } catch (org.tarikh.TarikhException e) {
                    Streams.err().println("rejected " + e.getMessage());
                    if (json) Streams.jsonLine(Map.of("source", file.toString(), "error", e.getMessage()));
                    rejected = true;
                    continue;
                }
                rejected |= !report.rejected().isEmpty();
                summarize(report);
            }
        }
        return rejected ? Main.SOME_REJECTED : Main.DONE;
    }

    private void summarize(RegisterReport report) {
        var err = Streams.err();
        for (RegisterRows.Problem p : report.rejected()) err.println(report.source() + ": rejected " + p.message());
        for (RegisterReport.Review r : report.review()) {
            err.println(report.source() + ": line " + r.line() + " " + r.name() + ": for an editor: " + r.reason());
        }
        err.printf(Locale.ROOT, "%s: %s, %d rows in, %d joined persons of other sources, %d rejected, %d for an editor (%.1f s)%n",
                report.source(), report.outcome(), report.rows(), report.joined(), report.rejected().size(),
                report.review().size(), report.elapsedMillis() / 1e3);
        if (!json) return;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", report.source());
        out.put("document", report.documentId());
        out.put("outcome", report.outcome());
        out.put("rows", report.rows());
        out.put("joined", report.joined());
        out.put("rejected", report.rejected().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("value", p.value());
            m.put("reason", p.reason());
            return m;
        }).toList());
        out.put("review", report.review().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", r.line());
            m.put("name", r.name());
            m.put("person", r.person());
            m.put("joined", r.joined());
            m.put("candidates", r.candidates().stream().map(c -> Map.of("id", c.id(), "name", c.name())).toList());
            m.put("reason", r.reason());
            return m;
        }).toList());
        out.put("seconds", report.elapsedMillis() / 1e3);
        Streams.jsonLine(out);
    }
}
