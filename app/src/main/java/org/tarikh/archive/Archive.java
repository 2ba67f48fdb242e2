package org.tarikh.archive;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tarikh.TarikhException;
import org.tarikh.extract.DocumentExtractor;
import org.tarikh.extract.Extraction;
import org.tarikh.lexicon.NameKeyer;
import org.tarikh.extract.names.NameParser;
import org.tarikh.resolve.Candidate;
import org.tarikh.resolve.DocumentPerson;
import org.tarikh.resolve.PersonResolver;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.resolve.Reconciler;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.ingest.SourceDocument;
import org.tarikh.ingest.SourceReader;
import org.tarikh.ingest.UnreadableDocumentException;
import org.tarikh.lexicon.Gazetteer;
import org.tarikh.search.LuceneSearchIndex;
import org.tarikh.search.IndexBusyException;
import org.tarikh.search.SearchEngines;
import org.tarikh.search.SearchFeature;
import org.tarikh.search.Thesaurus;
import org.tarikh.search.SearchFacets;
import org.tarikh.search.SearchIndex;
import org.tarikh.search.PersonHit;
import org.tarikh.search.SearchResults;
import org.tarikh.search.SearchRequest;
import org.tarikh.search.query.QueryParser;
import org.tarikh.store.DocumentStore;
import org.tarikh.store.SqlDocumentStore;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.LanguageIdentifier;
import org.tarikh.text.OcrRepair;
import org.tarikh.text.PreparedText;
import org.tarikh.text.TextPreparer;

/**
 * An archive folder: the document store (the source of truth) and the search index derived from it, and the
 * one place where the pipeline's stages are wired: files → {@link SourceReader} → {@link TextPreparer} → store →
 * index.
 *
 * <p>Durability: each document is saved in its own database transaction and marked as not yet indexed; the
 * index is committed in batches, after which the batch is marked indexed. A process killed anywhere leaves
 * documents that are either stored or not, and on the next writable open the index catches up with the store.
 *
 * <p>One writable archive per folder at a time (the index's write lock); read-only archives may be opened by any
 * number of processes. Thread-safe for searches; ingest runs one at a time.
 */
public final class Archive implements AutoCloseable {
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;
    private static final int INDEX_COMMIT_EVERY = 500;
    /** Documents stored in one transaction by ingest. */
    private static final int STORE_BATCH = 32;

    private final Path folder;
    private final ArchiveConfig config;
    private final DocumentStore store;
    /** The search index; replaced by a writable one when a deferred ingest takes the index over ({@link #takeOverIndex}). */
    private volatile SearchIndex index;
    /**
     * True while another process of a shared archive (its database on PostgreSQL, its index the Lucene one in this
     * folder) holds the index's write lock: this process stores, and its changes wait in the outbox for that one.
     */
    private volatile boolean indexDeferred;
    private final TextPreparer preparer;
    private final LanguageIdentifier languages;
    private final DocumentExtractor extractor;
    /** Score from which a reconciled person is shown above the document hits of a name query. */
    static final double PERSON_SCORE = 85;
    private static final int PERSONS_SHOWN = 5;
    /** A one-word query that is the surname of at most this many archive persons lists them all above the hits. */
    static final int SURNAME_PERSONS = 8;
    /** One to four words of letters (with hyphens, apostrophes, dots of initials): no field, phrase or operator syntax. */
    private static final java.util.regex.Pattern NAME_QUERY =
            java.util.regex.Pattern.compile("\\s*\\p{L}[\\p{L}\\p{M}'’.\\-]*(\\s+\\p{L}[\\p{L}\\p{M}'’.\\-]*){0,3}\\s*");

    private final NameKeyer keyer;
    private final PersonResolver resolver;
    private final PersonResolution resolution;
    private final boolean writable;
    private volatile Reconciler reconciler;
    private final ArchiveFacets facets;

    private Archive(Path folder, ArchiveConfig config, DocumentStore store, SearchIndex index, TextPreparer preparer,
                    DocumentExtractor extractor, NameKeyer keyer, boolean writable, ArchiveFacets facets,
                    PersonResolver resolver, LanguageIdentifier languages) {
        this.languages = languages;
        this.resolver = resolver;
        this.resolution = new PersonResolution(store, resolver);
        this.facets = facets;
        this.folder = folder;
        this.config = config;
        this.store = store;
        this.index = index;
        this.preparer = preparer;
        this.extractor = extractor;
        this.keyer = keyer;
        this.writable = writable;
    }

    /** Opens (creating on first use) the embedded archive in {@code folder}: SQLite and Lucene in the folder. */
    public static Archive open(Path folder, boolean writable) {
        return open(folder, ArchiveConfig.embedded(), writable);
    }

    /** Whether {@code folder} holds an archive (a recorded configuration, or the embedded database of an older one). */
    public static boolean exists(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        return Files.isRegularFile(dir.resolve(ArchiveConfig.FILE)) || Files.exists(dir.resolve("tarikh.db"));
    }

