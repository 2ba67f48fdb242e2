package org.tarikh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tarikh.archive.Archive;
import org.tarikh.store.SqliteBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "Reads a backup (made by 'tarikh backup') into an archive folder and rebuilds "
        + "its search index. Refuses a folder that holds an archive already, unless --force.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;

    @Parameters(paramLabel = "FILE", description = "The backup file to read") Path file;

    @Option(names = "--force", description = "Replace the archive in the folder with the backup") boolean force;

    @Override
    public Integer call() {
        SqliteBackup.Summary s = Archive.restore(archive.folder(), archive.config(), file, force);
        Streams.out().println("restored " + s.documents() + " documents and " + s.persons() + " persons from " + file
                + " into " + archive.folder() + "; the search index is rebuilt");
        return Main.DONE;
    }
}
