package org.tarikh.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --archive DIR} option shared by the commands that use an archive. */
final class ArchiveOption {
    @Option(names = "--archive", paramLabel = "DIR",
            description = "The archive folder (created on first use). Default: $TARIKH_ARCHIVE, else ./archive")
    Path archive;

    Path folder() {
        if (archive != null) return archive;
        String env = System.getenv("TARIKH_ARCHIVE");
        return Path.of(env == null || env.isBlank() ? "archive" : env);
    }
}
