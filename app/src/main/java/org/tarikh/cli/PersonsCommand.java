package org.tarikh.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.archive.Archive;
import org.tarikh.extract.Mention;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "persons", description = "Lists the archive's persons, resolved across documents, with their names, mentions, events and conflicts.")
final class PersonsCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Option(names = "--json", description = "One JSON line per person (the contract for scripts)")
    boolean json;

    @Override
    public Integer call() {
        try (Archive opened = archive.open(false)) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (ResolvedPerson person : opened.persons()) {
                if (json) {
                    Streams.jsonLine(toJson(person, opened, texts));
                } else {
                    long documents = person.members().stream().map(DocumentPerson::documentId).distinct().count();
                    Streams.out().printf(Locale.ROOT, "%-40s %-28s %d document%s: %s%n", person.id(), person.name(),
                            documents, documents == 1 ? "" : "s", String.join(", ", person.names()));
                }
            }
            return Main.DONE;
        }
    }

    static Map<String, Object> toJson(ResolvedPerson person, Archive archive, Map<String, String> texts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", person.id());
        out.put("name", person.name());
        out.put("names", person.names());
        out.put("display_names", person.displayNames());
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (DocumentPerson member : person.members()) {
            String text = texts.computeIfAbsent(member.documentId(),
                    id -> archive.document(id).map(StoredDocument::text).orElse(""));
            for (Mention m : member.mentions()) {
                Map<String, Object> mention = new LinkedHashMap<>();
                mention.put("source", member.source());
                mention.put("text", m.text());
                mention.put("start", ExtractCommand.cp(text, m.start()));
                mention.put("end", ExtractCommand.cp(text, m.end()));
                mentions.add(mention);
            }
        }
        out.put("mentions", mentions);
        Dossier dossier = Dossier.of(person);
        List<Map<String, Object>> events = new ArrayList<>();
        for (Dossier.Claim c : dossier.claims()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", c.id());
            event.put("type", c.type().wire());
            event.put("date", c.date() == null ? null : c.date().value());
            event.put("place", c.place());
            event.put("source", c.source());
            event.put("text", c.evidence());
            event.put("sources_agreeing", c.supportingSources());
            if (!c.details().isEmpty()) event.put("details", c.details());
            if (c.status() != null) {
                event.put("status", c.status().wire());
                event.put("note", c.note());
            }
            events.add(event);
        }
        out.put("events", events);
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (Dossier.Conflict c : dossier.conflicts()) {
            Map<String, Object> conflict = new java.util.LinkedHashMap<>();
            conflict.put("type", c.type().wire());
            conflict.put("values", c.values());
            conflict.put("sources", c.sources());
            if (c.calendarDays() > 0) {
                conflict.put("note", c.calendarDays() + " days apart: perhaps one day, written Old Style (Julian) and New Style (Gregorian)");
            }
            conflicts.add(conflict);
        }
        out.put("conflicts", conflicts);
        out.put("why", person.reasons());
        return out;
    }
}
