package org.tarikh.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real three-node OpenSearch cluster of the cluster tests, started once per test JVM by
 * {@code tools/cluster/opensearch.sh up DIR} in a temporary folder and stopped when the JVM exits; or the cluster CI
 * started, when {@code TARIKH_SEARCH} and {@code TARIKH_CLUSTER_DIR} (the folder given to {@code tools/cluster.sh
 * up}) name it. When the OpenSearch zip cannot be fetched the tests are skipped with a message, except under
 * {@code CI=true}, where they fail.
 */
final class OpenSearchCluster {
    private static OpenSearchCluster shared;
    private static String unavailable;

    private final Path dir;
    private final List<URI> nodes;
    private final Path script;

    private OpenSearchCluster(Path dir, List<URI> nodes, Path script) {
        this.dir = dir;
        this.nodes = nodes;
        this.script = script;
    }

    static synchronized OpenSearchCluster shared() {
        if (unavailable != null) skipOrFail(unavailable);
        if (shared == null) {
            try {
                shared = start();
            } catch (Unavailable e) {
                unavailable = e.getMessage();
                skipOrFail(unavailable);
            }
        }
        return shared;
    }

    List<URI> nodes() {
        return nodes;
    }

    void killNode(int n) {
        run("kill-node", String.valueOf(n));
    }

    /** Starts node {@code n} again and waits until the cluster is green. */
    void startNode(int n) {
        run("start-node", String.valueOf(n));
    }

    private void run(String command, String n) {
        try {
            Process p = new ProcessBuilder("bash", script.toString(), command, dir.toString(), n)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(command + " " + n + " failed on the cluster under " + dir);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void skipOrFail(String why) {
        if ("true".equals(System.getenv("CI"))) throw new IllegalStateException("no OpenSearch cluster: " + why);
        assumeTrue(false, "no OpenSearch cluster, cluster tests skipped: " + why);
    }

    private static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private static OpenSearchCluster start() throws Unavailable {
        Path root = Path.of(System.getProperty("tarikh.home", ".")).toAbsolutePath();
        Path script = root.resolve("tools/cluster/opensearch.sh");
        String given = System.getenv("TARIKH_SEARCH");
        String givenDir = System.getenv("TARIKH_CLUSTER_DIR");
        if (given != null && !given.isBlank() && givenDir != null && !givenDir.isBlank()) {
            return new OpenSearchCluster(Path.of(givenDir), OpenSearchIndex.nodes(given), script);
        }
        try {
            Path dir = Files.createTempDirectory("tarikh-opensearch-");
            Process p = new ProcessBuilder("bash", script.toString(), "up", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                stop(script, dir);
                throw new IllegalStateException("the cluster under " + dir + " did not start in 20 minutes");
            }
            if (p.exitValue() == 3) throw new Unavailable("the OpenSearch zip cannot be fetched from Maven Central");
            if (p.exitValue() != 0) {
                stop(script, dir);
                throw new IllegalStateException("the cluster under " + dir + " did not start (see the log above)");
            }
            String line = out.lines().filter(l -> l.startsWith("export TARIKH_SEARCH=")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no export line from the cluster script: " + out));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(script, dir)));
            return new OpenSearchCluster(dir, OpenSearchIndex.nodes(line.substring("export TARIKH_SEARCH=".length())),
                    script);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the cluster script " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the cluster started", e);
        }
    }

    private static void stop(Path script, Path dir) {
        try {
            new ProcessBuilder("bash", script.toString(), "down", dir.toString()).inheritIO().start()
                    .waitFor(2, TimeUnit.MINUTES);
        } catch (IOException e) {
            System.err.println("could not stop the cluster under " + dir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
