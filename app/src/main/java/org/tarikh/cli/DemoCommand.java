package org.tarikh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.archive.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Loads the demo corpus that ships with Tarikh into an archive of its own (once) and serves it.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--base-url", description = "Public address of the service (default: $TARIKH_BASE_URL, else http://localhost:PORT)")
    String baseUrl;

    @Override
    public Integer call() throws InterruptedException {
        Path home = Path.of(System.getProperty("tarikh.home", "."));
        Path corpus = home.resolve("demo").resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            throw new TarikhException("the demo corpus is missing at " + corpus + "; run from a checkout of Tarikh");
        }
        Path folder = home.resolve("demo").resolve("archive");
        try (Archive archive = Archive.open(folder, true)) {
            IngestReport report = archive.ingest(List.of(corpus), Archive.DEFAULT_MAX_DOCUMENT_BYTES, new IngestListener() {
                @Override
                public void finished(String source, Outcome outcome, String detail) {
                    if (outcome == Outcome.REJECTED) Streams.err().println("rejected " + source + ": " + detail);
                }
            });
            Streams.err().printf("demo archive: %d documents (%d new, %d updated)%n", archive.documentCount(),
                    report.added(), report.replaced());
            ServeCommand.serve(archive, host, port, baseUrl);
        }
        return Main.DONE;
    }
}
