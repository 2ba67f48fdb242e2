package org.tarikh.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.tarikh.TarikhException;
import org.tarikh.text.ArchiveReference;
import org.tarikh.text.Block;
import org.tarikh.text.BlockKind;
import org.tarikh.text.Provenance;

/**
 * The document store on SQL: an embedded SQLite file by default ({@link #openSqlite(Path)}), any JDBC data source
 * with the same schema otherwise. The schema is migrated by Flyway on open. Each {@link #save} is one transaction,
 * so a process killed mid-ingest leaves every document either fully stored or not at all.
 *
 * <p>Thread-safe: each call takes its own handle from the data source.
 */
public final class SqlDocumentStore implements DocumentStore {
    private final Jdbi jdbi;

    public SqlDocumentStore(DataSource dataSource) {
        migrate(dataSource);
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens (creating if needed) the archive's single-file database {@code tarikh.db} in {@code archiveDir}. */
    public static SqlDocumentStore openSqlite(Path archiveDir) {
        try {
            Files.createDirectories(archiveDir);
        } catch (java.io.IOException e) {
            throw new TarikhException("cannot create the archive folder " + archiveDir + ": " + e.getMessage());
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + archiveDir.resolve("tarikh.db").toAbsolutePath());
        return new SqlDocumentStore(dataSource);
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        } catch (FlywayException e) {
            throw new TarikhException("the archive database cannot be opened or upgraded: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Fingerprint> findByLocation(String location) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, content_hash, source FROM documents WHERE location = :location")
                .bind("location", location)
                .map((rs, ctx) -> new Fingerprint(rs.getString(1), rs.getString(2), rs.getString(3)))
                .findOne());
    }

    @Override
    public Optional<Fingerprint> findByContentHash(String contentHash) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, content_hash, source FROM documents WHERE content_hash = :hash LIMIT 1")
                .bind("hash", contentHash)
                .map((rs, ctx) -> new Fingerprint(rs.getString(1), rs.getString(2), rs.getString(3)))
                .findOne());
    }

    @Override
    public void save(StoredDocument doc) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM documents WHERE id = :id").bind("id", doc.id()).execute();
            Provenance p = doc.provenance();
            h.createUpdate("""
                    INSERT INTO documents (id, source, location, content_hash, format, language, title, publisher,
                        author, translator, published, cited_source, text, searchable, byte_size, ingested_at, indexed)
                    VALUES (:id, :source, :location, :hash, :format, :language, :title, :publisher, :author,
                        :translator, :published, :cited, :text, :searchable, :size, :at, 0)""")
                    .bind("id", doc.id()).bind("source", doc.source()).bind("location", doc.location())
                    .bind("hash", doc.contentHash()).bind("format", doc.format()).bind("language", doc.language())
                    .bind("title", p.title()).bind("publisher", p.publisher()).bind("author", p.author())
                    .bind("translator", p.translator()).bind("published", p.published())
                    .bind("cited", p.citedSource()).bind("text", doc.text()).bind("searchable", doc.searchable())
                    .bind("size", doc.byteSize()).bind("at", doc.ingestedAt())
                    .execute();
            insertBlocks(h, doc);
            insertReferences(h, doc);
            PreparedBatch meta = h.prepareBatch(
                    "INSERT INTO document_metadata (document_id, name, value) VALUES (:id, :name, :value)");
            doc.metadata().forEach((name, value) ->
                    meta.bind("id", doc.id()).bind("name", name).bind("value", value).add());
            if (meta.size() > 0) meta.execute();
        });
    }

    private static void insertBlocks(Handle h, StoredDocument doc) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO document_blocks (document_id, ordinal, start_offset, end_offset, kind, language, reason)
                VALUES (:id, :ordinal, :start, :end, :kind, :language, :reason)""");
        int ordinal = 0;
        for (Block b : doc.blocks()) {
            batch.bind("id", doc.id()).bind("ordinal", ordinal++).bind("start", b.start()).bind("end", b.end())
                    .bind("kind", b.kind().name()).bind("language", b.language()).bind("reason", b.reason()).add();
        }
        if (batch.size() > 0) batch.execute();
    }

    private static void insertReferences(Handle h, StoredDocument doc) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO archive_references (document_id, ordinal, text, start_offset, end_offset, archive, fond,
                    inventory, file, sheet)
                VALUES (:id, :ordinal, :text, :start, :end, :archive, :fond, :inventory, :file, :sheet)""");
        int ordinal = 0;
        for (ArchiveReference r : doc.archiveReferences()) {
            batch.bind("id", doc.id()).bind("ordinal", ordinal++).bind("text", r.text()).bind("start", r.start())
                    .bind("end", r.end()).bind("archive", r.archive()).bind("fond", r.fond())
                    .bind("inventory", r.inventory()).bind("file", r.file()).bind("sheet", r.sheet()).add();
        }
        if (batch.size() > 0) batch.execute();
    }

    @Override
    public Optional<StoredDocument> find(String id) {
        return jdbi.withHandle(h -> {
            var row = h.createQuery("SELECT * FROM documents WHERE id = :id").bind("id", id).mapToMap().findOne();
            if (row.isEmpty()) return Optional.empty();
            Map<String, Object> r = row.get();
            List<Block> blocks = h.createQuery("""
                            SELECT start_offset, end_offset, kind, language, reason FROM document_blocks
                            WHERE document_id = :id ORDER BY ordinal""").bind("id", id)
                    .map((rs, ctx) -> new Block(rs.getInt(1), rs.getInt(2), BlockKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5)))
                    .list();
            List<ArchiveReference> refs = h.createQuery("""
                            SELECT text, start_offset, end_offset, archive, fond, inventory, file, sheet
                            FROM archive_references WHERE document_id = :id ORDER BY ordinal""").bind("id", id)
                    .map((rs, ctx) -> new ArchiveReference(rs.getString(1), rs.getInt(2), rs.getInt(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                    .list();
            Map<String, String> metadata = new LinkedHashMap<>();
            h.createQuery("SELECT name, value FROM document_metadata WHERE document_id = :id ORDER BY name")
                    .bind("id", id).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> metadata.put(e.getKey(), e.getValue()));
            Provenance provenance = new Provenance(str(r, "title"), str(r, "publisher"), str(r, "author"),
                    str(r, "translator"), str(r, "published"), str(r, "cited_source"), refs);
            return Optional.of(new StoredDocument(id, str(r, "source"), str(r, "location"), str(r, "content_hash"),
                    str(r, "format"), str(r, "language"), provenance, str(r, "text"), str(r, "searchable"), blocks,
                    metadata, ((Number) r.get("byte_size")).longValue(), str(r, "ingested_at")));
        });
    }

    private static String str(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    @Override
    public List<String> unindexed(int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id FROM documents WHERE indexed = 0 ORDER BY ingested_at, id LIMIT :limit")
                .bind("limit", limit).mapTo(String.class).list());
    }

    @Override
    public void markIndexed(Collection<String> ids) {
        if (ids.isEmpty()) return;
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("UPDATE documents SET indexed = 1 WHERE id = :id");
            for (String id : ids) batch.bind("id", id).add();
            batch.execute();
        });
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM documents").mapTo(Long.class).one());
    }

    @Override
    public void close() {
        // connections are opened per call; nothing is held
    }
}
