package org.tarikh.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.tarikh.TarikhException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line program behind {@code ./tarikh}. Exit status: 0 done, 1 bad usage or a bad value (one-line
 * reason on standard error), 2 done but some inputs rejected, 3 an internal error (a defect, never expected).
 */
@Command(name = "tarikh", mixinStandardHelpOptions = true, version = "tarikh 0.1.0",
        description = "An archive of the history of Kazakhstan, 1917-1950s: ingest documents, find people and "
                + "events, search in Kazakh, Russian and English.",
        subcommands = {IngestCommand.class, SearchCommand.class, ExtractCommand.class, PersonsCommand.class,
                CurateCommand.class, AuditCommand.class, ImportRegisterCommand.class,
                ReconcileCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    static final int DONE = 0;
    static final int BAD_USAGE = 1;
    static final int SOME_REJECTED = 2;
    static final int INTERNAL_ERROR = 3;

    /** Held so that the level set on it stays: Lucene's notes on CPU features are not for archive users. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the program with the given streams; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Locale.setDefault(Locale.ROOT);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof TarikhException) {
                err.println("tarikh: " + e.getMessage());
                return BAD_USAGE;
            }
            err.println("tarikh: internal error: " + e + (System.getenv("TARIKH_DEBUG") == null
                    ? " (set TARIKH_DEBUG=1 for details; please report it)" : ""));
            if (System.getenv("TARIKH_DEBUG") != null) e.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("tarikh: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_USAGE;
        });
        Streams.set(out, err);
        return cli.execute(args);
    }
}
