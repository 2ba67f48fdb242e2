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
import java.util.Set;
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
import java.util.function.Function;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.resolve.ClaimId;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.Editorial;
import org.tarikh.resolve.PersonIds;
import org.tarikh.resolve.PersonResolver;
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
    private static final int CHUNK = 400;
    private final Jdbi jdbi;
    private final AutoCloseable keepAlive;
    private final Function<DocumentPerson, PersonResolver.BlockKeys> keys;
    private final SqlDialect dialect;
    /** Names of {@link #exclusively} this thread holds: held again, work runs at once (no second connection waits). */
    private final ThreadLocal<Set<String>> held = ThreadLocal.withInitial(java.util.HashSet::new);
    private final Map<String, java.util.concurrent.locks.ReentrantLock> localLocks = new java.util.concurrent.ConcurrentHashMap<>();

    public SqlDocumentStore(DataSource dataSource) {
        this(dataSource, null, defaultKeys());
    }

    private SqlDocumentStore(DataSource dataSource, AutoCloseable keepAlive,
                             Function<DocumentPerson, PersonResolver.BlockKeys> keys) {
        migrate(dataSource);
        this.jdbi = Jdbi.create(dataSource);
        this.dialect = jdbi.withHandle(h -> {
            try {
                return SqlDialect.of(h.getConnection().getMetaData().getDatabaseProductName());
            } catch (java.sql.SQLException e) {
                throw new TarikhException("cannot tell which database the archive is on: " + e.getMessage(), e);
            }
        });
        this.keepAlive = keepAlive;
        this.keys = keys;
    }

    private static Function<DocumentPerson, PersonResolver.BlockKeys> defaultKeys() {
        return new PersonResolver(new NameKeyer())::blockKeys;
    }

    /** Opens (creating if needed) the archive's single-file database {@code tarikh.db} in {@code archiveDir}. */
    public static SqlDocumentStore openSqlite(Path archiveDir) {
        return openSqlite(archiveDir, defaultKeys());
    }

    /** As {@link #openSqlite(Path)}, with the resolver's blocking keys written beside each document person. */
    public static SqlDocumentStore openSqlite(Path archiveDir, Function<DocumentPerson, PersonResolver.BlockKeys> keys) {
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
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + archiveDir.resolve("tarikh.db").toAbsolutePath());
        // a pool of connections kept open: opening a SQLite connection reads the schema and closing one may
        // checkpoint, which cost more than most statements (measured: the resolution benchmark spent more time in
        // NativeDB._close and prepare than in executing statements); it also keeps SQLite's caches warm
        com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
        pool.setDataSource(sqlite);
        pool.setPoolName("tarikh-" + archiveDir.getFileName());
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(60_000);
        pool.setInitializationFailTimeout(-1);
        try {
            com.zaxxer.hikari.HikariDataSource dataSource = new com.zaxxer.hikari.HikariDataSource(pool);
            try {
                return new SqlDocumentStore(dataSource, dataSource, keys);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
        } catch (RuntimeException e) {
            if (e instanceof TarikhException) throw e;
            throw new TarikhException("cannot open the archive database in " + archiveDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens (migrating if needed) the archive's PostgreSQL database, shared by every process that names it. A pool
     * of a few connections per process; the server must be reachable (a clear message says which one was not).
     */
    public static SqlDocumentStore openPostgres(String host, int port, String database, String user, String password,
                                                Function<DocumentPerson, PersonResolver.BlockKeys> keys) {
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setServerNames(new String[] {host});
        pg.setPortNumbers(new int[] {port});
        pg.setDatabaseName(database);
        pg.setUser(user);
        if (password != null) pg.setPassword(password);
        pg.setApplicationName("tarikh");
        pg.setConnectTimeout(10);
        // a batch of inserts is sent as multi-row INSERTs (the bulk path stores a thousand documents per transaction)
        pg.setReWriteBatchedInserts(true);
        // one connection first, straight from the driver: a server that refuses is said at once, not after the
        // pool's wait for a connection (30 s)
        try (java.sql.Connection probe = pg.getConnection()) {
            probe.isValid(5);
        } catch (java.sql.SQLException e) {
            throw new TarikhException("cannot connect to the archive's PostgreSQL database postgresql://" + user + "@" + host
                    + ":" + port + "/" + database + ": " + e.getMessage());
        }
        com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
        pool.setDataSource(pg);
        pool.setPoolName("tarikh-pg-" + database);
        pool.setMaximumPoolSize(6);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(30_000);
        pool.setInitializationFailTimeout(-1);
        com.zaxxer.hikari.HikariDataSource dataSource = new com.zaxxer.hikari.HikariDataSource(pool);
        try (java.sql.Connection probe = dataSource.getConnection()) {
            probe.isValid(5);
        } catch (java.sql.SQLException e) {
            dataSource.close();
            throw new TarikhException("cannot connect to the archive's PostgreSQL database postgresql://" + user + "@" + host
                    + ":" + port + "/" + database + ": "
                    + e.getMessage());
        }
        try {
            return new SqlDocumentStore(dataSource, dataSource, keys);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
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
    public Map<String, Fingerprint> findByLocations(Collection<String> locations) {
        Map<String, Fingerprint> out = new HashMap<>();
        jdbi.useHandle(h -> {
            for (List<String> chunk : chunks(locations)) {
                h.createQuery("SELECT id, content_hash, source, location FROM documents WHERE location IN (<v>)")
                        .bindList("v", chunk)
                        .map((rs, ctx) -> out.put(rs.getString(4), new Fingerprint(rs.getString(1), rs.getString(2), rs.getString(3))))
                        .list();
            }
        });
        return out;
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
            write(h, doc, persons);
            insertPages(h, doc.id(), pages);
        });
    }

    @Override
    public Saved saveNew(StoredDocument doc, List<DocumentPerson> persons, List<ScannedPage> pages) {
        return jdbi.inTransaction(h -> {
            dialect.lockInTransaction(h, List.of("location:" + doc.location(), "content:" + doc.contentHash()));
            Optional<Fingerprint> previous = fingerprint(h, "location = :v", doc.location());
            if (previous.isPresent() && previous.get().contentHash().equals(doc.contentHash())) {
                return new Saved(SaveOutcome.UNCHANGED, null);
            }
            if (previous.isEmpty()) {
                Optional<Fingerprint> twin = fingerprint(h, "content_hash = :v", doc.contentHash());
                if (twin.isPresent()) return new Saved(SaveOutcome.DUPLICATE, twin.get());
            }
            write(h, doc, persons);
            insertPages(h, doc.id(), pages);
            return new Saved(previous.isPresent() ? SaveOutcome.REPLACED : SaveOutcome.ADDED, null);
        });
    }

    @Override
    public List<BatchSaved> saveNewAll(List<NewDocument> documents) {
        if (documents.isEmpty()) return List.of();
        try {
            return jdbi.inTransaction(h -> saveBatch(h, documents));
        } catch (RuntimeException e) {
            if (unreachable(e)) throw e; // not a row's fault: every smaller batch would fail the same way
            if (documents.size() == 1) {
                StoredDocument d = documents.get(0).document();
                return List.of(new BatchSaved(null, "cannot store " + d.source() + ": " + firstLine(e)));
            }
            // the transaction stored nothing: its halves are stored apart, so that only the refused document is left out
            int half = documents.size() / 2;
            List<BatchSaved> out = new ArrayList<>(saveNewAll(documents.subList(0, half)));
            out.addAll(saveNewAll(documents.subList(half, documents.size())));
            return out;
        }
    }

    /**
     * One transaction of {@link #saveNewAll}: every location and content of the batch locked, then read at once; each
     * document decided as {@link #saveNew} decides it, against what the database holds and what the batch's earlier
     * documents made of it.
     */
    private List<BatchSaved> saveBatch(Handle h, List<NewDocument> documents) {
        List<String> keys = new ArrayList<>();
        for (NewDocument d : documents) {
            keys.add("location:" + d.document().location());
            keys.add("content:" + d.document().contentHash());
        }
        dialect.lockInTransaction(h, keys);
        Map<String, Fingerprint> atLocation = new HashMap<>();
        Map<String, java.util.TreeMap<String, Fingerprint>> withContent = new HashMap<>(); // content → id → document
        for (List<String> chunk : chunks(documents.stream().map(d -> d.document().location()).toList())) {
            h.createQuery("SELECT id, content_hash, source, location FROM documents WHERE location IN (<v>)")
                    .bindList("v", chunk)
                    .map((rs, ctx) -> atLocation.put(rs.getString(4), new Fingerprint(rs.getString(1), rs.getString(2), rs.getString(3))))
                    .list();
        }
        for (List<String> chunk : chunks(documents.stream().map(d -> d.document().contentHash()).toList())) {
            h.createQuery("SELECT id, content_hash, source FROM documents WHERE content_hash IN (<v>)")
                    .bindList("v", chunk)
                    .map((rs, ctx) -> withContent.computeIfAbsent(rs.getString(2), k -> new java.util.TreeMap<>())
                            .put(rs.getString(1), new Fingerprint(rs.getString(1), rs.getString(2), rs.getString(3))))
                    .list();
        }
        List<BatchSaved> out = new ArrayList<>(documents.size());
        List<NewDocument> added = new ArrayList<>();
        // the stored documents read from scans, by id: their pages follow their rows; a later version of the same id
        // in the batch replaces the earlier one's pages, as its write would have
        Map<String, NewDocument> scanned = new java.util.LinkedHashMap<>();
        for (NewDocument d : documents) {
            StoredDocument doc = d.document();
            Fingerprint previous = atLocation.get(doc.location());
            if (previous != null && previous.contentHash().equals(doc.contentHash())) {
                out.add(new BatchSaved(new Saved(SaveOutcome.UNCHANGED, null), null));
                continue;
            }
            var twins = withContent.get(doc.contentHash());
            if (previous == null && twins != null && !twins.isEmpty()) {
                out.add(new BatchSaved(new Saved(SaveOutcome.DUPLICATE, twins.firstEntry().getValue()), null));
                continue;
            }
            if (previous == null) {
                added.add(d);
            } else {
                insertNew(h, added); // an earlier document of the batch may be the one this replaces
                added.clear();
                write(h, doc, d.persons());
                withContent.getOrDefault(previous.contentHash(), new java.util.TreeMap<>()).remove(previous.id());
            }
            scanned.remove(doc.id());
            if (!d.pages().isEmpty()) scanned.put(doc.id(), d);
            Fingerprint now = new Fingerprint(doc.id(), doc.contentHash(), doc.source());
            atLocation.put(doc.location(), now);
            withContent.computeIfAbsent(doc.contentHash(), k -> new java.util.TreeMap<>()).put(doc.id(), now);
            out.add(new BatchSaved(new Saved(previous == null ? SaveOutcome.ADDED : SaveOutcome.REPLACED, null), null));
        }
        insertNew(h, added);
        for (NewDocument d : scanned.values()) insertPages(h, d.document().id(), d.pages());
        return out;
    }

    /** Whether a failure is the database's being out of reach (no connection), not a refused row. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) return true;
            if (t instanceof java.sql.SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) return true;
        }
        return false;
    }

    /** The first line of the deepest message of a failure: the database's own words, without the statement. */
    private static String firstLine(Throwable e) {
        Throwable deepest = e;
        for (Throwable t = e; t != null; t = t.getCause()) if (t.getMessage() != null) deepest = t;
        String m = String.valueOf(deepest.getMessage()).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static Optional<Fingerprint> fingerprint(Handle h, String condition, String value) {
        return h.createQuery("SELECT id, content_hash, source FROM documents WHERE " + condition + " ORDER BY id LIMIT 1")
                .bind("v", value)
                .map((rs, ctx) -> new Fingerprint(rs.getString(1), rs.getString(2), rs.getString(3)))
                .findOne();
    }

    @Override
    public <T> T exclusively(String name, java.util.function.Supplier<T> work) {
        Set<String> mine = held.get();
        if (mine.contains(name)) return work.get();
        if (dialect == SqlDialect.POSTGRESQL) {
            try (Handle lock = jdbi.open()) {
                lock.createQuery("SELECT pg_advisory_lock(hashtextextended(:name, 0))").bind("name", "tarikh:" + name)
                        .mapTo(String.class).one();
                mine.add(name);
                try {
                    return work.get();
                } finally {
                    mine.remove(name);
                    lock.createQuery("SELECT pg_advisory_unlock(hashtextextended(:name, 0))").bind("name", "tarikh:" + name)
                            .mapTo(String.class).one();
                }
            }
        }
        java.util.concurrent.locks.ReentrantLock lock = localLocks.computeIfAbsent(name, n -> new java.util.concurrent.locks.ReentrantLock());
        lock.lock();
        mine.add(name);
        try {
            return work.get();
        } finally {
            mine.remove(name);
            lock.unlock();
        }
    }

    /** Writes one version of a document with its persons inside the caller's transaction (ingest, register import). */
    private void write(Handle h, StoredDocument doc, List<DocumentPerson> persons) {
        List<OldPerson> before = h.createQuery(
                        "SELECT local_id, name, family_key, given_name FROM document_persons WHERE document_id = :id")
                .bind("id", doc.id())
                .map((rs, ctx) -> new OldPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        h.createUpdate("DELETE FROM documents WHERE id = :id").bind("id", doc.id()).execute();
        insertNew(h, List.of(new NewDocument(doc, persons)));
        if (!before.isEmpty()) carryOver(h, doc.id(), "gone:" + doc.contentHash().substring(0, 8) + ":", before, persons);
    }

    /**
     * Inserts documents the store does not hold (no row of their ids) with their outbox rows, blocks, references,
     * metadata and persons inside the caller's transaction: one batch of statements per table for all of them.
     */
    private void insertNew(Handle h, List<NewDocument> docs) {
        if (docs.isEmpty()) return;
        PreparedBatch rows = h.prepareBatch("""
                INSERT INTO documents (id, source, location, content_hash, format, language, title, publisher,
                    author, translator, published, cited_source, text, searchable, byte_size, ingested_at)
                VALUES (:id, :source, :location, :hash, :format, :language, :title, :publisher, :author,
                    :translator, :published, :cited, :text, :searchable, :size, :at)""");
        PreparedBatch outbox = h.prepareBatch("""
                INSERT INTO search_outbox (document_id, content_hash, queued_at) VALUES (:id, :hash, :at)
                ON CONFLICT (document_id, content_hash) DO NOTHING""");
        PreparedBatch meta = h.prepareBatch(
                "INSERT INTO document_metadata (document_id, name, value) VALUES (:id, :name, :value)");
        String queued = java.time.Instant.now().toString();
        List<DocumentPerson> persons = new ArrayList<>();
        for (NewDocument d : docs) {
            StoredDocument doc = d.document();
            Provenance p = doc.provenance();
            rows.bind("id", doc.id()).bind("source", doc.source()).bind("location", doc.location())
                    .bind("hash", doc.contentHash()).bind("format", doc.format()).bind("language", doc.language())
                    .bind("title", p.title()).bind("publisher", p.publisher()).bind("author", p.author())
                    .bind("translator", p.translator()).bind("published", p.published())
                    .bind("cited", p.citedSource()).bind("text", doc.text()).bind("searchable", doc.searchable())
                    .bind("size", doc.byteSize()).bind("at", doc.ingestedAt()).add();
            // the outbox row of a stored version: written in the transaction that stores it
            outbox.bind("id", doc.id()).bind("hash", doc.contentHash()).bind("at", queued).add();
            doc.metadata().forEach((name, value) ->
                    meta.bind("id", doc.id()).bind("name", name).bind("value", value).add());
            persons.addAll(d.persons());
        }
        rows.execute();
        outbox.execute();
        insertBlocks(h, docs);
        insertReferences(h, docs);
        if (meta.size() > 0) meta.execute();
        insertPersons(h, persons);
    }

    @Override
    public void saveRegister(StoredDocument doc, List<DocumentPerson> persons, List<RegisterRow> rows) {
        jdbi.useTransaction(h -> {
            write(h, doc, persons);
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO register_rows (document_id, local_id, line, details, review)
                    VALUES (:doc, :local, :line, :details, NULL)""");
            for (RegisterRow row : rows) {
                batch.bind("doc", doc.id()).bind("local", row.localId()).bind("line", row.line())
                        .bind("details", keyValueLines(row.details())).add();
            }
            if (batch.size() > 0) batch.execute();
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

    @Override
    public void setRegisterReview(String documentId, Map<String, String> review) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE register_rows SET review = NULL WHERE document_id = :doc").bind("doc", documentId).execute();
            PreparedBatch batch = h.prepareBatch(
                    "UPDATE register_rows SET review = :review WHERE document_id = :doc AND local_id = :local");
            review.forEach((local, why) -> batch.bind("review", why).bind("doc", documentId).bind("local", local).add());
            if (batch.size() > 0) batch.execute();
        });
    }

    @Override
    public List<RegisterReview> registerReview() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.document_id, d.source, r.local_id, r.line, p.name, r.review
                        FROM register_rows r JOIN documents d ON d.id = r.document_id
                        JOIN document_persons p ON p.document_id = r.document_id AND p.local_id = r.local_id
                        WHERE r.review IS NOT NULL ORDER BY d.source, r.line""")
                .map((rs, ctx) -> new RegisterReview(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list());
    }

    @Override
    public Map<String, String> registerDetails(String documentId, String localId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT details FROM register_rows WHERE document_id = :doc AND local_id = :local")
                .bind("doc", documentId).bind("local", localId)
                .mapTo(String.class).findOne().map(SqlDocumentStore::keyValues).orElse(Map.of()));
    }

    /** key=value lines, a line break in a value written as a space (the form of document_events.details). */
    private static String keyValueLines(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(k.replace('=', ' ').replace('\n', ' ')).append('=').append(v.replace('\n', ' ')).append('\n'));
        return out.toString();
    }

    private static Map<String, String> keyValues(String lines) {
        Map<String, String> out = new LinkedHashMap<>();
        if (lines == null) return out;
        for (String line : lines.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }

    private record OldPerson(String localId, String name, String familyKey, String givenName) {}

    /**
     * A new version of a document numbers its persons anew: the archive's assignment of each old document person
     * (its person id) and an editor's pin on it move to the new document person of the same name, else of the same
     * family key and given name; an old one with no such successor is marked gone ({@code gone:<version>:p3}), so that
     * resolution sees its person lose it.
     */
    private void carryOver(Handle h, String documentId, String gone, List<OldPerson> before, List<DocumentPerson> after) {
        Map<String, String> successor = new HashMap<>();
        java.util.Set<String> usedNew = new java.util.HashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (OldPerson old : before) {
                if (successor.containsKey(old.localId())) continue;
                for (DocumentPerson p : after) {
                    if (usedNew.contains(p.localId())) continue;
                    boolean same = pass == 0 ? p.name().equals(old.name())
                            : old.familyKey() != null && old.familyKey().equals(keys.apply(p).familyKey())
                                    && java.util.Objects.equals(old.givenName(), p.parsed().givenName());
                    if (same) {
                        successor.put(old.localId(), p.localId());
                        usedNew.add(p.localId());
                        break;
                    }
                }
            }
        }
        for (String table : List.of("person_members", "person_pins")) {
            h.createUpdate("UPDATE " + table + " SET local_id = 'tmp:' || local_id WHERE document_id = :doc "
                    + "AND local_id NOT LIKE 'gone:%'").bind("doc", documentId).execute();
            for (OldPerson old : before) {
                String to = successor.getOrDefault(old.localId(), gone + old.localId());
                h.createUpdate("UPDATE " + table + " SET local_id = :to WHERE document_id = :doc AND local_id = :from")
                        .bind("to", to).bind("doc", documentId).bind("from", "tmp:" + old.localId()).execute();
            }
            h.createUpdate("UPDATE " + table + " SET local_id = :gone || substr(local_id, 5) WHERE document_id = :doc "
                    + "AND local_id LIKE 'tmp:%'").bind("gone", gone).bind("doc", documentId).execute();
        }
    }

    private void insertPersons(Handle h, List<DocumentPerson> persons) {
        if (persons.isEmpty()) return;
        PreparedBatch people = h.prepareBatch("""
                INSERT INTO document_persons (document_id, local_id, name, surname, given_name, patronymic, initials,
                    gender, family_key, surname_frame, family_frame, name_key, form_key)
                VALUES (:doc, :local, :name, :surname, :given, :patronymic, :initials, :gender, :family, :sframe,
                    :fframe, :nkey, :fkey)""");
        PreparedBatch mentions = h.prepareBatch("""
                INSERT INTO person_mentions (document_id, local_id, ordinal, text, start_offset, end_offset)
                VALUES (:doc, :local, :ordinal, :text, :start, :end)""");
        for (DocumentPerson p : persons) {
            PersonName n = p.parsed();
            people.bind("doc", p.documentId()).bind("local", p.localId()).bind("name", p.name())
                    .bind("surname", n.surname()).bind("given", n.givenName()).bind("patronymic", n.patronymic())
                    .bind("initials", String.join(" ", n.initials())).bind("gender", n.gender().name());
            PersonResolver.BlockKeys k = keys.apply(p);
            people.bind("family", k.familyKey()).bind("sframe", k.surnameFrame()).bind("fframe", k.familyFrame())
                    .bind("nkey", k.nameKey()).bind("fkey", k.formKey()).add();
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
                    start_offset, end_offset, details, claim_id)
                VALUES (:doc, :ordinal, :local, :type, :date, :place, :evidence, :start, :end, :details, :claim)""");
        Map<String, Integer> ordinals = new HashMap<>(); // numbered per document: a batch holds many documents' persons
        for (DocumentPerson p : persons) {
            for (ExtractedEvent e : p.events()) {
                int ordinal = ordinals.merge(p.documentId(), 1, Integer::sum) - 1;
                StringBuilder details = new StringBuilder();
                e.details().forEach((k, v) -> details.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
                events.bind("doc", p.documentId()).bind("ordinal", ordinal).bind("local", p.localId())
                        .bind("type", e.type().wire()).bind("date", e.date() == null ? null : e.date().value()).bind("place", e.place()).bind("evidence", e.text())
                        .bind("start", e.start()).bind("end", e.end()).bind("details", details.toString())
                        .bind("claim", ClaimId.of(p.documentId(), e.type(), e.date(), e.text())).add();
            }
        }
        if (events.size() > 0) events.execute();
    }

    @Override
    public List<DocumentPerson> documentPersons() {
        return jdbi.withHandle(h -> loadPersons(h, "1 = 1", Map.of()));
    }

    /**
     * The document persons matching a condition on {@code document_persons p}, with their mentions and events. The
     * condition may use the named bindings given; mentions and events are read for the same documents.
     */
    private static List<DocumentPerson> loadPersons(Handle h, String condition, Map<String, List<String>> lists) {
        String docs = "SELECT DISTINCT p.document_id FROM document_persons p WHERE " + condition;
        Map<String, List<Mention>> mentions = new HashMap<>();
        bindLists(h.createQuery("SELECT m.document_id, m.local_id, m.text, m.start_offset, m.end_offset "
                        + "FROM person_mentions m WHERE m.document_id IN (" + docs + ") "
                        + "ORDER BY m.document_id, m.local_id, m.ordinal"), lists)
                .map((rs, ctx) -> {
                    mentions.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>())
                            .add(new Mention(rs.getString(3), rs.getInt(4), rs.getInt(5)));
                    return 0;
                }).list();
        Map<String, List<ExtractedEvent>> events = new HashMap<>();
        bindLists(h.createQuery("SELECT e.document_id, e.local_id, e.type, e.date, e.place, e.evidence, e.start_offset, "
                        + "e.end_offset, e.details FROM document_events e WHERE e.document_id IN (" + docs + ") "
                        + "ORDER BY e.document_id, e.ordinal"), lists)
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
        return bindLists(h.createQuery("""
                        SELECT p.document_id, d.source, p.local_id, p.name, p.surname, p.given_name, p.patronymic,
                               p.initials, p.gender
                        FROM document_persons p JOIN documents d ON d.id = p.document_id"""
                        + " WHERE " + condition + " ORDER BY p.document_id, p.local_id"), lists)
                .map((rs, ctx) -> {
                    String initials = rs.getString(8);
                    PersonName name = new PersonName(rs.getString(5), rs.getString(6), rs.getString(7),
                            initials == null || initials.isBlank() ? List.of() : List.of(initials.split(" ")),
                            rs.getString(4), PersonName.Gender.valueOf(rs.getString(9)));
                    String member = rs.getString(1) + "/" + rs.getString(3);
                    return new DocumentPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            name, mentions.getOrDefault(member, List.of()), events.getOrDefault(member, List.of()));
                }).list();
    }

    private static org.jdbi.v3.core.statement.Query bindLists(org.jdbi.v3.core.statement.Query q, Map<String, List<String>> lists) {
        lists.forEach(q::bindList);
        return q;
    }

    @Override
    public List<DocumentPerson> documentPersonsIn(Collection<String> documentIds) {
        List<DocumentPerson> out = new ArrayList<>();
        for (List<String> chunk : chunks(documentIds)) {
            out.addAll(jdbi.withHandle(h -> loadPersons(h, "p.document_id IN (<docs>)", Map.of("docs", chunk))));
        }
        return out;
    }

    @Override
    public Set<String> memberKeysByKeys(Collection<String> familyKeys, Collection<String> surnameFrames,
                                        Collection<String> familyFrames) {
        Set<String> out = new java.util.LinkedHashSet<>();
        jdbi.useHandle(h -> {
            for (var column : List.of(Map.entry("family_key", familyKeys), Map.entry("surname_frame", surnameFrames),
                    Map.entry("family_frame", familyFrames))) {
                for (List<String> chunk : chunks(column.getValue())) {
                    h.createQuery("SELECT document_id, local_id FROM document_persons WHERE " + column.getKey()
                                    + " IN (<keys>) ORDER BY document_id, local_id").bindList("keys", chunk)
                            .map((rs, ctx) -> out.add(rs.getString(1) + "/" + rs.getString(2))).list();
                }
            }
        });
        return out;
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(values));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        return out;
    }

    @Override
    public Set<String> crowdedFrames(Collection<String> surnameFrames, Collection<String> familyFrames, int families) {
        Set<String> out = new java.util.HashSet<>();
        jdbi.useHandle(h -> {
            for (String[] kind : new String[][] {{"s:", "surname_frame"}, {"g:", "family_frame"}}) {
                for (String frame : kind[0].equals("s:") ? surnameFrames : familyFrames) {
                    int n = h.createQuery("SELECT COUNT(*) FROM (SELECT DISTINCT family_key FROM document_persons WHERE "
                                    + kind[1] + " = :frame LIMIT :limit) AS f")
                            .bind("frame", frame).bind("limit", families + 1).mapTo(Integer.class).one();
                    if (n > families) out.add(kind[0] + frame);
                }
            }
        });
        return out;
    }

    @Override
    public Map<String, String> assignmentsInDocuments(Collection<String> documentIds) {
        return assignments("document_id IN (<values>)", documentIds);
    }

    @Override
    public Map<String, String> assignmentsOfPersons(Collection<String> personIds) {
        return assignments("person_id IN (<values>)", personIds);
    }

    private Map<String, String> assignments(String condition, Collection<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> chunk : chunks(values)) {
            jdbi.useHandle(h -> h.createQuery("SELECT document_id, local_id, person_id FROM person_members WHERE " + condition)
                    .bindList("values", chunk)
                    .map((rs, ctx) -> out.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3))).list());
        }
        return out;
    }

    @Override
    public Map<String, PersonIds.Pin> pinsInDocuments(Collection<String> documentIds) {
        return pins("document_id IN (<values>)", documentIds);
    }

    @Override
    public Optional<Map<String, Set<String>>> personsOfNameKey(String nameKey, int persons) {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT DISTINCT m.person_id, p.form_key, q.status FROM document_persons p
                        JOIN person_members m ON m.document_id = p.document_id AND m.local_id = p.local_id
                        LEFT JOIN persons q ON q.id = m.person_id
                        WHERE p.name_key = :key""")
                .bind("key", nameKey)
                .map((rs, ctx) -> {
                    String person = rs.getString(1);
                    if (!"active".equals(rs.getString(3))) {
                        out.put("", Set.of()); // a member held by no active person: let full resolution decide
                    } else if (out.containsKey(person) || out.size() < persons) {
                        out.computeIfAbsent(person, x -> new java.util.TreeSet<>()).add(String.valueOf(rs.getString(2)));
                    } else {
                        out.put("", Set.of()); // more persons than asked for
                    }
                    return person;
                }).list());
        if (out.containsKey("")) out.put("?", Set.of()); // one more person than could be listed: never a lone holder
        out.remove("");
        return Optional.of(out);
    }

    @Override
    public void addMember(String personId, DocumentPerson member, String reason) {
        jdbi.useTransaction(h -> {
            String names = h.createQuery("SELECT names FROM persons WHERE id = :id AND status = 'active'")
                    .bind("id", personId).mapTo(String.class).findOne()
                    .orElseThrow(() -> new IllegalStateException("no active person " + personId));
            Set<String> forms = new java.util.LinkedHashSet<>(List.of(names.split("\n")));
            forms.add(member.name());
            for (Mention m : member.mentions()) forms.add(m.text());
            h.createUpdate("UPDATE persons SET names = :names WHERE id = :id").bind("names", String.join("\n", forms))
                    .bind("id", personId).execute();
            h.createUpdate("""
                    INSERT INTO person_members (person_id, document_id, local_id, reason)
                    VALUES (:person, :doc, :local, :reason)""")
                    .bind("person", personId).bind("doc", member.documentId()).bind("local", member.localId())
                    .bind("reason", reason).execute();
        });
    }

    @Override
    public Map<String, PersonIds.Pin> pinsOfPersons(Collection<String> personIds) {
        return pins("person_id IN (<values>)", personIds);
    }

    @Override
    public List<Map<String, Object>> pinsOfChange(String change) {
        return jdbi.withHandle(h -> rows(h, "SELECT document_id, local_id, person_id, change_id, before_person, "
                + "before_pin_person, before_pin_change FROM person_pins WHERE change_id IN (<v>)", List.of(change)));
    }

    private Map<String, PersonIds.Pin> pins(String condition, Collection<String> values) {
        Map<String, PersonIds.Pin> out = new LinkedHashMap<>();
        for (List<String> chunk : chunks(values)) {
            jdbi.useHandle(h -> h.createQuery("SELECT document_id, local_id, person_id, change_id FROM person_pins WHERE " + condition)
                    .bindList("values", chunk)
                    .map((rs, ctx) -> out.put(rs.getString(1) + "/" + rs.getString(2),
                            new PersonIds.Pin(rs.getString(3), rs.getString(4)))).list());
        }
        return out;
    }

    @Override
    public Map<String, Long> personSeq(Collection<String> personIds) {
        Map<String, Long> out = new HashMap<>();
        for (List<String> chunk : chunks(personIds)) {
            jdbi.useHandle(h -> h.createQuery("SELECT id, created_seq FROM persons WHERE id IN (<values>)")
                    .bindList("values", chunk).map((rs, ctx) -> out.put(rs.getString(1), rs.getLong(2))).list());
        }
        return out;
    }

    @Override
    public boolean personIdGiven(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM persons WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one() > 0);
    }

    @Override
    public Set<String> personIdsGiven(Collection<String> ids) {
        Set<String> out = new java.util.HashSet<>();
        for (List<String> chunk : chunks(ids)) {
            out.addAll(jdbi.withHandle(h -> h.createQuery("SELECT id FROM persons WHERE id IN (<ids>)")
                    .bindList("ids", chunk).mapTo(String.class).list()));
        }
        return out;
    }

    @Override
    public Optional<PersonStatus> personStatus(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT status, redirect_to FROM persons WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new PersonStatus(rs.getString(1), rs.getString(2))).findOne());
    }

    @Override
    public void applyResolution(Collection<String> members, PersonIds.Outcome outcome) {
        jdbi.useTransaction(h -> {
            PreparedBatch drop = h.prepareBatch("DELETE FROM person_members WHERE document_id = :doc AND local_id = :local");
            for (String member : members) {
                int slash = member.indexOf('/');
                drop.bind("doc", member.substring(0, slash)).bind("local", member.substring(slash + 1)).add();
            }
            for (ResolvedPerson p : outcome.persons()) {
                for (DocumentPerson m : p.members()) drop.bind("doc", m.documentId()).bind("local", m.localId()).add();
            }
            if (drop.size() > 0) drop.execute();
            long next = h.createQuery("SELECT COALESCE(MAX(created_seq), 0) FROM persons").mapTo(Long.class).one() + 1;
            PreparedBatch people = h.prepareBatch("""
                    INSERT INTO persons (id, name, names, status, redirect_to, created_seq)
                    VALUES (:id, :name, :names, 'active', NULL, :seq)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, names = excluded.names, status = 'active',
                        redirect_to = NULL""");
            PreparedBatch inserts = h.prepareBatch("""
                    INSERT INTO person_members (person_id, document_id, local_id, reason)
                    VALUES (:person, :doc, :local, :reason)""");
            for (ResolvedPerson p : outcome.persons()) {
                people.bind("id", p.id()).bind("name", p.name()).bind("names", String.join("\n", p.names()))
                        .bind("seq", next++).add();
                for (DocumentPerson m : p.members()) {
                    inserts.bind("person", p.id()).bind("doc", m.documentId()).bind("local", m.localId())
                            .bind("reason", p.reasons().getOrDefault(m.memberKey(), "")).add();
                }
            }
            if (people.size() > 0) people.execute();
            if (inserts.size() > 0) inserts.execute();
            outcome.redirects().forEach((from, to) -> {
                h.createUpdate("UPDATE persons SET status = 'merged', redirect_to = :to WHERE id = :from")
                        .bind("to", to).bind("from", from).execute();
                // no chains: whatever pointed at the merged id now points at its survivor
                h.createUpdate("UPDATE persons SET redirect_to = :to WHERE redirect_to = :from")
                        .bind("to", to).bind("from", from).execute();
            });
            for (String id : outcome.gone()) {
                h.createUpdate("UPDATE persons SET status = 'gone', redirect_to = NULL WHERE id = :id").bind("id", id).execute();
            }
        });
    }

    @Override
    public List<String> unresolved(int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id FROM documents WHERE resolved = 0 ORDER BY ingested_at, id LIMIT :limit")
                .bind("limit", limit).mapTo(String.class).list());
    }

    @Override
    public void markResolved(Collection<String> ids) {
        if (ids.isEmpty()) return;
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("UPDATE documents SET resolved = 1 WHERE id = :id");
            for (String id : ids) batch.bind("id", id).add();
            batch.execute();
        });
    }

    @Override
    public void markAllUnresolved() {
        jdbi.useHandle(h -> h.execute("UPDATE documents SET resolved = 0"));
    }

    @Override
    public Optional<String> setting(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM archive_settings WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    @Override
    public void setting(String name, String value) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO archive_settings (name, value) VALUES (:name, :value)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value""").bind("name", name).bind("value", value).execute());
    }

    @Override
    public void rewriteKeys() {
        List<DocumentPerson> all = documentPersons();
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    UPDATE document_persons SET family_key = :family, surname_frame = :sframe, family_frame = :fframe,
                        name_key = :nkey, form_key = :fkey
                    WHERE document_id = :doc AND local_id = :local""");
            for (DocumentPerson p : all) {
                PersonResolver.BlockKeys k = keys.apply(p);
                batch.bind("family", k.familyKey()).bind("sframe", k.surnameFrame()).bind("fframe", k.familyFrame())
                        .bind("nkey", k.nameKey()).bind("fkey", k.formKey())
                        .bind("doc", p.documentId()).bind("local", p.localId()).add();
            }
            if (batch.size() > 0) batch.execute();
            PreparedBatch claims = h.prepareBatch(
                    "UPDATE document_events SET claim_id = :claim WHERE document_id = :doc AND local_id = :local AND "
                            + "start_offset = :start AND end_offset = :end AND type = :type");
            for (DocumentPerson p : all) {
                for (ExtractedEvent e : p.events()) {
                    claims.bind("claim", ClaimId.of(p.documentId(), e.type(), e.date(), e.text())).bind("doc", p.documentId())
                            .bind("local", p.localId()).bind("start", e.start()).bind("end", e.end())
                            .bind("type", e.type().wire()).add();
                }
            }
            if (claims.size() > 0) claims.execute();
        });
    }

    @Override
    public List<String> storedKeysSample(int limit, java.util.function.BiPredicate<DocumentPerson, String> agrees) {
        List<String> out = new ArrayList<>();
        List<DocumentPerson> sample = jdbi.withHandle(h -> loadPersons(h,
                "p.document_id IN (SELECT id FROM documents ORDER BY id LIMIT " + Math.max(1, limit) + ")", Map.of()));
        Map<String, String> stored = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT document_id, local_id, family_key FROM document_persons WHERE document_id IN "
                        + "(SELECT id FROM documents ORDER BY id LIMIT " + Math.max(1, limit) + ")")
                .map((rs, ctx) -> stored.put(rs.getString(1) + "/" + rs.getString(2), String.valueOf(rs.getString(3)))).list());
        for (DocumentPerson p : sample) {
            if (!agrees.test(p, stored.get(p.memberKey()))) out.add(p.memberKey());
        }
        return out;
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
        Editorials editorials = jdbi.withHandle(h -> editorials(h, null));
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
            return h.createQuery("SELECT id, name, names FROM persons WHERE status = 'active' ORDER BY id")
                    .map((rs, ctx) -> editorials.apply(new ResolvedPerson(rs.getString(1), rs.getString(2),
                            List.of(rs.getString(3).split("\n")), members.getOrDefault(rs.getString(1), List.of()),
                            reasons.getOrDefault(rs.getString(1), Map.of()))))
                    .list();
        });
    }

    @Override
    public List<ResolvedPerson> personsAround(Collection<String> documentIds, Collection<String> familyKeys) {
        Set<String> ids = new java.util.TreeSet<>();
        jdbi.useHandle(h -> {
            for (List<String> chunk : chunks(documentIds)) {
                ids.addAll(h.createQuery("SELECT DISTINCT person_id FROM person_members WHERE document_id IN (<v>)")
                        .bindList("v", chunk).mapTo(String.class).list());
            }
            for (List<String> chunk : chunks(familyKeys)) {
                ids.addAll(h.createQuery("""
                                SELECT DISTINCT m.person_id FROM document_persons p
                                JOIN person_members m ON m.document_id = p.document_id AND m.local_id = p.local_id
                                WHERE p.family_key IN (<v>)""").bindList("v", chunk).mapTo(String.class).list());
            }
        });
        List<ResolvedPerson> out = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            out.addAll(jdbi.withHandle(h -> {
                Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
                Set<String> documents = new java.util.TreeSet<>();
                h.createQuery("SELECT person_id, document_id, local_id, reason FROM person_members WHERE person_id IN (<v>)")
                        .bindList("v", chunk).map((rs, ctx) -> {
                            reasons.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                                    .put(rs.getString(2) + "/" + rs.getString(3), rs.getString(4));
                            documents.add(rs.getString(2));
                            return 0;
                        }).list();
                Map<String, DocumentPerson> byMember = new HashMap<>();
                for (List<String> docs : chunks(documents)) {
                    for (DocumentPerson p : loadPersons(h, "p.document_id IN (<docs>)", Map.of("docs", docs))) {
                        byMember.put(p.memberKey(), p);
                    }
                }
                Editorials editorials = editorials(h, null);
                return h.createQuery("SELECT id, name, names FROM persons WHERE status = 'active' AND id IN (<v>) ORDER BY id")
                        .bindList("v", chunk)
                        .map((rs, ctx) -> {
                            Map<String, String> own = reasons.getOrDefault(rs.getString(1), Map.of());
                            List<DocumentPerson> members = own.keySet().stream().sorted().map(byMember::get)
                                    .filter(java.util.Objects::nonNull).toList();
                            return editorials.apply(new ResolvedPerson(rs.getString(1), rs.getString(2),
                                    List.of(rs.getString(3).split("\n")), members, own));
                        }).list();
            }));
        }
        return out;
    }

    @Override
    public Optional<ResolvedPerson> person(String id) {
        return jdbi.withHandle(h -> {
            var row = h.createQuery("SELECT id, name, names FROM persons WHERE id = :id AND status = 'active'")
                    .bind("id", id).mapToMap().findOne();
            if (row.isEmpty()) return Optional.empty();
            Map<String, String> reasons = new LinkedHashMap<>();
            List<String> documents = new ArrayList<>();
            h.createQuery("SELECT document_id, local_id, reason FROM person_members WHERE person_id = :id")
                    .bind("id", id).map((rs, ctx) -> {
                        reasons.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                        documents.add(rs.getString(1));
                        return 0;
                    }).list();
            List<DocumentPerson> members = new ArrayList<>();
            for (List<String> chunk : chunks(documents)) {
                for (DocumentPerson p : loadPersons(h, "p.document_id IN (<docs>)", Map.of("docs", chunk))) {
                    if (reasons.containsKey(p.memberKey())) members.add(p);
                }
            }
            members.sort(java.util.Comparator.comparing(DocumentPerson::memberKey));
            Map<String, Object> r = row.get();
            return Optional.of(editorials(h, id).apply(new ResolvedPerson(id, str(r, "name"),
                    List.of(str(r, "names").split("\n")), members, reasons)));
        });
    }

    /** The editors' decisions, added claims and preferred names, for one person or (null) all. */
    private record Editorials(Map<String, Editorial.Decision> decisions, Map<String, List<Editorial.AddedClaim>> added,
                              Map<String, Map<String, String>> names) {
        ResolvedPerson apply(ResolvedPerson p) {
            List<Editorial.AddedClaim> extra = added.getOrDefault(p.id(), List.of());
            Map<String, String> preferred = names.getOrDefault(p.id(), Map.of());
            Map<String, Editorial.Decision> own = new HashMap<>();
            if (!decisions.isEmpty()) {
                for (DocumentPerson m : p.members()) {
                    for (ExtractedEvent e : m.events()) {
                        String claim = ClaimId.of(m.documentId(), e.type(), e.date(), e.text());
                        Editorial.Decision d = decisions.get(claim);
                        if (d != null) own.put(claim, d);
                    }
                }
            }
            if (own.isEmpty() && extra.isEmpty() && preferred.isEmpty()) return p;
            return p.withEditorial(new Editorial(own, extra, preferred));
        }
    }

    private static Editorials editorials(Handle h, String person) {
        Map<String, Editorial.Decision> decisions = new HashMap<>();
        h.createQuery("SELECT claim_id, status, date, place, reason, editor, at, change_id FROM claim_decisions")
                .map((rs, ctx) -> decisions.put(rs.getString(1), new Editorial.Decision(Editorial.Status.of(rs.getString(2)),
                        rs.getString(3) == null ? null : EdtfDate.parse(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)))).list();
        Map<String, List<Editorial.AddedClaim>> added = new HashMap<>();
        var addedQuery = h.createQuery("SELECT id, person_id, type, date, place, source, quote, editor, at, change_id FROM editor_claims "
                        + "WHERE status = 'active'" + (person == null ? "" : " AND person_id = :person") + " ORDER BY at, id");
        if (person != null) addedQuery.bind("person", person);
        addedQuery.map((rs, ctx) -> added.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Editorial.AddedClaim(
                        rs.getString(1), EventType.of(rs.getString(3)),
                        rs.getString(4) == null ? null : EdtfDate.parse(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)))).list();
        Map<String, Map<String, String>> names = new HashMap<>();
        var namesQuery = h.createQuery("SELECT person_id, language, name FROM person_names" + (person == null ? "" : " WHERE person_id = :person"));
        if (person != null) namesQuery.bind("person", person);
        namesQuery.map((rs, ctx) -> names.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3)))
                .list();
        return new Editorials(decisions, added, names);
    }

    // the editorial state: pins, decisions, added claims, names, and the audit trail

    @Override
    public Map<String, List<Map<String, Object>>> editorialState(EditorialScope scope) {
        return jdbi.withHandle(h -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            List<String> persons = List.copyOf(scope.persons());
            out.put("persons", rows(h, "SELECT id, status, redirect_to FROM persons WHERE id IN (<v>) ORDER BY id", persons));
            out.put("person_pins", memberRows(h, "person_pins", "document_id, local_id, person_id, change_id, before_person, "
                    + "before_pin_person, before_pin_change", scope.members()));
            out.put("person_members", memberRows(h, "person_members", "document_id, local_id, person_id, reason", scope.members()));
            out.put("claim_decisions", rows(h, "SELECT claim_id, status, date, place, reason, editor, at, change_id "
                    + "FROM claim_decisions WHERE claim_id IN (<v>) ORDER BY claim_id", List.copyOf(scope.claims())));
            out.put("editor_claims", rows(h, "SELECT id, person_id, type, date, place, source, quote, status, editor, at, "
                    + "change_id FROM editor_claims WHERE person_id IN (<v>) ORDER BY id", persons));
            out.put("person_names", rows(h, "SELECT person_id, language, name, change_id FROM person_names "
                    + "WHERE person_id IN (<v>) ORDER BY person_id, language", persons));
            return out;
        });
    }

    private static List<Map<String, Object>> rows(Handle h, String sql, List<String> values) {
        if (values.isEmpty()) return new ArrayList<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<String> chunk : chunks(values)) {
            h.createQuery(sql).bindList("v", chunk).mapToMap().forEach(row -> out.add(new LinkedHashMap<>(row)));
        }
        return out;
    }

    private static List<Map<String, Object>> memberRows(Handle h, String table, String columns, Collection<String> members) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, List<String>> byDocument = new java.util.TreeMap<>();
        for (String m : members) {
            int slash = m.indexOf('/');
            byDocument.computeIfAbsent(m.substring(0, slash), d -> new ArrayList<>()).add(m.substring(slash + 1));
        }
        for (var e : byDocument.entrySet()) {
            for (List<String> chunk : chunks(e.getValue())) {
                h.createQuery("SELECT " + columns + " FROM " + table + " WHERE document_id = :doc AND local_id IN (<v>) "
                                + "ORDER BY document_id, local_id")
                        .bind("doc", e.getKey()).bindList("v", chunk).mapToMap()
                        .forEach(row -> out.add(new LinkedHashMap<>(row)));
            }
        }
        return out;
    }

    @Override
    public void writeEditorial(EditorialScope scope, Map<String, List<Map<String, Object>>> target, AuditRecord audit) {
        jdbi.useTransaction(h -> {
            Map<String, List<Map<String, Object>>> current = editorialStateIn(h, scope);
            // persons are never deleted: a row the target lacks (an id made by the change being undone) redirects
            long next = h.createQuery("SELECT COALESCE(MAX(created_seq), 0) FROM persons").mapTo(Long.class).one() + 1;
            Set<String> kept = new java.util.HashSet<>();
            for (Map<String, Object> row : target.getOrDefault("persons", List.of())) {
                kept.add((String) row.get("id"));
                h.createUpdate("""
                        INSERT INTO persons (id, name, names, status, redirect_to, created_seq)
                        VALUES (:id, :id, '', :status, :redirect, :seq)
                        ON CONFLICT (id) DO UPDATE SET status = excluded.status, redirect_to = excluded.redirect_to""")
                        .bind("id", (String) row.get("id")).bind("status", (String) row.get("status"))
                        .bind("redirect", (String) row.get("redirect_to")).bind("seq", next++).execute();
            }
            for (Map<String, Object> row : current.get("persons")) {
                String id = (String) row.get("id");
                if (!kept.contains(id) && !id.equals(scope.main())) {
                    h.createUpdate("UPDATE persons SET status = 'merged', redirect_to = :to WHERE id = :id")
                            .bind("to", scope.main()).bind("id", id).execute();
                }
            }
            for (String table : List.of("person_pins", "person_members")) {
                PreparedBatch drop = h.prepareBatch("DELETE FROM " + table + " WHERE document_id = :doc AND local_id = :local");
                for (String m : scope.members()) {
                    int slash = m.indexOf('/');
                    drop.bind("doc", m.substring(0, slash)).bind("local", m.substring(slash + 1)).add();
                }
                if (drop.size() > 0) drop.execute();
                insertRows(h, table, target.getOrDefault(table, List.of()));
            }
            for (List<String> chunk : chunks(scope.claims())) {
                h.createUpdate("DELETE FROM claim_decisions WHERE claim_id IN (<v>)").bindList("v", chunk).execute();
            }
            insertRows(h, "claim_decisions", target.getOrDefault("claim_decisions", List.of()));
            // added claims are never deleted either: one the target lacks is withdrawn
            Set<String> claimsKept = new java.util.HashSet<>();
            for (Map<String, Object> row : target.getOrDefault("editor_claims", List.of())) {
                claimsKept.add((String) row.get("id"));
                h.createUpdate("DELETE FROM editor_claims WHERE id = :id").bind("id", (String) row.get("id")).execute();
            }
            insertRows(h, "editor_claims", target.getOrDefault("editor_claims", List.of()));
            for (Map<String, Object> row : current.get("editor_claims")) {
                if (!claimsKept.contains((String) row.get("id"))) {
                    h.createUpdate("UPDATE editor_claims SET status = 'withdrawn' WHERE id = :id")
                            .bind("id", (String) row.get("id")).execute();
                }
            }
            for (List<String> chunk : chunks(scope.persons())) {
                h.createUpdate("DELETE FROM person_names WHERE person_id IN (<v>)").bindList("v", chunk).execute();
            }
            insertRows(h, "person_names", target.getOrDefault("person_names", List.of()));
            long seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_events").mapTo(Long.class).one() + 1;
            h.createUpdate("""
                    INSERT INTO audit_events (change_id, seq, at, editor, action, reason, before_state, after_state,
                        persons, undoes, undone_by)
                    VALUES (:change, :seq, :at, :editor, :action, :reason, :before, :after, :persons, :undoes, NULL)""")
                    .bind("change", audit.change()).bind("seq", seq).bind("at", audit.at()).bind("editor", audit.editor())
                    .bind("action", audit.action()).bind("reason", audit.reason()).bind("before", audit.before())
                    .bind("after", audit.after()).bind("persons", " " + String.join(" ", audit.persons()) + " ")
                    .bind("undoes", audit.undoes()).execute();
            if (audit.undoes() != null) {
                h.createUpdate("UPDATE audit_events SET undone_by = :by WHERE change_id = :id")
                        .bind("by", audit.change()).bind("id", audit.undoes()).execute();
            }
        });
    }

    private Map<String, List<Map<String, Object>>> editorialStateIn(Handle h, EditorialScope scope) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        List<String> persons = List.copyOf(scope.persons());
        out.put("persons", rows(h, "SELECT id, status, redirect_to FROM persons WHERE id IN (<v>) ORDER BY id", persons));
        out.put("editor_claims", rows(h, "SELECT id FROM editor_claims WHERE person_id IN (<v>)", persons));
        return out;
    }

    private static void insertRows(Handle h, String table, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            List<String> columns = new ArrayList<>(row.keySet());
            var update = h.createUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")");
            for (String c : columns) update.bind(c, row.get(c) == null ? null : row.get(c).toString());
            update.execute();
        }
    }

    @Override
    public String nextChangeId() {
        long seq = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_events").mapTo(Long.class).one()) + 1;
        return "ch-" + seq;
    }

    @Override
    public List<AuditRecord> audit(String person) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT change_id, at, editor, action, reason, before_state, after_state, persons, undoes, "
                    + "undone_by FROM audit_events" + (person == null ? "" : " WHERE persons LIKE :like") + " ORDER BY seq");
            if (person != null) q.bind("like", "% " + person + " %");
            return q.map(SqlDocumentStore::auditRecord).list();
        });
    }

    @Override
    public Optional<AuditRecord> auditEvent(String change) {
        return jdbi.withHandle(h -> h.createQuery("SELECT change_id, at, editor, action, reason, before_state, after_state, "
                        + "persons, undoes, undone_by FROM audit_events WHERE change_id = :id").bind("id", change)
                .map(SqlDocumentStore::auditRecord).findOne());
    }

    private static AuditRecord auditRecord(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new AuditRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), List.of(rs.getString(8).strip().split(" ")), rs.getString(9),
                rs.getString(10));
    }

    @Override
    public Optional<String> claimOwner(String claimId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT m.person_id FROM document_events e
                        JOIN person_members m ON m.document_id = e.document_id AND m.local_id = e.local_id
                        WHERE e.claim_id = :claim LIMIT 1""").bind("claim", claimId).mapTo(String.class).findOne());
    }

    @Override
    public Optional<String> editorClaimOwner(String claimId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT person_id FROM editor_claims WHERE id = :id AND status = 'active'")
                .bind("id", claimId).mapTo(String.class).findOne());
    }

    private static void insertBlocks(Handle h, List<NewDocument> docs) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO document_blocks (document_id, ordinal, start_offset, end_offset, kind, language, reason)
                VALUES (:id, :ordinal, :start, :end, :kind, :language, :reason)""");
        for (NewDocument d : docs) {
            int ordinal = 0;
            for (Block b : d.document().blocks()) {
                batch.bind("id", d.document().id()).bind("ordinal", ordinal++).bind("start", b.start()).bind("end", b.end())
                        .bind("kind", b.kind().name()).bind("language", b.language()).bind("reason", b.reason()).add();
            }
        }
        if (batch.size() > 0) batch.execute();
    }

    private static void insertReferences(Handle h, List<NewDocument> docs) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO archive_references (document_id, ordinal, text, start_offset, end_offset, archive, fond,
                    inventory, file, sheet)
                VALUES (:id, :ordinal, :text, :start, :end, :archive, :fond, :inventory, :file, :sheet)""");
        for (NewDocument d : docs) {
            int ordinal = 0;
            for (ArchiveReference r : d.document().archiveReferences()) {
                batch.bind("id", d.document().id()).bind("ordinal", ordinal++).bind("text", r.text()).bind("start", r.start())
                        .bind("end", r.end()).bind("archive", r.archive()).bind("fond", r.fond())
                        .bind("inventory", r.inventory()).bind("file", r.file()).bind("sheet", r.sheet()).add();
            }
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
    public int consumeIndexChanges(int limit, java.util.function.Consumer<List<IndexChange>> work) {
        String claim = "SELECT document_id, content_hash FROM search_outbox ORDER BY queued_at, document_id LIMIT :limit"
                + dialect.claim();
        if (!dialect.claimsInTransaction()) {
            List<IndexChange> claimed = jdbi.withHandle(h -> claimed(h, claim, limit));
            if (claimed.isEmpty()) return 0;
            work.accept(claimed);
            markIndexed(claimed);
            return claimed.size();
        }
        return jdbi.inTransaction(h -> {
            List<IndexChange> claimed = claimed(h, claim, limit);
            if (claimed.isEmpty()) return 0;
            work.accept(claimed);
            deleteChanges(h, claimed);
            return claimed.size();
        });
    }

    private static List<IndexChange> claimed(Handle h, String sql, int limit) {
        return h.createQuery(sql).bind("limit", limit)
                .map((rs, ctx) -> new IndexChange(rs.getString(1), rs.getString(2))).list();
    }

    private static void deleteChanges(Handle h, Collection<IndexChange> changes) {
        PreparedBatch batch = h.prepareBatch("DELETE FROM search_outbox WHERE document_id = :id AND content_hash = :hash");
        for (IndexChange c : changes) batch.bind("id", c.documentId()).bind("hash", c.contentHash()).add();
        if (batch.size() > 0) batch.execute();
    }

    @Override
    public long pendingIndexChanges() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM search_outbox").mapTo(Long.class).one());
    }

    @Override
    public List<String> personMentionTexts(String documentId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT text FROM person_mentions WHERE document_id = :id")
                .bind("id", documentId).mapTo(String.class).list());
    }

    @Override
    public List<String> idsAfter(String after, int limit) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT id FROM documents" + (after == null ? "" : " WHERE id > :after")
                    + " ORDER BY id LIMIT :limit").bind("limit", limit);
            if (after != null) q.bind("after", after);
            return q.mapTo(String.class).list();
        });
    }

    @Override
    public List<String> ids() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM documents ORDER BY ingested_at, id")
                .mapTo(String.class).list());
    }

    @Override
    public void markAllUnindexed() {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO search_outbox (document_id, content_hash, queued_at)
                SELECT id, content_hash, :at FROM documents WHERE true
                ON CONFLICT (document_id, content_hash) DO NOTHING""").bind("at", java.time.Instant.now().toString()).execute());
    }

    @Override
    public void markIndexed(Collection<IndexChange> indexed) {
        if (indexed.isEmpty()) return;
        jdbi.useTransaction(h -> deleteChanges(h, indexed));
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM documents").mapTo(Long.class).one());
    }

    @Override
    public Accounts accounts() {
        return new Accounts(jdbi);
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
