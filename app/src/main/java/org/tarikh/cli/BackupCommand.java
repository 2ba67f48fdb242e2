package org.tarikh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.store.SqliteBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "backup", description = "Writes a consistent copy of an archive's database to FILE (SQLite's online "
        + "backup: the archive may be served and ingested into meanwhile). The copy holds the accounts' password "
        + "hashes: keep it private.")
final class BackupCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Parameters(paramLabel = "FILE", description = "The backup file to write") Path file;

    @Option(names = "--force", description = "Replace FILE if it exists") boolean force;

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) throw new TarikhException(file + " is a folder: give the backup file's name, such as " + file.resolve("tarikh-backup.db"));
        if (Files.exists(file) && !force) throw new TarikhException(file + " exists already: choose another name, or add --force to replace it");
        if (file.toAbsolutePath().getParent() != null && !Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new TarikhException("no folder " + file.toAbsolutePath().getParent() + " to write the backup in");
        }
        try (Archive opened = archive.open(false)) {
            SqliteBackup.Summary s = opened.backup(file);
            Streams.out().println("backed up " + s.documents() + " documents and " + s.persons() + " persons of "
                    + archive.folder() + " to " + file + " (schema version " + s.schemaVersion() + ")");
        }
        return Main.DONE;
    }
}
