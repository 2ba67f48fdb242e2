package org.tarikh.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.archive.Archive;
import org.tarikh.resolve.Candidate;
import org.tarikh.resolve.Reconciler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reconcile", description = {
        "Finds archive persons for names written in any script or spelling (W3C Reconciliation API results).",
        "Names come from the command line, else from standard input one per line."})
final class ReconcileCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Option(names = "--json", description = "One JSON line per name (the contract for scripts)")
    boolean json;

    @Option(names = "--limit", defaultValue = "5", description = "Candidates per name (default ${DEFAULT-VALUE})")
    int limit;

    /** Names answered together, on every core, before their lines are printed in input order. */
    private static final int BATCH = 1000;

    @Parameters(paramLabel = "NAME", arity = "0..*")
    List<String> names;

    @Override
    public Integer call() {
        if (limit < 1) throw new org.tarikh.TarikhException("--limit must be at least 1, not " + limit);
        try (Archive opened = archive.open(false)) {
            List<String> all = Inputs.argumentsOrStdin(names);
            for (int from = 0; from < all.size(); from += BATCH) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
                List<List<Candidate>> answers = opened.reconcileAll(
                        batch.stream().map(n -> new Reconciler.Query(n, null, limit)).toList());
                for (int i = 0; i < batch.size(); i++) print(batch.get(i), answers.get(i));
            }
            return Main.DONE;
        }
    }

    private void print(String name, List<Candidate> candidates) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("query", name);
            List<Map<String, Object>> result = new ArrayList<>();
            for (Candidate c : candidates) result.add(toJson(c));
            out.put("result", result);
            Streams.jsonLine(out);
        } else {
            Streams.out().println(name + ":");
            for (Candidate c : candidates) {
                Streams.out().printf(Locale.ROOT, "  %5.1f %s %-32s %s (%s)%n", c.score(), c.match() ? "MATCH" : "     ",
                        c.name(), c.id(), c.why());
            }
        }
    }

    static Map<String, Object> toJson(Candidate c) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", c.id());
        r.put("name", c.name());
        r.put("score", Math.round(c.score() * 10) / 10.0);
        r.put("match", c.match());
        r.put("description", c.description());
        r.put("type", List.of(Map.of("id", "Person", "name", "Person")));
        return r;
    }
}
