package org.tarikh.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.export.EacCpf;
import org.tarikh.export.PersonExports;
import org.tarikh.resolve.Associates;
import org.tarikh.resolve.Register;
import org.tarikh.resolve.ResolvedPerson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = {
        "Writes the archive's persons with their claims and sources to a folder: register.csv (the register of",
        "repressed persons), claims.csv (one line per claim with its evidence), persons.jsonld (schema.org) and",
        "eac-cpf/<person>.xml (EAC-CPF authority records)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created)")
    Path out;

    @Option(names = "--base-url", defaultValue = "http://localhost:8080",
            description = "Where the archive is served, for links in JSON-LD and EAC-CPF (default ${DEFAULT-VALUE})")
    String baseUrl;

    @Option(names = "--bom", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Begin the CSV files with a UTF-8 byte order mark, so that Excel reads them as UTF-8 (default; --no-bom leaves it out)")
    boolean bom;

    @Override
    public Integer call() {
        try (Archive opened = archive.open(false)) {
            List<ResolvedPerson> persons = opened.persons();
            Map<String, String> titles = new HashMap<>();
            java.util.function.Function<String, String> titleOf = id -> titles.computeIfAbsent(id,
                    d -> opened.document(d).map(doc -> doc.title() == null ? doc.source() : doc.title()).orElse(d));
            Path eac = out.resolve("eac-cpf");
            Files.createDirectories(eac);
            Files.writeString(out.resolve("register.csv"), PersonExports.registerCsv(Register.rows(persons), bom), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("claims.csv"), PersonExports.claimsCsv(persons, bom), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("persons.jsonld"), Streams.json().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(PersonExports.jsonLdGraph(persons, baseUrl, titleOf)), StandardCharsets.UTF_8);
            Instant now = Instant.now();
            for (ResolvedPerson person : persons) {
                Files.writeString(eac.resolve(person.id() + ".xml"),
                        EacCpf.write(person, baseUrl, titleOf, Associates.of(person, persons, 10), now), StandardCharsets.UTF_8);
            }
            Streams.err().printf("exported %d persons to %s%n", persons.size(), out);
            return Main.DONE;
        } catch (IOException e) {
            throw new TarikhException("cannot write the export to " + out + ": " + e.getMessage());
        }
    }
}
