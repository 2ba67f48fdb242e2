package org.tarikh.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.store.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The archive's user accounts: {@code user add NAME --role editor}, {@code user list}, {@code user passwd NAME},
 * {@code user role NAME ROLE}. A password is never an argument (it would stay in the shell's history and in the
 * process list): it comes from {@value #PASSWORD_ENV}, else from standard input (asked twice on a terminal).
 */
@Command(name = "user", description = "Manages the archive's accounts (reader, editor, admin) for the web interface.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class, UserCommand.SetRole.class})
final class UserCommand {
    static final String PASSWORD_ENV = "TARIKH_PASSWORD";

    @Command(name = "add", description = "Adds an account; the password comes from $" + PASSWORD_ENV + " or standard input.")
    static final class Add implements Callable<Integer> {
        @Mixin ArchiveOption archive;
        @Parameters(paramLabel = "NAME", description = "The login name, also the editor's name in the audit") String name;
        @Option(names = "--role", defaultValue = "reader", paramLabel = "ROLE",
                description = "reader, editor or admin (default ${DEFAULT-VALUE}); writes need editor or admin")
        String role;

        @Override
        public Integer call() {
            Accounts.Role parsed = Accounts.Role.of(role);
            try (Archive opened = archive.open(false)) {
                if (opened.accounts().user(name).isPresent()) {
                    throw new TarikhException("a user named '" + name + "' exists already (change the password with: user passwd " + name + ")");
                }
                opened.accounts().add(name, password(name), parsed, Instant.now());
                Streams.out().println("added user " + name + " (" + parsed.wire() + ")");
            }
            return Main.DONE;
        }
    }

    @Command(name = "list", description = "Lists the accounts with their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin ArchiveOption archive;
        @Option(names = "--json", description = "One JSON line per account: name, role, created") boolean json;

        @Override
        public Integer call() {
            try (Archive opened = archive.open(false)) {
                for (Accounts.User u : opened.accounts().users()) {
                    if (json) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("name", u.name());
                        line.put("role", u.role().wire());
                        line.put("created", u.createdAt());
                        Streams.jsonLine(line);
                    } else {
                        Streams.out().printf("%-24s %-7s %s%n", u.name(), u.role().wire(), u.createdAt());
                    }
                }
            }
            return Main.DONE;
        }
    }

    @Command(name = "passwd", description = "Sets a new password (from $" + PASSWORD_ENV + " or standard input) and ends the user's sessions.")
    static final class Passwd implements Callable<Integer> {
        @Mixin ArchiveOption archive;
        @Parameters(paramLabel = "NAME") String name;

        @Override
        public Integer call() {
            try (Archive opened = archive.open(false)) {
                if (opened.accounts().user(name).isEmpty()) throw new TarikhException("no user named '" + name + "' (see: user list)");
                opened.accounts().setPassword(name, password(name), Instant.now());
                Streams.out().println("changed the password of " + name + "; their sessions are closed");
            }
            return Main.DONE;
        }
    }

    @Command(name = "role", description = "Changes an account's role (reader, editor, admin); open sessions get it at once.")
    static final class SetRole implements Callable<Integer> {
        @Mixin ArchiveOption archive;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "ROLE", description = "reader, editor or admin") String role;

        @Override
        public Integer call() {
            Accounts.Role parsed = Accounts.Role.of(role);
            try (Archive opened = archive.open(false)) {
                opened.accounts().setRole(name, parsed);
                Streams.out().println(name + " is now " + parsed.wire());
            }
            return Main.DONE;
        }
    }

    /** The password from the environment, else asked twice on a terminal, else the first line of standard input. */
    static String password(String name) {
        String env = System.getenv(PASSWORD_ENV);
        if (env != null && !env.isEmpty()) return env;
        Console console = System.console();
        if (Streams.in() == System.in && console != null && isTerminal(console)) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("The same password again: ");
            if (first == null || again == null) throw new TarikhException("no password given");
            try {
                if (!Arrays.equals(first, again)) throw new TarikhException("the two passwords differ; nothing changed");
                return new String(first);
            } finally {
                Arrays.fill(first, ' ');
                Arrays.fill(again, ' ');
            }
        }
        try {
            String line = new BufferedReader(new InputStreamReader(Streams.in(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new TarikhException("no password: set " + PASSWORD_ENV + " or give it on standard input "
                        + "(never as an argument)");
            }
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw new TarikhException("cannot read the password from standard input: " + e.getMessage());
        }
    }

    /** {@code Console.isTerminal()} where the JDK has it (22+, whose console exists even when redirected). */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before JDK 22 a console exists only on a terminal
        }
    }
}
