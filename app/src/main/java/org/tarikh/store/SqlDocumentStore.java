package org.tarikh.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.tarikh.extract.EventType;
import org.tarikh.extract.ExtractedEvent;
import org.tarikh.extract.dates.EdtfDate;
import org.tarikh.extract.Mention;
import org.tarikh.extract.names.PersonName;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.ResolvedPerson;
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
    private final AutoCloseable keepAlive;

    public SqlDocumentStore(DataSource dataSource) {
        this(dataSource, null);
    }

    private SqlDocumentStore(DataSource dataSource, AutoCloseable keepAlive) {
        migrate(dataSource);
        this.jdbi = Jdbi.create(dataSource);
        this.keepAlive = keepAlive;
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
        // SQLite checkpoints and drops its write-ahead log and caches when the last connection closes; one
        // connection held open for the store's life keeps them warm between calls (measured in BENCHMARKS.md)
        try {
            return new SqlDocumentStore(dataSource, dataSource.getConnection());
        } catch (java.sql.SQLException e) {
            throw new TarikhException("cannot open the archive database in " + archiveDir + ": " + e.getMessage(), e);
        }
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
        save(doc, List.of());
    }

    @Override
    public void save(StoredDocument doc, List<DocumentPerson> persons) {
        save(doc, persons, List.of());
    }

    @Override
    public void save(StoredDocument doc, List<DocumentPerson> persons, List<ScannedPage> pages) {
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
            insertPersons(h, persons);
            insertPages(h, doc.id(), pages);
        });
    }

    private static void insertPages(Handle h, String id, List<ScannedPage> pages) {
        if (pages.isEmpty()) return;
        PreparedBatch rows = h.prepareBatch("""
                INSERT INTO document_pages (document_id, page, image_path, image_type, width, height, ocr_languages,
                    mean_confidence, seconds)
                VALUES (:id, :page, :image, :type, :width, :height, :languages, :confidence, :seconds)""");
        PreparedBatch lines = h.prepareBatch("""
                INSERT INTO page_lines (document_id, page, ordinal, x, y, width, height, start_offset, end_offset, confidence)
                VALUES (:id, :page, :ordinal, :x, :y, :width, :height, :start, :end, :confidence)""");
        PreparedBatch words = h.prepareBatch("""
                INSERT INTO page_words (document_id, page, ordinal, line, x, y, width, height, start_offset, end_offset,
                    confidence, ocr_text)
                VALUES (:id, :page, :ordinal, :line, :x, :y, :width, :height, :start, :end, :confidence, :text)""");
        for (ScannedPage p : pages) {
            rows.bind("id", id).bind("page", p.number()).bind("image", p.image().toString().replace('\\', '/'))
                    .bind("type", p.imageType()).bind("width", p.width()).bind("height", p.height())
                    .bind("languages", p.ocrLanguages()).bind("confidence", p.meanConfidence())
                    .bind("seconds", p.seconds()).add();
            int ordinal = 0;
            for (ScannedPage.Line l : p.lines()) {
                lines.bind("id", id).bind("page", p.number()).bind("ordinal", ordinal++).bind("x", l.left())
                        .bind("y", l.top()).bind("width", l.width()).bind("height", l.height())
                        .bind("start", l.start()).bind("end", l.end()).bind("confidence", l.confidence()).add();
            }
            ordinal = 0;
            for (ScannedPage.Word w : p.words()) {
                words.bind("id", id).bind("page", p.number()).bind("ordinal", ordinal++).bind("line", w.line())
                        .bind("x", w.left()).bind("y", w.top()).bind("width", w.width()).bind("height", w.height())
                        .bind("start", w.start()).bind("end", w.end()).bind("confidence", w.confidence())
                        .bind("text", w.ocrText()).add();
            }
        }
        rows.execute();
        if (lines.size() > 0) lines.execute();
        if (words.size() > 0) words.execute();
    }

    @Override
    public List<ScannedPage> pages(String documentId) {
        return jdbi.withHandle(h -> {
            Map<Integer, List<ScannedPage.Line>> lines = new HashMap<>();
            h.createQuery("""
                            SELECT page, x, y, width, height, start_offset, end_offset, confidence FROM page_lines
                            WHERE document_id = :id ORDER BY page, ordinal""").bind("id", documentId)
                    .map((rs, ctx) -> lines.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new ScannedPage.Line(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                                    rs.getInt(6), rs.getInt(7), rs.getDouble(8))))
                    .list();
            Map<Integer, List<ScannedPage.Word>> words = new HashMap<>();
            h.createQuery("""
                            SELECT page, line, x, y, width, height, start_offset, end_offset, confidence, ocr_text
                            FROM page_words WHERE document_id = :id ORDER BY page, ordinal""").bind("id", documentId)
                    .map((rs, ctx) -> words.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new ScannedPage.Word(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                                    rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getDouble(9), rs.getString(10))))
                    .list();
            return h.createQuery("""
                            SELECT page, width, height, image_path, image_type, ocr_languages, mean_confidence, seconds
                            FROM document_pages WHERE document_id = :id ORDER BY page""").bind("id", documentId)
                    .map((rs, ctx) -> new ScannedPage(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                            Path.of(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getDouble(8),
                            lines.getOrDefault(rs.getInt(1), List.of()), words.getOrDefault(rs.getInt(1), List.of())))
                    .list();
        });
    }

    private static void insertPersons(Handle h, List<DocumentPerson> persons) {
        if (persons.isEmpty()) return;
        PreparedBatch people = h.prepareBatch("""
                INSERT INTO document_persons (document_id, local_id, name, surname, given_name, patronymic, initials, gender)
                VALUES (:doc, :local, :name, :surname, :given, :patronymic, :initials, :gender)""");
        PreparedBatch mentions = h.prepareBatch("""
                INSERT INTO person_mentions (document_id, local_id, ordinal, text, start_offset, end_offset)
                VALUES (:doc, :local, :ordinal, :text, :start, :end)""");
        for (DocumentPerson p : persons) {
            PersonName n = p.parsed();
            people.bind("doc", p.documentId()).bind("local", p.localId()).bind("name", p.name())
                    .bind("surname", n.surname()).bind("given", n.givenName()).bind("patronymic", n.patronymic())
                    .bind("initials", String.join(" ", n.initials())).bind("gender", n.gender().name()).add();
            int ordinal = 0;
            for (Mention m : p.mentions()) {
                mentions.bind("doc", p.documentId()).bind("local", p.localId()).bind("ordinal", ordinal++)
                        .bind("text", m.text()).bind("start", m.start()).bind("end", m.end()).add();
            }
        }
        people.execute();
        if (mentions.size() > 0) mentions.execute();
        PreparedBatch events = h.prepareBatch("""
                INSERT INTO document_events (document_id, ordinal, local_id, type, date, place, evidence,
                    start_offset, end_offset, details)
                VALUES (:doc, :ordinal, :local, :type, :date, :place, :evidence, :start, :end, :details)""");
        int ordinal = 0;
        for (DocumentPerson p : persons) {
            for (ExtractedEvent e : p.events()) {
                StringBuilder details = new StringBuilder();
                e.details().forEach((k, v) -> details.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
                events.bind("doc", p.documentId()).bind("ordinal", ordinal++).bind("local", p.localId())
                        .bind("type", e.type().wire()).bind("date", e.date() == null ? null : e.date().value()).bind("place", e.place()).bind("evidence", e.text())
                        .bind("start", e.start()).bind("end", e.end()).bind("details", details.toString()).add();
            }
        }
        if (events.size() > 0) events.execute();
    }

    @Override
    public List<DocumentPerson> documentPersons() {
        return jdbi.withHandle(h -> {
            Map<String, List<Mention>> mentions = new HashMap<>();
            h.createQuery("SELECT document_id, local_id, text, start_offset, end_offset FROM person_mentions "
                            + "ORDER BY document_id, local_id, ordinal")
                    .map((rs, ctx) -> {
                        mentions.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>())
                                .add(new Mention(rs.getString(3), rs.getInt(4), rs.getInt(5)));
                        return 0;
                    }).list();
            Map<String, List<ExtractedEvent>> events = new HashMap<>();
            h.createQuery("SELECT document_id, local_id, type, date, place, evidence, start_offset, end_offset, details "
                            + "FROM document_events ORDER BY document_id, ordinal")
                    .map((rs, ctx) -> {
                        Map<String, String> details = new LinkedHashMap<>();
                        String raw = rs.getString(9);
                        if (raw != null) {
                            for (String line : raw.split("\n")) {
                                int eq = line.indexOf('=');
                                if (eq > 0) details.put(line.substring(0, eq), line.substring(eq + 1));
                            }
                        }
                        events.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>())
                                // the columns hold the wire strings; they are read back into values once, here
                                .add(new ExtractedEvent(EventType.of(rs.getString(3)), rs.getString(2),
                                        rs.getString(4) == null ? null : EdtfDate.parse(rs.getString(4)), rs.getString(5),
                                        rs.getString(6), rs.getInt(7), rs.getInt(8), details));
                        return 0;
                    }).list();
            return h.createQuery("""
                            SELECT p.document_id, d.source, p.local_id, p.name, p.surname, p.given_name, p.patronymic,
                                   p.initials, p.gender
                            FROM document_persons p JOIN documents d ON d.id = p.document_id
                            ORDER BY p.document_id, p.local_id""")
                    .map((rs, ctx) -> {
                        String initials = rs.getString(8);
                        PersonName name = new PersonName(rs.getString(5), rs.getString(6), rs.getString(7),
                                initials == null || initials.isBlank() ? List.of() : List.of(initials.split(" ")),
                                rs.getString(4), PersonName.Gender.valueOf(rs.getString(9)));
                        String member = rs.getString(1) + "/" + rs.getString(3);
                        return new DocumentPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                name, mentions.getOrDefault(member, List.of()), events.getOrDefault(member, List.of()));
                    }).list();
        });
    }

    @Override
    public void replacePersons(List<ResolvedPerson> persons) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM person_members");
            h.execute("DELETE FROM persons");
            PreparedBatch people = h.prepareBatch("INSERT INTO persons (id, name, names) VALUES (:id, :name, :names)");
            PreparedBatch members = h.prepareBatch("""
                    INSERT INTO person_members (person_id, document_id, local_id, reason)
                    VALUES (:person, :doc, :local, :reason)""");
            for (ResolvedPerson p : persons) {
                people.bind("id", p.id()).bind("name", p.name()).bind("names", String.join("\n", p.names())).add();
                for (DocumentPerson m : p.members()) {
                    members.bind("person", p.id()).bind("doc", m.documentId()).bind("local", m.localId())
                            .bind("reason", p.reasons().getOrDefault(m.memberKey(), "")).add();
                }
            }
            if (people.size() > 0) people.execute();
            if (members.size() > 0) members.execute();
        });
    }

    @Override
    public List<ResolvedPerson> persons() {
        Map<String, DocumentPerson> byMember = new HashMap<>();
        for (DocumentPerson p : documentPersons()) byMember.put(p.memberKey(), p);
        return jdbi.withHandle(h -> {
            Map<String, List<DocumentPerson>> members = new LinkedHashMap<>();
            Map<String, Map<String, String>> reasons = new HashMap<>();
            h.createQuery("SELECT person_id, document_id, local_id, reason FROM person_members ORDER BY person_id, document_id, local_id")
                    .map((rs, ctx) -> {
                        String key = rs.getString(2) + "/" + rs.getString(3);
                        DocumentPerson member = byMember.get(key);
                        if (member != null) {
                            members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(member);
                            reasons.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(key, rs.getString(4));
                        }
                        return 0;
                    }).list();
            return h.createQuery("SELECT id, name, names FROM persons ORDER BY id")
                    .map((rs, ctx) -> new ResolvedPerson(rs.getString(1), rs.getString(2),
                            List.of(rs.getString(3).split("\n")), members.getOrDefault(rs.getString(1), List.of()),
                            reasons.getOrDefault(rs.getString(1), Map.of())))
                    .list();
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
    public List<String> personMentionTexts(String documentId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT text FROM person_mentions WHERE document_id = :id")
                .bind("id", documentId).mapTo(String.class).list());
    }

    @Override
    public List<String> ids() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM documents ORDER BY ingested_at, id")
                .mapTo(String.class).list());
    }

    @Override
    public void markAllUnindexed() {
        jdbi.useHandle(h -> h.execute("UPDATE documents SET indexed = 0"));
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
        if (keepAlive == null) return;
        try {
            keepAlive.close();
        } catch (Exception e) {
            throw new TarikhException("closing the archive database: " + e.getMessage(), e);
        }
    }
}
