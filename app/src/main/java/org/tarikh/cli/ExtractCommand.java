package org.tarikh.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.archive.Archive;
import org.tarikh.extract.DocumentExtractor;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.ExtractedPerson;
import org.tarikh.extract.Extraction;
import org.tarikh.extract.Mention;
import org.tarikh.ingest.SourceDocument;
import org.tarikh.ingest.SourceReader;
import org.tarikh.ingest.UnreadableDocumentException;
import org.tarikh.text.ArchiveReference;
import org.tarikh.text.LanguageIdentifier;
import org.tarikh.text.PreparedText;
import org.tarikh.text.Provenance;
import org.tarikh.text.TextPreparer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = {
        "Prints what the pipeline finds in files, without an archive: language, title, provenance,",
        "persons with their mentions, biographical events. Offsets are in Unicode code points."})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--json", description = "One JSON line per file (the contract for scripts)")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Override
    public Integer call() {
        LanguageIdentifier languages = new LanguageIdentifier();
        SourceReader reader = new SourceReader(Archive.DEFAULT_MAX_DOCUMENT_BYTES, languages::identify);
        TextPreparer preparer = new TextPreparer(languages);
        DocumentExtractor extractor = new DocumentExtractor();
        int status = Main.DONE;
        for (Path file : files) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("source", file.toString());
            try {
                SourceDocument source = reader.read(file, file.toString());
                // extract keeps nothing: a scan's page images go with the temporary folder OCR wrote them to
                org.tarikh.ingest.ScanReader.delete(source.scanFolder());
                PreparedText text = preparer.prepare(source.text(), source.metadata());
                Extraction extraction = extractor.extract(text);
                describe(out, source, text, extraction);
            } catch (UnreadableDocumentException e) {
                Streams.err().println("rejected " + file + ": " + e.getMessage());
                status = Main.SOME_REJECTED;
                out.put("persons", List.of());
                out.put("events", List.of());
                out.put("problems", List.of(e.getMessage()));
            }
            if (json) {
                Streams.jsonLine(out);
            } else {
                Streams.out().println(out);
            }
        }
        return status;
    }

    static void describe(Map<String, Object> out, SourceDocument source, PreparedText text, Extraction extraction) {
        String t = source.text();
        out.put("language", text.language());
        out.put("title", text.provenance().title());
        out.put("format", source.format());
        List<Map<String, Object>> persons = new ArrayList<>();
        for (ExtractedPerson p : extraction.persons()) {
            List<Map<String, Object>> mentions = new ArrayList<>();
            for (Mention m : p.mentions()) {
                mentions.add(Map.of("text", m.text(), "start", cp(t, m.start()), "end", cp(t, m.end())));
            }
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("id", p.id());
            person.put("name", p.name());
            person.put("mentions", mentions);
            persons.add(person);
        }
        out.put("persons", persons);
        // events: the dated life events (the register's facts); undated claims and career facts are listed apart
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> undated = new ArrayList<>();
        List<Map<String, Object>> career = new ArrayList<>();
        for (ExtractedEvent e : extraction.events()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", e.type().wire());
            event.put("person", e.person());
            event.put("date", e.date() == null ? null : e.date().value());
            event.put("place", e.place());
            event.put("text", e.text());
            event.put("start", cp(t, e.start()));
            event.put("end", cp(t, e.end()));
            if (!e.details().isEmpty()) event.put("details", e.details());
            (e.career() ? career : e.date() == null ? undated : events).add(event);
        }
        out.put("events", events);
        out.put("undated_events", undated);
        out.put("career", career);
        out.put("provenance", provenance(text.provenance(), t));
        out.put("problems", List.of());
    }

    private static Map<String, Object> provenance(Provenance p, String t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("publisher", p.publisher());
        out.put("author", p.author());
        out.put("translator", p.translator());
        out.put("published", p.published());
        out.put("cited_source", p.citedSource());
        List<Map<String, Object>> refs = new ArrayList<>();
        for (ArchiveReference r : p.archiveReferences()) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("text", r.text());
            ref.put("archive", r.archive());
            ref.put("fond", r.fond());
            ref.put("inventory", r.inventory());
            ref.put("file", r.file());
            ref.put("sheet", r.sheet());
            ref.put("start", cp(t, r.start()));
            ref.put("end", cp(t, r.end()));
            refs.add(ref);
        }
        out.put("archive_references", refs);
        return out;
    }

    /** A char offset as a code-point offset, as the contract counts. */
    static int cp(String text, int charOffset) {
        return text.codePointCount(0, Math.min(charOffset, text.length()));
    }
}
