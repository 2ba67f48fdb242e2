package org.tarikh.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/** An archive of a folder's files, ingested for real, served by the real web server on a free loopback port. */
final class ServedArchive implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final Archive archive;
    final WebServer server;

    private ServedArchive(Archive archive, WebServer server) {
        this.archive = archive;
        this.server = server;
    }

    /** The files of {@code docs} ingested into a new archive in {@code archiveDir}, served as {@code serve} serves. */
    static ServedArchive of(Path archiveDir, Path docs) {
        return of(archiveDir, docs, WebServer::new);
    }

    /** As {@link #of(Path, Path)}, the server made by {@code server} (a base URL, say). */
    static ServedArchive of(Path archiveDir, Path docs, Function<Archive, WebServer> server) {
        Archive archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        return new ServedArchive(archive, server.apply(archive).start("127.0.0.1", 0));
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop();
        archive.close();
    }
}
