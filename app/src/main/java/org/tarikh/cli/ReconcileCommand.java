package org.tarikh.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.archive.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reconcile", description = "Finds archive persons for names written in any script or spelling (W3C reconciliation results).")
final class ReconcileCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Option(names = "--json", description = "One JSON line per name (the contract for scripts)")
    boolean json;

    @Parameters(paramLabel = "NAME", arity = "0..*")
    List<String> names;

    @Override
    public Integer call() {
        try (Archive opened = Archive.open(archive.folder(), false)) {
            for (String name : Inputs.argumentsOrStdin(names)) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("query", name);
                out.put("result", List.of());
                Streams.jsonLine(out);
            }
            return Main.DONE;
        }
    }
}
