package org.tarikh.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests: the one {@code TARIKH_DATABASE} names (CI starts it with
 * {@code tools/cluster.sh up}), else one this JVM starts with {@code tools/cluster.sh up DIR postgres} under a
 * temporary folder and stops when it exits. Each test gets a database of its own, dropped at exit.
 *
 * <p>With {@code -Dtarikh.database.required=true} (the CI step) a missing {@code TARIKH_DATABASE} fails the test;
 * under {@code CI=true} a server that cannot be started fails it too; elsewhere (a machine without PostgreSQL) the
 * PostgreSQL tests are skipped with the reason.
 */
public final class TestPostgres {
    private static ArchiveConfig.Database server;
    private static final List<String> created = new ArrayList<>();
    private static int counter;

    private TestPostgres() {}

    /** A configuration on a new, empty database of the test server (the search embedded). */
    public static synchronized ArchiveConfig freshDatabase() {
        ArchiveConfig.Database base = server();
        String name = "t" + ProcessHandle.current().pid() + "_" + (++counter) + "_" + Long.toHexString(System.nanoTime() & 0xffffff);
        try (Connection c = connect(base); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new AssertionError("cannot create a test database on " + base.shown() + ": " + e.getMessage(), e);
        }
        created.add(name);
        return new ArchiveConfig(new ArchiveConfig.Database(base.user(), base.password(), base.host(), base.port(), name), List.of());
    }

    private static Connection connect(ArchiveConfig.Database db) throws java.sql.SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password() == null ? "" : db.password());
    }

    private static ArchiveConfig.Database server() {
        if (server != null) return server;
        String env = System.getenv(ArchiveConfig.DATABASE_ENV);
        if (env != null && !env.isBlank()) {
            server = ArchiveConfig.choose(null, null, Map.of(ArchiveConfig.DATABASE_ENV, env)).database();
        } else if (Boolean.getBoolean("tarikh.database.required")) {
            Assertions.fail("TARIKH_DATABASE is not set: this CI step must start PostgreSQL with tools/cluster.sh up "
                    + "and export what it prints");
        } else {
            server = start();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::cleanUp, "test-postgres-cleanup"));
        return server;
    }

    private static Path cluster;

    /** Starts the PostgreSQL part of tools/cluster.sh under a new temporary folder. */
    private static ArchiveConfig.Database start() {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path script = root.resolve("tools/cluster.sh");
        if (!Files.isRegularFile(script)) script = root.getParent().resolve("tools/cluster.sh");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        try {
            cluster = Files.createTempDirectory(Path.of("/tmp"), "tarikh-test-pg");
            Process p = new ProcessBuilder("bash", script.toString(), "up", cluster.toString(), "postgres")
                    .redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.contains("TARIKH_DATABASE=")) {
                stop();
                String why = "PostgreSQL could not be started with tools/cluster.sh: " + err.strip();
                if (ci) Assertions.fail(why);
                Assumptions.abort(why);
            }
            String url = out.substring(out.indexOf("TARIKH_DATABASE=") + "TARIKH_DATABASE=".length()).strip().split("\\s")[0];
            return ArchiveConfig.choose(url, null, Map.of()).database();
        } catch (IOException e) {
            if (ci) Assertions.fail("cannot run tools/cluster.sh: " + e.getMessage());
            Assumptions.abort("cannot run tools/cluster.sh: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static synchronized void cleanUp() {
        if (cluster != null) {
            stop();
            return;
        }
        if (server == null) return;
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            for (String name : created) s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (java.sql.SQLException e) {
            System.err.println("could not drop the test databases: " + e.getMessage());
        }
    }

    private static void stop() {
        if (cluster == null) return;
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path script = root.resolve("tools/cluster.sh");
        if (!Files.isRegularFile(script)) script = root.getParent().resolve("tools/cluster.sh");
        try {
            Process p = new ProcessBuilder("bash", script.toString(), "down", cluster.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(90, TimeUnit.SECONDS);
            new ProcessBuilder("rm", "-rf", cluster.toString()).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.err.println("could not stop the test PostgreSQL under " + cluster + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cluster = null;
    }
}
