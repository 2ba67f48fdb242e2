package org.tarikh.cli;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.archive.Curator;
import org.tarikh.extract.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tarikh curate --archive A --editor NAME --reason TEXT [--json] ACTION …}: an editor's change to the
 * archive's persons and claims, recorded in the audit trail with the editor and the reason. The command line acts
 * as the named editor on an archive folder the user can write.
 */
@Command(name = "curate", description = "Corrects the archive as an editor: merge or split persons, reject, accept, "
        + "correct or add claims, prefer a name, undo a change. Every change is audited with its editor and reason.",
        subcommands = {CurateCommand.Merge.class, CurateCommand.Split.class, CurateCommand.RejectClaim.class,
                CurateCommand.AcceptClaim.class, CurateCommand.CorrectClaim.class, CurateCommand.AddClaim.class,
                CurateCommand.SetName.class, CurateCommand.Undo.class})
final class CurateCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Option(names = "--editor", paramLabel = "NAME", description = "Who makes the change")
    String editor;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (every change needs one)")
    String reason;

    @Option(names = "--json", description = "Print {\"change\": …, \"person\": …} as one JSON line")
    boolean json;

    @Override
    public Integer call() {
        throw new TarikhException("say what to do: merge, split, reject-claim, accept-claim, correct-claim, add-claim, set-name or undo (tarikh curate --help)");
    }

    private int run(java.util.function.Function<Curator, Curator.Change> action) {
        if (editor == null || editor.isBlank()) throw new TarikhException("say who makes the change: --editor NAME");
        if (reason == null || reason.isBlank()) throw new TarikhException("every change needs a reason: --reason TEXT");
        if (!org.tarikh.archive.Archive.exists(archive.folder())) {
            throw new TarikhException("no archive at " + archive.folder());
        }
        try (Archive opened = archive.open(true)) {
            Curator.Change change = action.apply(opened.curator());
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("change", change.id());
                out.put("action", change.action());
                out.put("person", change.person());
                Streams.jsonLine(out);
            } else {
                Streams.out().printf(Locale.ROOT, "%s: %s done; person %s%n", change.id(), change.action(), change.person());
            }
            return Main.DONE;
        }
    }

    @Command(name = "merge", description = "Makes two persons one; the one with more evidence keeps its id, the other redirects to it.")
    static final class Merge implements Callable<Integer> {
        @ParentCommand CurateCommand curate;
        @Parameters(index = "0", paramLabel = "ID") String a;
        @Parameters(index = "1", paramLabel = "ID") String b;

        @Override
        public Integer call() {
            return curate.run(c -> c.merge(curate.editor, curate.reason, a, b));
        }
    }

    @Command(name = "split", description = "Parts a person's mentions in the given documents into a person of their own.")
    static final class Split implements Callable<Integer> {
        @ParentCommand CurateCommand curate;
        @Parameters(index = "0", paramLabel = "ID") String person;
        @Option(names = "--documents", required = true, split = ",", paramLabel = "FILE",
                description = "Documents (ids, or paths as ingested), comma-separated") List<String> documents;

        @Override
        public Integer call() {
            return curate.run(c -> c.split(curate.editor, curate.reason, person, documents));
        }
    }

    @Command(name = "reject-claim", description = "Marks a claim rejected; it stays visible with the reason.")
    static final class RejectClaim implements Callable<Integer> {
        @ParentCommand CurateCommand curate;
        @Parameters(index = "0", paramLabel = "CLAIM") String claim;

        @Override
        public Integer call() {
            return curate.run(c -> c.rejectClaim(curate.editor, curate.reason, claim));
        }
    }

    @Command(name = "accept-claim", description = "Marks a claim accepted by an editor.")
    static final class AcceptClaim implements Callable<Integer> {
        @ParentCommand CurateCommand curate;
        @Parameters(index = "0", paramLabel = "CLAIM") String claim;

        @Override
        public Integer call() {
            return curate.run(c -> c.acceptClaim(curate.editor, curate.reason, claim));
        }
    }

    @Command(name = "correct-claim", description = "Corrects a claim's date or place; the source's reading stays shown.")
    static final class CorrectClaim implements Callable<Integer> {
        @ParentCommand CurateCommand curate;
        @Parameters(index = "0", paramLabel = "CLAIM") String claim;
        @Option(names = "--date", paramLabel = "EDTF") String date;
        @Option(names = "--place") String place;

        @Override
        public Integer call() {
            return curate.run(c -> c.correctClaim(curate.editor, curate.reason, claim, date, place));
        }
    }

    @Command(name = "add-claim", description = "Adds a claim about a person with its source.")
    static final class AddClaim implements Callable<Integer> {
        @ParentCommand CurateCommand curate;
        @Parameters(index = "0", paramLabel = "ID") String person;
        @Option(names = "--type", required = true, description = "birth, death, arrest, sentence, execution, exile, release, rehabilitation, …") String type;
        @Option(names = "--date", paramLabel = "EDTF") String date;
        @Option(names = "--place") String place;
        @Option(names = "--source", required = true, description = "The citation the claim comes from") String source;
        @Option(names = "--quote", description = "The words of the source") String quote;

        @Override
        public Integer call() {
            EventType t;
            try {
                t = EventType.of(type);
            } catch (RuntimeException e) {
                throw new TarikhException("unknown claim type " + type);
            }
            return curate.run(c -> c.addClaim(curate.editor, curate.reason, person, t, date, place, source, quote));
        }
    }

    @Command(name = "set-name", description = "Sets the name shown for a person in one language (kk, ru, en).")
    static final class SetName implements Callable<Integer> {
        @ParentCommand CurateCommand curate;
        @Parameters(index = "0", paramLabel = "ID") String person;
        @Parameters(index = "1", paramLabel = "LANG") String language;
        @Parameters(index = "2", paramLabel = "NAME") String name;

        @Override
        public Integer call() {
            return curate.run(c -> c.setPreferredName(curate.editor, curate.reason, person, language, name));
        }
    }

    @Command(name = "undo", description = "Undoes a change, as a new audited change.")
    static final class Undo implements Callable<Integer> {
        @ParentCommand CurateCommand curate;
        @Parameters(index = "0", paramLabel = "CHANGE") String change;

        @Override
        public Integer call() {
            return curate.run(c -> c.undo(curate.editor, curate.reason, change));
        }
    }
}
