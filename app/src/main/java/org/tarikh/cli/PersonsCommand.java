package org.tarikh.cli;

import java.util.concurrent.Callable;
import org.tarikh.archive.Archive;
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
        try (Archive opened = Archive.open(archive.folder(), false)) {
            // person resolution is the next stage of the pipeline; until it lands the archive holds no persons
            return Main.DONE;
        }
    }
}
