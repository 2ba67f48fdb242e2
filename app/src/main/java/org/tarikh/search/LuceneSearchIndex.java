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
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.tarikh.TarikhException;
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

    private static final java.util.regex.Pattern PLAIN_WORDS =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*");

    private final Directory directory;
    private final Analyzer analyzer;
    private final UnaryOperator<String> keyer;
    private final QueryExpander expander;
    private final WordsQuery words;
    private final SearchFacets facets;
    private final LinkedFacets linked;
    private final Set<SearchFeature> features;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;

    private LuceneSearchIndex(Directory directory, Analyzer analyzer, UnaryOperator<String> keyer, Thesaurus thesaurus,
                              LinkedFacets linked, Set<SearchFeature> features, IndexWriter writer,
                              ReferenceManager<IndexSearcher> searchers) {
        this.directory = directory;
        this.analyzer = analyzer;
        this.keyer = keyer;
        this.expander = new QueryExpander(thesaurus);
        this.words = new WordsQuery(this::render, expander, linked, ID, TarikhAnalyzers.TEXT,
                features.contains(SearchFeature.KEYS) ? keyer : null);
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
        Analyzer analyzer = TarikhAnalyzers.create(keyer, SearchFacets.valueFields(),
                features.contains(SearchFeature.STEMS), features.contains(SearchFeature.KEYS));
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
                return new LuceneSearchIndex(directory, analyzer, keyer, thesaurus, linked, features, writer,
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
            return new LuceneSearchIndex(directory, analyzer, keyer, thesaurus, linked, features, null,
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
        doc.add(new AnalyzedField(TarikhAnalyzers.TITLE, title, TextField.TYPE_STORED, offset -> language, keyer, features));
        doc.add(new AnalyzedField(TarikhAnalyzers.TEXT, document.searchable(), TEXT_WITH_OFFSETS,
                BlockLanguages.of(document), keyer, features));
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
        ScoreDoc after = request.after() == null ? null : Cursor.read(request.after());
        boolean thesaurus = features.contains(SearchFeature.THESAURUS);
        QueryExpander.Expanded expanded = thesaurus
                ? expander.expand(tree) : new QueryExpander.Expanded(tree, List.of());
        List<String> plain = org.tarikh.search.query.Query.plainWords(tree);
        Query query = WordsQuery.isPlain(plain) ? words.build(plain, thesaurus).query() : render(expanded.query());
        String printed = QueryPrinter.print(tree);
        IndexSearcher searcher = null;
        try {
            searchers.maybeRefresh();
            searcher = searchers.acquire();
            searcher.setSimilarity(SIMILARITY);
            Found found = find(searcher, query, limit, after, request.facets());
            boolean fuzzy = false;
            if (found.total() == 0 && features.contains(SearchFeature.NEAR_SPELLINGS)) {
                Query near = nearSpellings(tree);
                if (near != null) {
                    Found again = find(searcher, near, limit, after, request.facets());
                    if (again.total() > 0) {
                        found = again;
                        query = near;
                        fuzzy = true;
                    }
                }
            }
            TopDocs top = found.top();
            String[] snippets = snippets(searcher, query, top);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document doc = stored.document(top.scoreDocs[i].doc, Set.of(ID, SOURCE, TarikhAnalyzers.TITLE, LANGUAGE));
                hits.add(new SearchHit(doc.get(ID), doc.get(SOURCE), emptyToNull(doc.get(TarikhAnalyzers.TITLE)),
                        doc.get(LANGUAGE), top.scoreDocs[i].score, snippets[i]));
            }
            String next = top.scoreDocs.length == limit && top.totalHits.value() > 0
                    ? Cursor.write(top.scoreDocs[top.scoreDocs.length - 1]) : null;
            return new SearchResults(printed, found.total(), hits, expanded.expansions(), found.facets(), List.of(),
                    fuzzy, next);
        } catch (IOException e) {
            throw new UncheckedIOException("searching for " + printed, e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException ignored) {
                    // releasing a reader cannot lose data
                }
            }
        }
    }

    /**
     * Where a page ended: the score and the Lucene document number of its last hit, for {@link IndexSearcher}'s
     * search after it. A page read after the index changed may repeat or skip a hit whose number moved.
     */
    static final class Cursor {
        private Cursor() {}

        static String write(ScoreDoc last) {
            return Integer.toHexString(Float.floatToIntBits(last.score)) + "." + Integer.toHexString(last.doc);
        }

        static ScoreDoc read(String cursor) {
            if (cursor.matches("[0-9a-f]{1,8}\\.[0-9a-f]{1,8}")) {
                String[] parts = cursor.split("\\.");
                return new ScoreDoc(Integer.parseUnsignedInt(parts[1], 16),
                        Float.intBitsToFloat(Integer.parseUnsignedInt(parts[0], 16)));
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
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, after, limit));
        SearchFacets.Counted counted = searcher.search(query, facets.counter(dimensions));
        return new Found(top, counted.total(), counted.facets());
    }

    private String[] snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) return new String[0];
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(1_000_000)
                .build();
        String[] snippets = highlighter.highlight(TarikhAnalyzers.TEXT, query, top, 2);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] != null) snippets[i] = snippets[i].replaceAll("\\s+", " ").strip();
        }
        return snippets;
    }

    /**
     * The query for OCR-damaged or misspelt words, tried when a plain-word query finds nothing: every word must
     * match, a word of 5–7 letters within 1 edit, a longer one within 2 (as typed and as its script-independent key,
     * so a Latin query meets a damaged Cyrillic word); shorter words exactly. Null when the query uses syntax
     * (fields, phrases, operators): the user asked for exactly that.
     */
    Query nearSpellings(org.tarikh.search.query.Query tree) {
        List<String> plain = org.tarikh.search.query.Query.plainWords(tree);
        if (plain.isEmpty() || !plain.stream().allMatch(w -> PLAIN_WORDS.matcher(w).matches())) return null;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyFuzzy = false;
        for (String word : plain) {
            String folded = analyzer.normalize(TarikhAnalyzers.TEXT, word).utf8ToString();
            int letters = folded.codePointCount(0, folded.length());
            int edits = letters >= 8 ? 2 : letters >= 5 ? 1 : 0;
            Query one;
            if (edits == 0) {
                one = render(new org.tarikh.search.query.Query.Word(word));
            } else {
                anyFuzzy = true;
                BooleanQuery.Builder either = new BooleanQuery.Builder()
                        .add(new FuzzyQuery(new Term(TarikhAnalyzers.TEXT, folded), edits), BooleanClause.Occur.SHOULD);
                String key = features.contains(SearchFeature.KEYS) ? keyer.apply(word) : null;
                if (key != null && key.length() >= 5 && !key.equals(folded)) {
                    either.add(new FuzzyQuery(new Term(TarikhAnalyzers.TEXT, key), key.length() >= 8 ? 2 : 1),
                            BooleanClause.Occur.SHOULD);
                }
                one = either.build();
            }
            all.add(one, BooleanClause.Occur.MUST);
        }
        return anyFuzzy ? all.build() : null;
    }

    /** The Lucene query of a query tree, analysed as this index analyses its fields. */
    Query render(org.tarikh.search.query.Query tree) {
        return new LuceneQueries(analyzer, linked, ID).render(tree);
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
        private final UnaryOperator<String> keyer;
        private final Set<SearchFeature> features;

        AnalyzedField(String name, String value, FieldType type, IntFunction<String> languageAt,
                      UnaryOperator<String> keyer, Set<SearchFeature> features) {
            super(name, value, type);
            this.languageAt = languageAt;
            this.keyer = keyer;
            this.features = features;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return TarikhAnalyzers.indexStream(stringValue(), languageAt, keyer,
                    features.contains(SearchFeature.STEMS), features.contains(SearchFeature.KEYS));
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