    /**
     * Opens (creating on first use) the archive in {@code folder} on the store and search {@code config} names;
     * a writable one first brings its index up to date. A new archive records its configuration in the folder
     * ({@link ArchiveConfig#FILE}); an existing one refuses another configuration than the one it recorded.
     */
    public static Archive open(Path folder, ArchiveConfig config, boolean writable) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new TarikhException("the archive " + folder + " is a file, not a folder");
        }
        Optional<ArchiveConfig> recorded = Files.isDirectory(dir) ? ArchiveConfig.recordedIn(dir) : Optional.empty();
        if (recorded.isEmpty() && Files.exists(dir.resolve("tarikh.db"))) {
            recorded = Optional.of(ArchiveConfig.embedded()); // an archive from before the record was written
        }
        recorded.ifPresent(r -> config.checkAgainst(r, folder));
        if (!writable && recorded.isEmpty()) {
            throw new TarikhException("no archive at " + folder + " (ingest documents into it first: tarikh ingest --archive "
                    + folder + " FILES…)");
        }
        NameKeyer keyer = new NameKeyer();
        PersonResolver resolver = new PersonResolver(keyer);
        DocumentStore store = config.embeddedDatabase() ? SqlDocumentStore.openSqlite(dir, resolver::blockKeys)
                : SqlDocumentStore.openPostgres(config.database().host(), config.database().port(),
                        config.database().name(), config.database().user(), config.database().password(), resolver::blockKeys);
        java.util.concurrent.atomic.AtomicReference<Archive> self = new java.util.concurrent.atomic.AtomicReference<>();
        ArchiveFacets facets = new ArchiveFacets(store, () -> self.get().reconciler(), Gazetteer.shared(), keyer);
        SearchIndex index = null;
        boolean deferred = false;
        try {
            try {
                index = openIndex(config, dir, writable, keyer, facets);
            } catch (IndexBusyException busy) {
                if (!writable || config.embeddedDatabase()) throw busy;
                // another process ingests into this shared archive and writes the folder's index: this one stores,
                // and leaves its changes in the outbox for that one (or takes the index over when it is done)
                index = openReadOnlyWhileCreated(config, dir, keyer, facets);
                deferred = true;
            }
            if (writable && !Files.isRegularFile(dir.resolve(ArchiveConfig.FILE))) config.recordIn(dir);
        } catch (RuntimeException e) {
            try {
                if (index != null) index.close();
            } finally {
                store.close();
            }
            throw e;
        }
        LanguageIdentifier languages = writable ? new LanguageIdentifier() : null;
        Archive archive = new Archive(dir, config, store, index, writable ? new TextPreparer(languages) : null,
                writable ? new DocumentExtractor() : null, keyer, writable, facets, resolver, languages);
        self.set(archive);
        archive.indexDeferred = deferred;
        if (writable) {
            try {
                if (deferred) {
                    archive.catchUpResolution();
                    return archive;
                }
                if (index.outdated()) {
                    // written by an older version with other fields: the index is derived, so build it again
                    index.clear();
                    store.markAllUnindexed();
                } else if (store.count() == 0 && index.count() > 0) {
                    // an index of an earlier archive at this place (its database dropped, a new one made): what the
                    // store does not hold must not be found
                    index.clear();
                }
                archive.catchUpIndex();
                archive.catchUpResolution();
            } catch (RuntimeException e) {
                archive.close();
                throw e;
            }
        }
        return archive;
    }

    private static SearchIndex openIndex(ArchiveConfig config, Path dir, boolean writable, NameKeyer keyer, ArchiveFacets facets) {
        return SearchEngines.open(config.search(), dir.resolve("index"), writable, keyer::key, Thesaurus.load(), facets,
                SearchFeature.ALL);
    }

    /** The index read-only, waiting a little while the process that holds it creates it (its first commit). */
    private static SearchIndex openReadOnlyWhileCreated(ArchiveConfig config, Path dir, NameKeyer keyer, ArchiveFacets facets) {
        for (int attempt = 0; ; attempt++) {
            try {
                return openIndex(config, dir, false, keyer, facets);
            } catch (TarikhException notYet) {
                if (attempt >= 50) throw notYet;
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    /** How long a deferred ingest waits at its end for the index's write lock, to index its own changes. */
    private static final long TAKE_OVER_WAIT_MILLIS = Long.getLong("tarikh.index.takeOverSeconds", 120) * 1000;

    /**
     * A deferred archive (another process held the index's write lock) waits up to {@code millis} for the lock, then
     * opens the index writable and indexes every pending change; returns whether it got the index. On PostgreSQL the
     * changes of every process are in the one outbox, so whichever process ingests last indexes what is left.
     */
    private boolean takeOverIndex(long millis) {
        if (!indexDeferred) return true;
        long until = System.nanoTime() + millis * 1_000_000;
        while (true) {
            try {
                SearchIndex writable = openIndex(config, folder, true, keyer, facets);
                SearchIndex old = index;
                index = writable;
                indexDeferred = false;
                old.close();
                catchUpIndex();
                return true;
            } catch (IndexBusyException busy) {
                if (System.nanoTime() > until) return false;
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    /** Whether this archive stores while another process writes its index (its changes wait in the outbox). */
    public boolean indexDeferred() {
        return indexDeferred;
    }

    /** How many stored changes wait for the search index. */
    public long pendingIndexChanges() {
        return store.pendingIndexChanges();
    }

    /**
     * Builds a new search index of every stored document in {@code indexFolder} (which must not hold an index yet)
     * with the given search features, and returns it open and committed; the caller closes it. For measuring what
     * each feature buys on the same documents (the judged query set, the benchmark harness); the archive's own
     * index is untouched.
     */
    public SearchIndex buildIndex(Path indexFolder, Set<SearchFeature> features) {
        if (Files.exists(indexFolder) && isNonEmpty(indexFolder)) {
            throw new TarikhException("will not build an index into " + indexFolder + ": the folder is not empty");
        }
        return buildIndex((keyer, linked) -> LuceneSearchIndex.open(indexFolder, true, keyer, Thesaurus.load(), linked,
                features));
    }

    /** Opens a new writable search index with the archive's name keys and its places and persons. */
    @FunctionalInterface
    public interface IndexOpener<T extends SearchIndex> {
        T open(java.util.function.UnaryOperator<String> keyer, org.tarikh.search.LinkedFacets linked);
    }

    /**
     * Builds another search index of every stored document (Lucene in a folder, an OpenSearch alias) opened by
     * {@code opener}, and returns it open and committed; the caller closes it. The archive's own index is untouched.
     */
    public <T extends SearchIndex> T buildIndex(IndexOpener<T> opener) {
        T built = opener.open(keyer::key, facets);
        try {
            List<String> page;
            String after = null;
            while (!(page = store.idsAfter(after, INDEX_COMMIT_EVERY)).isEmpty()) {
                for (String id : page) store.find(id).ifPresent(built::index);
                built.commit();
                after = page.get(page.size() - 1);
            }
        } catch (RuntimeException e) {
            built.close();
            throw e;
        }
        return built;
    }

    private static boolean isNonEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (java.io.IOException e) {
            throw new TarikhException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Indexes the stored documents that a killed run left unindexed. */
    private void catchUpIndex() {
        SearchIndex target = index;
        while (store.consumeIndexChanges(INDEX_COMMIT_EVERY, changes -> {
            // the current version of each: a later one has its own change, and indexing it twice is harmless
            for (DocumentStore.IndexChange c : changes) store.find(c.documentId()).ifPresent(target::index);
            target.commit();
        }) > 0) {
            // the next batch
        }
    }

    /** Lists the document files under the given paths: files as given, folders walked (hidden entries skipped). */
    public static List<Input> collect(List<Path> paths, List<IngestReport.Rejection> problems) {
        return collect(paths, problems, new java.util.TreeMap<>());
    }

    /**
     * As {@link #collect(List, List)}, and counts the files a folder walk passes over because their format is not
     * one we read, by extension ({@code .jpg}, or {@code (none)}), so the summary can say so.
     */
    public static List<Input> collect(List<Path> paths, List<IngestReport.Rejection> problems,
                                      Map<String, Integer> passedOver) {
        List<Input> inputs = new ArrayList<>();
        for (Path given : paths) {
            String shown = given.toString();
            if (!Files.exists(given)) {
                problems.add(new IngestReport.Rejection(shown, "no such file or folder"));
            } else if (Files.isDirectory(given)) {
                try {
                    List<Path> found = new ArrayList<>();
                    Files.walkFileTree(given, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(given) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isRegularFile() || hidden(file)) return FileVisitResult.CONTINUE;
                            if (SourceReader.isCandidate(file)) found.add(file);
                            else passedOver.merge(SourceReader.extensionShown(file), 1, Integer::sum);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(new IngestReport.Rejection(file.toString(), "cannot be opened: " + e.getMessage()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
                    found.sort(null);
                    for (Path file : found) inputs.add(new Input(file, file.toString()));
                } catch (IOException e) {
                    problems.add(new IngestReport.Rejection(shown, "cannot walk the folder: " + e.getMessage()));
                }
            } else {
                inputs.add(new Input(given, shown));
            }
        }
        return inputs;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A file to ingest and the path to show for it. */
    public record Input(Path file, String source) {}

    /**
     * Ingests files and folders. Files that cannot be read are reported in the result, never thrown; the rest
     * goes in.
     */
    public IngestReport ingest(List<Path> paths, long maxDocumentBytes, IngestListener listener) {
        requireWritable();
        long started = System.nanoTime();
        List<IngestReport.Rejection> rejected = new ArrayList<>();
        Map<String, Integer> passedOver = new java.util.TreeMap<>();
        List<Input> inputs = collect(paths, rejected, passedOver);
        for (IngestReport.Rejection r : rejected) listener.finished(r.source(), IngestListener.Outcome.REJECTED, r.reason());
        listener.started(inputs.size());
        SourceReader reader = new SourceReader(maxDocumentBytes, languages::identify);
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tarikh-ingest");
            t.setDaemon(true);
            return t;
        });
        // what the store holds of these files, read at once: an unchanged file is passed over without extraction
        // (the write decides again, under its locks, for a file another process stored since)
        Map<String, DocumentStore.Fingerprint> stored = store.findByLocations(
                inputs.stream().map(i -> location(i.file())).toList());
        IngestTally tally = new IngestTally(rejected, listener);
        List<Prepared> pending = new ArrayList<>(STORE_BATCH);
        List<DocumentStore.IndexChange> uncommitted = new ArrayList<>();
        // the index's analysis (stems, keys, places) runs on the pool too, after the document is stored; the index is
        // committed, and the stored documents marked indexed, only when every document of the batch is in it
        List<Future<?>> indexing = new ArrayList<>();
        java.util.concurrent.BlockingQueue<PageEvent> pageEvents = new java.util.concurrent.LinkedBlockingQueue<>();
        try {
            // the files being read and extracted ahead of the writer: enough that the workers go on while the writer
            // stores a batch of STORE_BATCH (with a window of threads * 4 they stood idle for most of each batch)
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < threads * 4 + STORE_BATCH) {
                    Input input = inputs.get(next++);
                    window.add(workers.submit(() -> prepare(input, reader, pageEvents, stored)));
                }
                Prepared prepared = await(window.removeFirst(), pageEvents, listener);
                if (prepared.rejection != null) {
                    tally.store(pending, uncommitted); // the files are answered in the order they were given
                    tally.reject(prepared.rejection);
                    continue;
                }
                if (!prepared.pages.isEmpty()) tally.store(pending, uncommitted); // see storeAll: a scan is stored alone
                pending.add(prepared);
                if (pending.size() >= STORE_BATCH || !prepared.pages.isEmpty()) tally.store(pending, uncommitted);
                if (uncommitted.size() >= INDEX_COMMIT_EVERY) commitIndex(uncommitted, indexing);
            }
            tally.store(pending, uncommitted);
            commitIndex(uncommitted, indexing);
        } finally {
            workers.shutdownNow();
            for (Prepared p : pending) if (p.scanFolder != null) org.tarikh.ingest.ScanReader.delete(p.scanFolder);
        }
        resolvePersons();
        takeOverIndex(TAKE_OVER_WAIT_MILLIS);
        return new IngestReport(tally.counts[0], tally.counts[1], tally.counts[2], tally.counts[3], rejected, passedOver,
                tally.bytes, (System.nanoTime() - started) / 1_000_000, tally.ocr);
    }

    /**
     * What one ingest has stored so far, answered to its listener file by file in the order the files were given.
     * Documents are stored {@link #STORE_BATCH} at a time, each batch in one transaction: a transaction per document
     * made the writer thread wait on the database's commit for every file (a quarter of ingest's time on SQLite).
     */
    private final class IngestTally {
        final int[] counts = new int[4];
        long bytes;
        IngestReport.Ocr ocr = IngestReport.Ocr.NONE;
        private final List<IngestReport.Rejection> rejected;
        private final IngestListener listener;

        IngestTally(List<IngestReport.Rejection> rejected, IngestListener listener) {
            this.rejected = rejected;
            this.listener = listener;
        }

        void reject(IngestReport.Rejection rejection) {
            rejected.add(rejection);
            listener.finished(rejection.source(), IngestListener.Outcome.REJECTED, rejection.reason());
        }

        /** Stores the pending documents (emptying the list) and answers each. */
        void store(List<Prepared> pending, List<DocumentStore.IndexChange> uncommitted) {
            if (pending.isEmpty()) return;
            List<Stored> stored;
            try {
                stored = storeAll(pending, uncommitted);
            } finally {
                for (Prepared p : pending) if (p.scanFolder != null) org.tarikh.ingest.ScanReader.delete(p.scanFolder);
            }
            for (int i = 0; i < pending.size(); i++) {
                Prepared prepared = pending.get(i);
                Stored s = stored.get(i);
                if (s.outcome() == IngestListener.Outcome.REJECTED) {
                    reject(new IngestReport.Rejection(prepared.input.source(), s.detail()));
                    continue;
                }
                counts[s.outcome().ordinal()]++;
                if (s.outcome() == IngestListener.Outcome.ADDED || s.outcome() == IngestListener.Outcome.REPLACED) {
                    bytes += prepared.document.byteSize();
                    ocr = ocr.plus(prepared.pages);
                }
                listener.finished(prepared.input.source(), s.outcome(), s.detail());
            }
            pending.clear();
        }
    }

    /**
     * Stores a document whose persons were found by other means than this archive's extraction (the rows of a
     * register, a benchmark's generated persons) by the same path as ingest: the store, then the index, committed.
     * Resolution waits for {@link #resolvePersons()}. Returns what became of it (added, replaced, unchanged,
     * duplicate).
     */
    public IngestListener.Outcome storeExtracted(StoredDocument document, List<DocumentPerson> persons) {
        StoreOutcome stored = storeExtracted(List.of(new Extracted(document, persons))).get(0);
        if (stored.outcome() == IngestListener.Outcome.REJECTED) throw new TarikhException(stored.detail());
        return stored.outcome();
    }

    /** A document and the persons found in it by other means than this archive's extraction. */
    public record Extracted(StoredDocument document, List<DocumentPerson> persons) {}

    /** What became of a document given to {@link #storeExtracted(List)}: for a duplicate its twin, for a refusal why. */
    public record StoreOutcome(IngestListener.Outcome outcome, String detail) {}

    /**
     * As {@link #storeExtracted(StoredDocument, List)} for many documents, in order: the bulk path. The store takes
     * them {@link #INDEX_COMMIT_EVERY} at a time, each batch in one transaction ({@link DocumentStore#saveNewAll}),
     * then the index takes the batch's stored documents and commits. A document the store refuses is answered
     * {@code REJECTED} with the reason, and the others are stored. A long load of many calls may run inside
     * {@link #bulkLoad()}.
     */
    public List<StoreOutcome> storeExtracted(List<Extracted> documents) {
        requireWritable();
        List<StoreOutcome> out = new ArrayList<>(documents.size());
        {
            List<DocumentStore.IndexChange> uncommitted = new ArrayList<>();
            for (int from = 0; from < documents.size(); from += INDEX_COMMIT_EVERY) {
                List<Extracted> batch = documents.subList(from, Math.min(documents.size(), from + INDEX_COMMIT_EVERY));
                List<DocumentStore.BatchSaved> saved = store.saveNewAll(batch.stream()
                        .map(e -> new DocumentStore.NewDocument(e.document(), e.persons())).toList());
                for (int i = 0; i < batch.size(); i++) {
                    StoredDocument doc = batch.get(i).document();
                    DocumentStore.BatchSaved s = saved.get(i);
                    out.add(stored(doc, s));
                    if (!s.stored()) continue;
                    forgetOldPages(doc.id(), doc.contentHash());
                    if (!indexDeferred) {
                        facets.indexingStored(doc.id(), batch.get(i).persons(), () -> index.index(doc));
                        uncommitted.add(new DocumentStore.IndexChange(doc.id(), doc.contentHash()));
                    }
                }
                commitIndex(uncommitted);
            }
        }
        takeOverIndex(TAKE_OVER_WAIT_MILLIS);
        return out;
    }

    /**
     * Lightens the index's work while a long load of many {@link #storeExtracted(List)} calls runs, until the
     * returned handle is closed (on OpenSearch: no replica copies until then; closing restores them and waits until
     * the cluster holds every copy again). Searches are answered meanwhile, from fewer copies.
     */
    public SearchIndex.BulkLoad bulkLoad() {
        requireWritable();
        return index.bulkLoad();
    }

    private static StoreOutcome stored(StoredDocument doc, DocumentStore.BatchSaved s) {
        if (s.saved() == null) return new StoreOutcome(IngestListener.Outcome.REJECTED, s.refused());
        return switch (s.saved().outcome()) {
            case ADDED -> new StoreOutcome(IngestListener.Outcome.ADDED, null);
            case REPLACED -> new StoreOutcome(IngestListener.Outcome.REPLACED, null);
            case UNCHANGED -> new StoreOutcome(IngestListener.Outcome.UNCHANGED, null);
            case DUPLICATE -> new StoreOutcome(IngestListener.Outcome.DUPLICATE,
                    doc.source() + ": same content as " + s.saved().twin().source());
        };
    }

    private void commitIndex(List<DocumentStore.IndexChange> uncommitted) {
        commitIndex(uncommitted, new ArrayList<>());
    }

    /**
     * Waits for the documents being indexed on the pool, then commits the index and marks them indexed. Ingest indexes
     * on its writing thread again: indexing on the pool made the index's segments, and so the scores of re-ingested
     * documents' terms, depend on thread timing (ArchiveContractPostgresTest saw two archives of the same files score
     * a hit 1.569 and 2.026).
     */
    private void commitIndex(List<DocumentStore.IndexChange> uncommitted, List<Future<?>> indexing) {
        for (Future<?> f : indexing) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TarikhException("ingest interrupted");
            } catch (ExecutionException e) {
                // the store has the document; it stays marked unindexed, and the next open indexes it again
                throw new TarikhException("indexing failed: " + e.getCause(), e.getCause());
            }
        }
        if (!indexing.isEmpty()) indexing.clear(); // List.of() when nothing is indexed on the pool
        if (indexDeferred) return;
        if (!uncommitted.isEmpty()) {
            index.commit();
            store.markIndexed(uncommitted);
            uncommitted.clear();
        }
        // on a shared database other processes may have stored changes this index (which only this one writes) lacks
        if (!config.embeddedDatabase()) catchUpIndex();
    }

    private record Prepared(Input input, StoredDocument document, List<DocumentPerson> persons,
                            List<ScannedPage> pages, Path scanFolder, IngestReport.Rejection rejection) {
        Prepared(Input input, StoredDocument document, IngestReport.Rejection rejection) {
            this(input, document, List.of(), List.of(), null, rejection);
        }
    }

    /** A page a worker has read by OCR, to be told to the listener on the ingesting thread. */
    private record PageEvent(String source, int page, int pages, ScannedPage read) {}

    private record Stored(IngestListener.Outcome outcome, String detail) {}

    private Prepared prepare(Input input, SourceReader reader, java.util.Queue<PageEvent> pageEvents,
                             Map<String, DocumentStore.Fingerprint> stored) {
        SourceDocument source = null;
        try {
            if (SourceReader.mayBeScan(input.file()) && unchanged(input.file(), stored.get(location(input.file())))) {
                return new Prepared(input, null, null); // OCR is slow: an unchanged scan is not read again
            }
            source = reader.read(input.file(), input.source(),
                    (page, pages, read) -> pageEvents.add(new PageEvent(input.source(), page, pages, read)));
            String location = source.location().toString();
            DocumentStore.Fingerprint known = stored.get(location);
            if (known != null && known.contentHash().equals(source.contentHash())) {
                org.tarikh.ingest.ScanReader.delete(source.scanFolder());
                return new Prepared(input, null, null); // unchanged: nothing to do
            }
            String read = source.text();
            Map<String, String> metadata = source.metadata();
            if (!source.pages().isEmpty()) {
                // OCR's Kazakh letter confusions, repaired letter for letter where the word list is certain
                OcrRepair repair = OcrRepair.shared();
                List<OcrRepair.Repair> repairs = kazakhRepairs(repair, source);
                read = repair.apply(read, repairs);
                Map<String, String> more = new java.util.LinkedHashMap<>(metadata);
                more.put("ocr_repaired_words", Integer.toString(repairs.size()));
                if (repair.problem() != null) more.put("ocr_repair", repair.problem());
                metadata = more;
            }
            PreparedText text = preparer.prepare(read, metadata);
            String id = idFor(location);
            StoredDocument doc = new StoredDocument(id, input.source(), location, source.contentHash(),
                    source.format(), text.language(), text.provenance(), read, text.content(), text.blocks(),
                    metadata, source.byteSize(), Instant.now().toString());
            Extraction extraction = extractor.extract(text);
            List<DocumentPerson> persons = extraction.persons().stream()
                    .map(p -> new DocumentPerson(id, input.source(), p.id(), p.name(), p.parsed(), p.mentions(),
                            extraction.events().stream().filter(e -> p.id().equals(e.person())).toList()))
                    .toList();
            return new Prepared(input, doc, persons, source.pages(), source.scanFolder(), null);
        } catch (UnreadableDocumentException e) {
            if (source != null) org.tarikh.ingest.ScanReader.delete(source.scanFolder());
            return new Prepared(input, null, new IngestReport.Rejection(input.source(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            if (source != null) org.tarikh.ingest.ScanReader.delete(source.scanFolder());
            // a defect of ours on this file must not stop the batch; say which file and what
            return new Prepared(input, null, new IngestReport.Rejection(input.source(),
                    "could not be processed (" + e.getClass().getSimpleName() + "); please report this file"));
        }
    }

    /**
     * Stores prepared documents in one transaction of the store, in order, and indexes the stored ones (on this
     * thread: see commitIndex); one answer per document. Added, replaced or a duplicate is decided only inside the
     * write, under its locks: decided out here, from reads, a file another process stored between them would look
     * like a duplicate of itself. A document the database refuses is answered {@code REJECTED} with its reason, and
     * the others are stored. A scan comes alone: its page images are moved into the archive first, and a failure
     * to move them is the ingest's failure, as before batching.
     */
    private List<Stored> storeAll(List<Prepared> batch, List<DocumentStore.IndexChange> uncommitted) {
        List<DocumentStore.NewDocument> writes = new ArrayList<>(batch.size());
        for (Prepared p : batch) {
            if (p.document != null) writes.add(new DocumentStore.NewDocument(p.document, p.persons(), keepPages(p.document, p.pages())));
        }
        List<DocumentStore.BatchSaved> saved = store.saveNewAll(writes);
        List<Stored> out = new ArrayList<>(batch.size());
        int w = 0;
        for (Prepared p : batch) {
            if (p.document == null) { // prepare found the file as stored: unchanged, without a write
                out.add(new Stored(IngestListener.Outcome.UNCHANGED, null));
                continue;
            }
            DocumentStore.BatchSaved s = saved.get(w++);
            StoredDocument doc = p.document;
            if (s.refused() != null) {
                out.add(new Stored(IngestListener.Outcome.REJECTED, s.refused()));
                continue;
            }
            switch (s.saved().outcome()) {
                case UNCHANGED -> out.add(new Stored(IngestListener.Outcome.UNCHANGED, null));
                case DUPLICATE -> out.add(new Stored(IngestListener.Outcome.DUPLICATE, "same content as " + s.saved().twin().source()));
                case ADDED, REPLACED -> {
                    forgetOldPages(doc.id(), doc.contentHash());
                    if (!indexDeferred) {
                        facets.indexingStored(doc.id(), p.persons(), () -> index.index(doc));
                        uncommitted.add(new DocumentStore.IndexChange(doc.id(), doc.contentHash()));
                    }
                    out.add(new Stored(s.saved().outcome() == DocumentStore.SaveOutcome.REPLACED
                            ? IngestListener.Outcome.REPLACED : IngestListener.Outcome.ADDED, null));
                }
            }
        }
        return out;
    }

    /** The location a file is stored under: its absolute, normalised path, as {@link SourceReader} records it. */
    private static String location(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** Whether the file's bytes are those the archive holds for its location ({@code known}, or null: none). */
    private static boolean unchanged(Path file, DocumentStore.Fingerprint known) {
        if (known == null) return false;
        try {
            return known.contentHash().equals(SourceReader.fingerprint(file));
        } catch (IOException e) {
            return false; // the reader will say what is wrong with the file
        }
    }

    /** The repairs of the words on the scan's Kazakh pages (pages read with {@code kaz}). */
    private static List<OcrRepair.Repair> kazakhRepairs(OcrRepair repair, SourceDocument source) {
        List<OcrRepair.Repair> out = new ArrayList<>();
        String text = source.text();
        for (ScannedPage page : source.pages()) {
            if (!page.ocrLanguages().contains("kaz") || page.words().isEmpty()) continue;
            int from = page.words().get(0).start(), to = page.words().get(page.words().size() - 1).end();
            for (OcrRepair.Repair r : repair.repairs(text.substring(from, to))) {
                out.add(new OcrRepair.Repair(from + r.start(), r.read(), r.repaired()));
            }
        }
        return out;
    }

    /** Folder of the archive that holds a document's page images. */
    static final String PAGES_FOLDER = "pages";

    /**
     * Moves a scan's page images from their temporary folder into {@code pages/<id>/} of the archive, named by the
     * content's hash so that a new version never overwrites the images the stored version still points to; returns
     * the pages with their image paths relative to the archive folder.
     */
    private List<ScannedPage> keepPages(StoredDocument doc, List<ScannedPage> pages) {
        if (pages.isEmpty()) return pages;
        Path folder = this.folder.resolve(PAGES_FOLDER).resolve(doc.id());
        List<ScannedPage> kept = new ArrayList<>(pages.size());
        try {
            Files.createDirectories(folder);
            for (ScannedPage p : pages) {
                String name = doc.contentHash().substring(0, 16) + "-" + p.number() + "." + (p.imageType().equals("jpeg") ? "jpg" : "png");
                Files.move(p.image(), folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                kept.add(new ScannedPage(p.number(), p.width(), p.height(),
                        Path.of(PAGES_FOLDER, doc.id(), name), p.imageType(), p.ocrLanguages(), p.meanConfidence(),
                        p.seconds(), p.lines(), p.words()));
            }
        } catch (IOException e) {
            throw new TarikhException("cannot keep the page images of " + doc.source() + " in " + folder + ": " + e.getMessage(), e);
        }
        return kept;
    }

    /** Deletes the page images of a document's earlier versions (after the new version is stored). */
    private void forgetOldPages(String id, String contentHash) {
        Path folder = this.folder.resolve(PAGES_FOLDER).resolve(id);
        if (!Files.isDirectory(folder)) return;
        String current = contentHash.substring(0, 16) + "-";
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().startsWith(current)) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // an old image left behind takes room but misleads no one: the database names the current ones
        }
    }

    /** A scan's pages with their lines and words, in page order; empty for a document that is no scan. */
    public List<ScannedPage> pages(String documentId) {
        return store.pages(documentId);
    }

    /**
     * The image file of a scan's page, if the document has that page and its image is in the archive folder (never
     * a path outside it, whatever the database says).
     */
    public Optional<Path> pageImage(String documentId, int page) {
        for (ScannedPage p : store.pages(documentId)) {
            if (p.number() != page) continue;
            Path file = folder.resolve(p.image()).normalize();
            if (!file.startsWith(folder.resolve(PAGES_FOLDER)) || !Files.isRegularFile(file)) return Optional.empty();
            return Optional.of(file);
        }
        return Optional.empty();
    }

    private static Prepared await(Future<Prepared> future, java.util.concurrent.BlockingQueue<PageEvent> pageEvents,
                                  IngestListener listener) {
        try {
            // the pages the workers read are told from this thread while it waits for the next file
            while (true) {
                for (PageEvent e; (e = pageEvents.poll()) != null; ) {
                    listener.page(e.source(), e.page(), e.pages(), e.read().ocrLanguages(), e.read().meanConfidence(),
                            e.read().seconds());
                }
                try {
                    Prepared done = future.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                    if (pageEvents.isEmpty()) return done;
                } catch (java.util.concurrent.TimeoutException stillReading) {
                    // tell the pages read meanwhile, then wait again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TarikhException("ingest interrupted");
        } catch (ExecutionException e) {
            throw new TarikhException("ingest failed: " + e.getCause(), e.getCause());
        }
    }

    static String idFor(String location) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(location.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Brings the archive's persons up to date after documents were stored: resolves only the persons the new and
     * changed documents can touch ({@link PersonResolution}), keeping every id ({@link org.tarikh.resolve.PersonIds}).
     */
    public void resolvePersons() {
        requireWritable();
        long started = System.nanoTime();
        // one resolution at a time on the store: two of overlapping persons would give one person two ids
        if (store.exclusively(RESOLUTION_LOCK, resolution::resolvePending) > 0) personsChanged();
        resolutionNanos.addAndGet(System.nanoTime() - started);
    }

    private final java.util.concurrent.atomic.AtomicLong resolutionNanos = new java.util.concurrent.atomic.AtomicLong();

    /** Wall-clock seconds this archive has spent in {@link #resolvePersons} since it was opened (benchmark harness). */
    public double resolutionSeconds() {
        return resolutionNanos.get() / 1e9;
    }

    private static final String RESOLUTION_LOCK = "resolution";

    /** The document persons this archive's resolutions have read since it was opened (for the benchmark harness). */
    public long personsResolved() {
        return resolution.personsRead();
    }

    /** The document persons that joined their person online, without their family being read (benchmark, tests). */
    public long personsJoinedOnline() {
        return resolution.joinedOnline();
    }

    /** Resolves the whole archive again; ids are kept by the same rule. For upgrades of the rules and for tests. */
    public void resolveAllPersons() {
        requireWritable();
        store.exclusively(RESOLUTION_LOCK, () -> {
            resolution.resolveAll();
            store.setting(RULES_SETTING, rulesFingerprint());
            return null;
        });
        personsChanged();
    }

    /** Resolves again the persons around these ids, after an editor changed something about them. */
    void resolveAround(java.util.Collection<String> personIds) {
        store.exclusively(RESOLUTION_LOCK, () -> {
            resolution.resolveAround(personIds);
            return null;
        });
        personsChanged();
    }

    /** The editors' write path on this archive (a writable one). */
    public Curator curator() {
        requireWritable();
        return new Curator(this, store);
    }

    /** The editors' changes, oldest first; only those about {@code person} unless null. Readable on any archive. */
    public List<Curator.AuditEvent> audit(String person) {
        return new Curator(this, store).audit(person);
    }

    PersonResolver resolver() {
        return resolver;
    }

    /** An editor changed a decision that moves no person: only what was read of the persons is dropped. */
    void editorialChanged() {
        personsChanged();
    }

    private void personsChanged() {
        reconciler = null;
        facets.forget();
    }

    /**
     * Imports a register of the repressed (CSV or XLSX, one person a row) as a source of claims: stores the file
     * as a document with one person per row, resolves them with the archive's persons, and lists the rows that fit
     * more than one person ({@link RegisterImport}). Refused rows are in the report, never thrown; a file that is
     * no register (no name column) or cannot be read is a {@link TarikhException} naming it.
     */
    public org.tarikh.archive.register.RegisterReport importRegister(Path file, String source) {
        requireWritable();
        if (!takeOverIndex(TAKE_OVER_WAIT_MILLIS)) {
            throw new TarikhException("the archive's search index in " + folder + " is in use by another ingesting process; "
                    + "import the register when it is done");
        }
        return new RegisterImport(store, index, keyer, this::resolvePersons).run(file, source);
    }

    /** The register rows listed for an editor by the imports: rows that fit more than one archive person. */
    public List<DocumentStore.RegisterReview> registerReview() {
        return store.registerReview();
    }

    private static final String RULES_SETTING = "resolution-rules";

    /**
     * On a writable open: when the resolution rules (the code of the resolver and the name keys) differ from those
     * that resolved the archive, or the stored blocking keys no longer agree with them (an archive of an older
     * version), keys are written again and the whole archive resolved again, keeping ids; otherwise documents a
     * killed run stored but did not resolve are resolved now.
     */
    private void catchUpResolution() {
        store.exclusively(RESOLUTION_LOCK, () -> {
            catchUpResolutionExclusively();
            return null;
        });
    }

    private void catchUpResolutionExclusively() {
        String rules = rulesFingerprint();
        boolean drifted = !store.storedKeysSample(20,
                (p, stored) -> String.valueOf(resolver.blockKeys(p).familyKey()).equals(stored)).isEmpty();
        if (drifted || !rules.equals(store.setting(RULES_SETTING).orElse(""))) {
            if (store.count() > 0) {
                store.rewriteKeys();
                resolution.resolveAll();
            }
            store.setting(RULES_SETTING, rules);
            personsChanged();
        } else {
            resolvePersons();
        }
    }

    /** A digest of the classes whose code decides resolution: when it changes, so may every person. */
    static String rulesFingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> c : List.of(PersonResolver.class, org.tarikh.resolve.PersonIds.class, NameKeyer.class)) {
                try (var in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (in != null) digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The archive persons, resolved across documents. */
    public List<ResolvedPerson> persons() {
        return store.persons();
    }

    /** An active archive person by its id (a merged id is not followed: see {@link #survivor}). */
    public Optional<ResolvedPerson> person(String id) {
        return store.person(id);
    }

    /**
     * The id that now names the person an id was given to: the id itself while active, the survivor of a merge
     * (followed to the end), empty when the id was never given out or its person is gone.
     */
    public Optional<String> survivor(String id) {
        String current = id;
        for (int hops = 0; hops < 64; hops++) {
            Optional<DocumentStore.PersonStatus> status = store.personStatus(current);
            if (status.isEmpty()) return Optional.empty();
            switch (status.get().status()) {
                case "active" -> { return Optional.of(current); }
                case "merged" -> current = status.get().redirectTo();
                default -> { return Optional.empty(); }
            }
            if (current == null) return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The person an id names now: the person itself, or the survivor of the merge that took it; empty when the id
     * was never given out or its person is gone. What every interface that takes an id from outside uses.
     */
    public Optional<ResolvedPerson> personNamedBy(String id) {
        return survivor(id).flatMap(store::person);
    }

    /** What became of an id: active, merged or gone; empty when never given out. */
    public Optional<String> personStatus(String id) {
        return store.personStatus(id).map(DocumentStore.PersonStatus::status);
    }

    /** Ranked archive persons for a name in any script or spelling. */
    public List<Candidate> reconcile(String name, int limit) {
        return reconcile(name, null, limit);
    }

    /** Ranked archive persons for a name and, when known, a birth year. */
    public List<Candidate> reconcile(String name, Integer birthYear, int limit) {
        return reconciler().reconcile(name, birthYear, limit);
    }

    /** The candidates for each name of a batch, in its order, the names shared out among the cores. */
    public List<List<Candidate>> reconcileAll(List<Reconciler.Query> queries) {
        return reconciler().reconcileAll(queries);
    }

    private final Object reconcilerBuild = new Object();

    private Reconciler reconciler() {
        Reconciler current = reconciler;
        if (current != null) return current;
        // built once however many requests ask at the same moment (at a million persons a build is 20 s of CPU)
        synchronized (reconcilerBuild) {
            current = reconciler;
            if (current == null) {
                current = new Reconciler(store.persons(), keyer, new NameParser());
                reconciler = current;
            }
            return current;
        }
    }

    /**
     * Documents for a query and, when the query is a name (plain words, no thesaurus concept), the archive persons
     * it names confidently: reconciliation score at least {@value #PERSON_SCORE} or a match.
     */
    public SearchResults search(String query, int limit) {
        return search(query, limit, null);
    }

    /**
     * The page of a query's hits after {@code after} (the {@link SearchResults#next} of the page before; null: the
     * first page). The persons the query names come with the first page only.
     *
     * @throws org.tarikh.TarikhException when {@code after} is not a cursor of this archive's index
     */
    public SearchResults search(String query, int limit, String after) {
        if (query == null || query.isBlank()) return new SearchResults(query == null ? "" : query, 0, List.of());
        String cursor = after == null || after.isBlank() ? null : after.strip();
        try {
            return search(query, new SearchRequest(QueryParser.parse(query), limit, cursor, SearchRequest.ALL_FACETS));
        } catch (org.tarikh.search.QuerySyntaxException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            if (cursor == null) throw e;
            throw new org.tarikh.TarikhException(e.getMessage());
        }
    }

    /**
     * As {@link #search(String, int)} for a query already parsed ({@code typed} is what the reader wrote, to answer
     * with it and to name persons in its script), with the request's paging and facets.
     */
    public SearchResults search(String typed, SearchRequest request) {
        String query = typed;
        SearchResults results = inQueryScript(index.search(request).withQuery(typed), query);
        if (request.after() != null || !results.expanded().isEmpty() || !NAME_QUERY.matcher(query).matches()) {
            return results;
        }
        List<PersonHit> named = new ArrayList<>();
        for (Candidate c : reconcile(query.strip(), PERSONS_SHOWN)) {
            if (!c.match() && c.score() < PERSON_SCORE) continue;
            named.add(new PersonHit(c.id(), facets.person(c.id()) == null ? c.name() : facets.personName(c.id(), query),
                    c.score()));
        }
        // a surname alone asks for the family: every archive person of that surname, when they are few
        List<Candidate> family = reconciler().bySurname(query.strip(), SURNAME_PERSONS + 1);
        if (!family.isEmpty() && family.size() <= SURNAME_PERSONS) {
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (PersonHit p : named) shown.add(p.id());
            for (Candidate c : family) {
                if (!shown.add(c.id())) continue;
                named.add(new PersonHit(c.id(), facets.person(c.id()) == null ? c.name() : facets.personName(c.id(), query),
                        c.score()));
            }
        }
        return named.isEmpty() ? results : results.withPersons(named);
    }

    /**
     * Person facets labelled in the script the reader wrote the query in ({@link ResolvedPerson#nameFor}):
     * {@code Сейфуллин} lists Сәкен Сейфуллин, {@code Seifullin} Saken Seifullin, whichever document named him first.
     */
    private SearchResults inQueryScript(SearchResults results, String query) {
        List<SearchFacets.Count> counts = results.facets().get(SearchFacets.PERSON);
        if (counts == null || counts.isEmpty()) return results;
        List<SearchFacets.Count> relabelled = new ArrayList<>(counts.size());
        for (SearchFacets.Count c : counts) {
            relabelled.add(facets.person(c.value()) == null ? c
                    : new SearchFacets.Count(c.value(), facets.personName(c.value(), query), c.count()));
        }
        Map<String, List<SearchFacets.Count>> facets = new java.util.LinkedHashMap<>(results.facets());
        facets.put(SearchFacets.PERSON, List.copyOf(relabelled));
        return results.withFacets(facets);
    }

    public Optional<StoredDocument> document(String id) {
        return store.find(id);
    }

    public long documentCount() {
        return store.count();
    }

    /**
     * Writes a consistent copy of the archive's database to {@code file} with SQLite's online backup, while other
     * processes may read and write it. The search index is not copied: {@link #restore} rebuilds it.
     */
    public org.tarikh.store.SqliteBackup.Summary backup(Path file) {
        if (!config.embeddedDatabase()) throw notEmbedded("backup", config);
        return org.tarikh.store.SqliteBackup.backup(folder.resolve("tarikh.db"), file);
    }

    /**
     * Reads a backup into the archive folder {@code folder} and rebuilds its search index from the restored
     * documents. Refuses a file that is no Tarikh backup, and an archive folder that is not empty unless
     * {@code force}; a forced restore takes the index's write lock first, so it fails while another process
     * ingests into the archive. Sessions of the copied database are forgotten (everyone logs in again).
     */
    public static org.tarikh.store.SqliteBackup.Summary restore(Path folder, Path backup, boolean force) {
        return restore(folder, ArchiveConfig.embedded(), backup, force);
    }

    /** As {@link #restore(Path, Path, boolean)}, refused unless {@code config} names the embedded database. */
    public static org.tarikh.store.SqliteBackup.Summary restore(Path folder, ArchiveConfig config, Path backup, boolean force) {
        if (!config.embeddedDatabase()) throw notEmbedded("restore", config);
        org.tarikh.store.SqliteBackup.Summary summary = org.tarikh.store.SqliteBackup.inspect(backup);
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(dir) && isNonEmpty(dir) && !force) {
            throw new TarikhException("the archive folder " + folder + " is not empty: restore into a new folder, "
                    + "or add --force to replace its archive with the backup");
        }
        try (Archive archive = open(dir, config, true)) {
            archive.index.clear();
            org.tarikh.store.SqliteBackup.restore(backup, dir.resolve("tarikh.db"));
            // a backup of an older version is brought up to this one's schema by opening it
            try (DocumentStore restored = SqlDocumentStore.openSqlite(dir)) {
                restored.markAllUnindexed();
                restored.accounts().closeAllSessions();
            }
            archive.catchUpIndex();
        }
        return summary;
    }

    private static TarikhException notEmbedded(String what, ArchiveConfig config) {
        return new TarikhException(what + " copies the embedded SQLite database; this archive is on " + config.describeDatabase()
                + ": use PostgreSQL's own pg_dump and pg_restore, then open the folder again to rebuild the index");
    }

    /** The configuration this archive was opened with (its store and search). */
    public ArchiveConfig config() {
        return config;
    }

    /** The user accounts and web sessions of this archive (in its database, whether opened writable or not). */
    public org.tarikh.store.Accounts accounts() {
        return store.accounts();
    }

    /** Whether this archive was opened for writing (ingest, curation), not read-only. */
    public boolean writable() {
        return writable;
    }

    private void requireWritable() {
        if (!writable) throw new IllegalStateException("this archive was opened read-only");
    }

    @Override
    public void close() {
        try {
            // a shared database: index what other processes stored meanwhile, before letting the index go
            if (writable && !indexDeferred && !config.embeddedDatabase()) catchUpIndex();
        } catch (RuntimeException e) {
            // what is left stays in the outbox for the next writable open
        }
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
