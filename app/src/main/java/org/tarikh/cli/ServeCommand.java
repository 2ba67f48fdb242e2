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

    @Override
    public Integer call() throws InterruptedException {
        try (Archive opened = Archive.open(archive.folder(), false)) {
            serve(opened, host, port, baseUrl);
        }
        return Main.DONE;
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
