package org.tarikh.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tarikh.archive.Archive;
import org.tarikh.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serves the web interface, the JSON API and the reconciliation service of an archive.")
final class ServeCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all)")
    String host;

    @Option(names = "--base-url", description = "Public address of the service, for links, JSON-LD ids and the "
            + "reconciliation manifest (default: $" + WebServer.BASE_URL_ENV + ", else http://localhost:PORT)")
    String baseUrl;

    @Option(names = "--read-only", description = "Never write to the archive: editors cannot log in to change it "
            + "(default: writable when it has an editor's or admin's account, see 'tarikh user add')")
    boolean readOnly;

    @Override
    public Integer call() throws InterruptedException {
        try (Archive opened = open()) {
            serve(opened, host, port, baseUrl);
        }
        return Main.DONE;
    }

    /**
     * The archive, writable when editors may change it through the web: it has an editor's or admin's account and
     * no {@code --read-only}. A writable archive holds the search index's write lock, so an ingest waits for the
     * server; when another process holds the lock, the server opens read-only and says so.
     */
    private Archive open() {
        if (readOnly) return archive.open(false);
        boolean editors;
        try (Archive probe = archive.open(false)) {
            editors = probe.accounts().users().stream().anyMatch(u -> u.role().maySubmitChanges());
        }
        if (!editors) {
            Streams.err().println("read-only: no editor accounts yet (add one with: tarikh user add --archive "
                    + archive.folder() + " NAME --role editor)");
            return archive.open(false);
        }
        try {
            Archive writable = archive.open(true);
            Streams.err().println("editors may log in at /login to curate persons and claims");
            return writable;
        } catch (org.tarikh.TarikhException busy) {
            Streams.err().println("read-only: " + busy.getMessage());
            return archive.open(false);
        }
    }

    /** The base URL the option gives, else the environment's {@value WebServer#BASE_URL_ENV}, else none. */
    static String baseUrl(String option) {
        return option != null && !option.isBlank() ? option : System.getenv(WebServer.BASE_URL_ENV);
    }

    static void serve(Archive archive, String host, int port, String baseUrlOption) throws InterruptedException {
        WebServer server = new WebServer(archive, baseUrl(baseUrlOption));
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            throw new org.tarikh.TarikhException("cannot listen on " + host + ":" + port
                    + " (is another server using it? choose another with --port)");
        }
        Streams.err().println("Tarikh is serving " + archive.folder() + " at http://" + ("0.0.0.0".equals(host) ? "localhost" : host)
                + ":" + server.port() + "/  (Ctrl-C to stop)");
        Streams.err().println("OpenRefine reconciliation service: " + server.baseUrl() + "/reconcile");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        stopped.await();
    }
}
