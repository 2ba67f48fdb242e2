package org.tarikh.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.tarikh.TarikhException;

/**
 * Copies of an archive's SQLite database made and read back with SQLite's online backup API (sqlite-jdbc's
 * {@code backup} and {@code restore}): a copy taken while other connections read and write is consistent, as of
 * one moment. The copy is a plain single-file SQLite database (rollback journal, not WAL), checked after it is
 * written; the search index is not in it, since it is derived from the documents.
 */
public final class SqliteBackup {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The tables without which a database is no Tarikh archive. */
    private static final Set<String> REQUIRED_TABLES = Set.of("flyway_schema_history", "documents", "document_persons", "persons");

    /** What a backup holds: its schema version (the last migration applied) and its number of documents. */
    public record Summary(String schemaVersion, long documents, long persons) {}

    private SqliteBackup() {}

    /**
     * Writes a consistent copy of {@code database} to {@code file}: first to a temporary file beside it, checked,
     * then moved into place, so a failed or killed backup never leaves a half-written file under the name given.
     */
    public static Summary backup(Path database, Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (Connection source = open(database, false)) {
                int rc = source.unwrap(SQLiteConnection.class).getDatabase()
                        .backup("main", partial.toString(), null);
                if (rc != 0) throw new TarikhException("the backup to " + file + " failed (SQLite code " + rc + ")");
            }
            try (Connection copy = open(partial, false); Statement st = copy.createStatement()) {
                // one self-contained file: no -wal or -shm beside it when it is copied elsewhere
                st.execute("PRAGMA journal_mode = DELETE");
            }
            Summary summary = inspect(partial, file.toString());
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (SQLException e) {
            throw new TarikhException("cannot back up the archive to " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TarikhException("cannot write the backup " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the temporary file is named .partial: a leftover says what it is
            }
        }
    }

    /**
     * Checks that {@code file} is a readable, undamaged Tarikh backup and says what it holds; a clear message
     * otherwise (not a file, not SQLite, SQLite but no archive, damaged).
     */
    public static Summary inspect(Path file) {
        return inspect(file, file.toString());
    }

    private static Summary inspect(Path file, String shown) {
        if (!Files.isRegularFile(file)) throw new TarikhException("no backup file at " + shown);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new TarikhException(shown + " is not a Tarikh backup (not an SQLite database; make one with: tarikh backup)");
            }
        } catch (IOException e) {
            throw new TarikhException("cannot read " + shown + ": " + e.getMessage(), e);
        }
        try (Connection c = open(file, true); Statement st = c.createStatement()) {
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            if (!tables.containsAll(REQUIRED_TABLES)) {
                throw new TarikhException(shown + " is an SQLite database but not a Tarikh backup (it has no "
                        + REQUIRED_TABLES.stream().filter(t -> !tables.contains(t)).sorted().findFirst().orElse("")
                        + " table)");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) throw new TarikhException(shown + " is damaged: " + result);
            }
            String version;
            try (ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 "
                    + "AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                version = rs.next() ? rs.getString(1) : "none";
            }
            long documents, persons;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM documents")) {
                documents = rs.next() ? rs.getLong(1) : 0;
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM persons")) {
                persons = rs.next() ? rs.getLong(1) : 0;
            }
            return new Summary(version, documents, persons);
        } catch (SQLException e) {
            throw new TarikhException(shown + " is not a readable Tarikh backup: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the content of {@code database} with the backup's, in one step of SQLite's backup API (other
     * connections to the database wait, then see the restored content). The caller has checked the backup
     * with {@link #inspect} and upgrades the schema afterwards by opening the store.
     */
    public static void restore(Path backup, Path database) {
        try (Connection target = open(database, false)) {
            int rc = target.unwrap(SQLiteConnection.class).getDatabase()
                    .restore("main", backup.toAbsolutePath().toString(), null);
            if (rc != 0) throw new TarikhException("restoring " + backup + " failed (SQLite code " + rc + ")");
        } catch (SQLException e) {
            throw new TarikhException("cannot restore " + backup + " into " + database + ": " + e.getMessage(), e);
        }
    }

    private static Connection open(Path database, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(30_000);
        config.setReadOnly(readOnly);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + database.toAbsolutePath());
        return dataSource.getConnection();
    }
}
