package org.tarikh.cli;

import java.nio.file.Path;
import org.tarikh.archive.Archive;
import org.tarikh.archive.ArchiveConfig;
import picocli.CommandLine.Option;

/**
 * The options shared by the commands that use an archive: the folder ({@code --archive}) and the store and search it
 * is on ({@code --database}, {@code --search}; {@link ArchiveConfig}).
 */
final class ArchiveOption {
    @Option(names = "--archive", paramLabel = "DIR",
            description = "The archive folder (created on first use). Default: $TARIKH_ARCHIVE, else ./archive")
    Path archive;

    @Option(names = "--database", paramLabel = "URL",
            description = "The archive's PostgreSQL database, postgresql://USER@HOST:PORT/DB. Default: $TARIKH_DATABASE, "
                    + "else the embedded SQLite file in the archive folder")
    String database;

    @Option(names = "--search", paramLabel = "URLS",
            description = "The archive's OpenSearch nodes, http://HOST:PORT separated by commas. Default: $TARIKH_SEARCH, "
                    + "else the embedded Lucene index in the archive folder")
    String search;

    Path folder() {
        if (archive != null) return archive;
        String env = System.getenv("TARIKH_ARCHIVE");
        return Path.of(env == null || env.isBlank() ? "archive" : env);
    }

    /** The store and search named by the options, else the environment: read here and nowhere else. */
    ArchiveConfig config() {
        return ArchiveConfig.choose(database, search, System.getenv());
    }

    Archive open(boolean writable) {
        return Archive.open(folder(), config(), writable);
    }
}
