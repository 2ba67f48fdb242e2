package org.tarikh.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.archive.Archive;
import org.tarikh.archive.Curator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tarikh audit --archive A [--person ID] [--json]}: the editors' changes, oldest first. */
@Command(name = "audit", description = "Lists the editors' changes (who, when, what, why, before and after), oldest first.")
final class AuditCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin ArchiveOption archive;

    @Option(names = "--person", paramLabel = "ID", description = "Only the changes concerning this person id")
    String person;

    @Option(names = "--json", description = "One JSON line per change (the contract for scripts)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Archive opened = archive.open(false)) {
            for (Curator.AuditEvent e : opened.audit(person)) {
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("change", e.change());
                    out.put("at", e.at());
                    out.put("editor", e.editor());
                    out.put("action", e.action());
                    out.put("reason", e.reason());
                    out.put("persons", e.persons());
                    out.put("before", JSON.readTree(e.before()));
                    out.put("after", JSON.readTree(e.after()));
                    out.put("undoes", e.undoes());
                    out.put("undone_by", e.undoneBy());
                    Streams.jsonLine(out);
                } else {
                    Streams.out().printf(Locale.ROOT, "%s  %s  %-14s %-10s %s  (%s)%s%n", e.change(), e.at(), e.action(),
                            e.editor(), String.join(" ", e.persons()), e.reason(),
                            e.undoneBy() == null ? "" : "  undone by " + e.undoneBy());
                }
            }
            return Main.DONE;
        }
    }
}
