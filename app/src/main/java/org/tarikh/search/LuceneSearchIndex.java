package org.tarikh.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.tarikh.TarikhException;
import org.tarikh.search.analysis.StackedTerms;
import org.tarikh.search.analysis.TarikhAnalyzers;
import org.tarikh.search.query.QueryPrinter;
import org.tarikh.store.StoredDocument;

/**
 * The embedded search index: Apache Lucene in the archive's {@code index/} folder.
 *
 * <p>Each document is indexed under its words and, stacked on them, their script-independent keys
 * ({@link TarikhAnalyzers}), in {@code text} and {@code title}; so {@code Лекеров} finds an English text that
 * writes {@code Lekerov}, and the snippet marks {@code Lekerov}.
 *
 * <p>A writable index holds Lucene's write lock: one ingesting process per archive. A read-only index sees what
 * other processes have committed. Thread-safe.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private static final String ID = "id";
    private static final String SOURCE = "source";
    private static final String LANGUAGE = "language";
    /**
     * The fields this code writes, recorded in each commit: 2 added places, the document id as doc values (person
     * facets) and the feature set; 3 the years of dotted dates; 4 no keys of stems under three letters; 5 the bare
     * word of an English possessive; 6 Kazakh in the 2018 and 2017 Latin alphabets stemmed like the 2021 one (one
     * Latin-Kazakh reader). An index of
     * another format is rebuilt from the store on the next writable open.
     */
    static final String FORMAT = "6";
    private static final String FORMAT_KEY = "tarikh.index.format";
    private static final String FEATURES_KEY = "tarikh.search.features";
    private static final FieldType TEXT_WITH_OFFSETS = textType();

    /**
     * BM25 with less length normalisation than Lucene's 0.75: the archive mixes one-page notes with encyclopedia
     * articles of thousands of words, and a long article that speaks of a subject many times must not sink below a
     * short note that names it once (measured on the judged set: recall@10 0.882 → 0.889 from this alone).
     */
    static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);

    private final Directory directory;
    private final Analyzer analyzer;
    /** The terms of each word, shared by the documents' analysis and the analyzer's (queries, highlighting). */
    private final StackedTerms terms;
    private final SearchQueries queries;
    private final SearchFacets facets;
    private final LinkedFacets linked;
    private final Set<SearchFeature> features;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    /**
     * The searchers that pages were read from, kept for {@link #PAGE_SECONDS}: the next page of a result is read
     * from the index as it was for the first page, so documents added, replaced or merged meanwhile move no hit
     * across the page boundary (Lucene's document numbers and scores both change then).
     */
    private final org.apache.lucene.search.SearcherLifetimeManager pages = new org.apache.lucene.search.SearcherLifetimeManager();
    static final double PAGE_SECONDS = 600;

    private LuceneSearchIndex(Directory directory, Analyzer analyzer, StackedTerms terms, UnaryOperator<String> keyer,
                              Thesaurus thesaurus, LinkedFacets linked, Set<SearchFeature> features, IndexWriter writer,
                              ReferenceManager<IndexSearcher> searchers) {
        this.directory = directory;
        this.analyzer = analyzer;
        this.terms = terms;
        this.queries = new SearchQueries(analyzer, keyer, thesaurus, linked, features, ID);
        this.facets = new SearchFacets(linked);
        this.linked = linked;
        this.features = Set.copyOf(features);
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens the index in {@code folder}.
     *
     * @param writable whether this process will index; a writable index takes Lucene's write lock
     * @param keyer    the script-independent key of a word, as {@link TarikhAnalyzers} uses it
     */
    public static LuceneSearchIndex open(Path folder, boolean writable, UnaryOperator<String> keyer) {
        return open(folder, writable, keyer, Thesaurus.load(), LinkedFacets.NONE, SearchFeature.ALL);
    }

    /**
     * Opens the index in {@code folder} with a thesaurus for query expansion, the archive's places and persons as
     * facets, and the search features to use. An index must be searched with the features it was built with.
     *
     * @param linked   places and persons ({@link LinkedFacets#NONE}: none)
     * @param features what the search does beyond plain words ({@link SearchFeature#ALL} in the archive)
     */
    public static LuceneSearchIndex open(Path folder, boolean writable, UnaryOperator<String> keyer, Thesaurus thesaurus,
                                         LinkedFacets linked, Set<SearchFeature> features) {
        StackedTerms terms = new StackedTerms(keyer, features.contains(SearchFeature.STEMS),
                features.contains(SearchFeature.KEYS));
        Analyzer analyzer = TarikhAnalyzers.create(terms, SearchFacets.valueFields());
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            if (writable) {
                IndexWriterConfig config = new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(64);
                IndexWriter writer = new IndexWriter(directory, config);
                // a new index is committed empty at once, so that readers (and other processes) can open it
                if (!DirectoryReader.indexExists(directory)) writer.commit();
                return new LuceneSearchIndex(directory, analyzer, terms, keyer, thesaurus, linked, features, writer,
                        new SearcherManager(writer, null));
            }
            if (!DirectoryReader.indexExists(directory)) {
                // an archive nothing was ingested into yet: create the empty index so readers can open it
                try (IndexWriter empty = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                    empty.commit();
                } catch (LockObtainFailedException busy) {
                    // another process is creating it right now
                }
            }
            return new LuceneSearchIndex(directory, analyzer, terms, keyer, thesaurus, linked, features, null,
                    new SearcherManager(directory, new SearcherFactory()));
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException("the archive's search index at " + folder
                    + " is in use by another ingesting process; wait for it to finish");
        } catch (IOException e) {
            throw new TarikhException("cannot open the search index at " + folder + ": " + e.getMessage(), e);
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void index(StoredDocument document) {
        if (writer == null) throw new IllegalStateException("this index was opened read-only");
        Document doc = new Document();
        doc.add(new StringField(ID, document.id(), Field.Store.YES));
        doc.add(new StoredField(SOURCE, document.source()));
        if (document.language() != null) doc.add(new StringField(LANGUAGE, document.language(), Field.Store.YES));
        String title = document.title() == null ? "" : document.title();
        String language = document.language();
        doc.add(new AnalyzedField(TarikhAnalyzers.TITLE, title, TextField.TYPE_STORED, offset -> language, terms));
        doc.add(new AnalyzedField(TarikhAnalyzers.TEXT, document.searchable(), TEXT_WITH_OFFSETS,
                BlockLanguages.of(document), terms));
        facets.addTo(doc, document);
        try {
            writer.updateDocument(new Term(ID, document.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing " + document.source(), e);
        }
    }

    @Override
    public void commit() {
        if (writer == null) return;
        try {
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, FEATURES_KEY, featureNames()).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("committing the search index", e);
        }
    }

    @Override
    public SearchResults search(SearchRequest request) {
        org.tarikh.search.query.Query tree = request.query();
        int limit = request.limit();
        Cursor after = request.after() == null ? null : Cursor.read(request.after());
        SearchQueries.Built built = queries.build(tree);
        Query query = built.query();
        String printed = QueryPrinter.print(tree);
        IndexSearcher searcher = null;
        try {
            pages.prune(new org.apache.lucene.search.SearcherLifetimeManager.PruneByAge(PAGE_SECONDS));
            searcher = after == null ? null : pages.acquire(after.version());
            if (searcher == null) {
                // a first page, or one whose index is gone (older than PAGE_SECONDS): the index as it is now
                searchers.maybeRefresh();
                IndexSearcher current = searchers.acquire();
                try {
                    searcher = pages.acquire(pages.record(current)); // kept for the next pages, held for this one
                } finally {
                    searchers.release(current);
                }
            }
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            searcher.setSimilarity(SIMILARITY);
            ScoreDoc last = after == null ? null : after.last();
            Found found = find(searcher, query, limit, last, request.facets());
            boolean fuzzy = false;
            if (found.total() == 0) {
                Query near = queries.retry(tree);
                if (near != null) {
                    Found again = find(searcher, near, limit, last, request.facets());
                    if (again.total() > 0) {
                        found = again;
                        query = near;
                        fuzzy = true;
                    }
                }
            }
            // the page is one hit shorter than what was found: the extra one says whether a next page exists
            TopDocs top = found.top();
            boolean more = top.scoreDocs.length > limit;
            if (more) top = new TopDocs(top.totalHits, java.util.Arrays.copyOf(top.scoreDocs, limit));
            List<List<SearchHit.Passage>> passages = Snippets.of(searcher, analyzer, query, top);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document doc = stored.document(top.scoreDocs[i].doc, Set.of(ID, SOURCE, TarikhAnalyzers.TITLE, LANGUAGE));
                hits.add(new SearchHit(doc.get(ID), doc.get(SOURCE), emptyToNull(doc.get(TarikhAnalyzers.TITLE)),
                        doc.get(LANGUAGE), top.scoreDocs[i].score, passages.get(i)));
            }
            String next = more ? Cursor.write(version, top.scoreDocs[limit - 1]) : null;
            return new SearchResults(printed, found.total(), hits, built.expansions(), found.facets(), List.of(),
                    fuzzy, next);
        } catch (IOException e) {
            throw new UncheckedIOException("searching for " + printed, e);
        } finally {
            if (searcher != null) {
                try {
                    pages.release(searcher);
                } catch (IOException ignored) {
                    // releasing a reader cannot lose data
                }
            }
        }
    }

    /**
     * Where a page ended: the version of the index it was read from (kept by {@link #pages}), and the score and
     * Lucene document number of its last hit, for {@link IndexSearcher}'s search after it. Score and number mean
     * something only in that version; a cursor older than {@link #PAGE_SECONDS} is read against the index as it is,
     * where a hit may repeat or be skipped.
     */
    record Cursor(long version, ScoreDoc last) {
        static String write(long version, ScoreDoc last) {
            return Long.toHexString(version) + "." + Integer.toHexString(Float.floatToIntBits(last.score)) + "."
                    + Integer.toHexString(last.doc);
        }

        static Cursor read(String cursor) {
            if (cursor.matches("[0-9a-f]{1,16}\\.[0-9a-f]{1,8}\\.[0-9a-f]{1,8}")) {
                String[] parts = cursor.split("\\.");
                return new Cursor(Long.parseUnsignedLong(parts[0], 16), new ScoreDoc(Integer.parseUnsignedInt(parts[2], 16),
                        Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16))));
            }
            throw new IllegalArgumentException("'" + cursor + "' is not a search cursor of this index: pass the next of"
                    + " the previous page's results");
        }
    }

    /** The best hits and, over every match, the exact total and the facets. */
    private record Found(TopDocs top, long total, Map<String, List<SearchFacets.Count>> facets) {}

    /**
     * Two passes: the best {@code limit} hits with Lucene's skipping of documents that cannot make the top (which
     * stops it counting), then every match counted with its facets without scoring, for the exact total a historian
     * needs. One pass doing both scored every match: 2-3 times slower on queries that match most of 100,000
     * documents (BENCHMARKS.md).
     */
    private Found find(IndexSearcher searcher, Query query, int limit, ScoreDoc after, Set<String> dimensions)
            throws IOException {
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit + 1, after, limit + 1));
        SearchFacets.Counted counted = searcher.search(query, facets.counter(dimensions));
        return new Found(top, counted.total(), counted.facets());
    }

    /** The Lucene query of a query tree, analysed as this index analyses its fields. */
    Query render(org.tarikh.search.query.Query tree) {
        return queries.render(tree);
    }

    @Override
    public long count() {
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean outdated() {
        try {
            if (!DirectoryReader.indexExists(directory)) return false;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                if (reader.numDocs() == 0) return false;
                Map<String, String> data = reader.getIndexCommit().getUserData();
                return !FORMAT.equals(data.get(FORMAT_KEY)) || !featureNames().equals(data.get(FEATURES_KEY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index's format", e);
        }
    }

    @Override
    public void clear() {
        if (writer == null) throw new IllegalStateException("this index was opened read-only");
        try {
            writer.deleteAll();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("clearing the search index", e);
        }
    }

    private String featureNames() {
        return features.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    @Override
    public void close() {
        try {
            pages.close();
            searchers.close();
            if (writer != null) writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index", e);
        }
    }

    /** A text field analysed with the languages of its document's paragraphs, which a field-wide analyzer cannot see. */
    private static final class AnalyzedField extends Field {
        private final IntFunction<String> languageAt;
        private final StackedTerms terms;

        AnalyzedField(String name, String value, FieldType type, IntFunction<String> languageAt, StackedTerms terms) {
            super(name, value, type);
            this.languageAt = languageAt;
            this.terms = terms;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return TarikhAnalyzers.indexStream(stringValue(), languageAt, terms);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
