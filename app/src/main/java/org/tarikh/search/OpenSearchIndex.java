package org.tarikh.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.tarikh.TarikhException;
import org.tarikh.search.analysis.TarikhAnalyzers;
import org.tarikh.store.StoredDocument;

/**
 * The search index on an OpenSearch cluster, for archives that outgrow one machine: the same documents, terms,
 * queries, facets and snippets as {@link LuceneSearchIndex}, served by any of the cluster's nodes.
 *
 * <p><b>Analysis stays ours.</b> Each document is analysed here, by {@link TarikhAnalyzers} exactly as the embedded
 * index analyses it (paragraph-language stems, script-independent keys, years of dotted dates), and sent as
 * {@link StackedTokens stacked text} ({@code "сейфуллиннің|сейфуллин|seifullin 1937"}) that the index's own
 * analyzer only splits (whitespace tokenizer, {@code pattern_capture} on {@code |}): the cluster indexes our terms
 * at our positions, so phrases, stacked synonyms and BM25 statistics are Lucene's. Queries are built as Lucene
 * queries ({@link LuceneQueries}) and rendered clause for clause ({@link OpenSearchDsl}). An analysis plugin built
 * from our classes would have to be built, signed off and installed on every node for the server's exact version,
 * carry ICU4J, our stemmers and the name keyer, and be redeployed with each change of them; the stacked text needs
 * nothing on the server but its stock {@code analysis-common} module.
 *
 * <p><b>Index and alias.</b> Documents live in an index of 3 shards and 1 replica (a node may die) named
 * {@code ALIAS-TIMESTAMP} behind the alias: {@link #clear()} creates a new index, moves the alias to it in one
 * atomic step and then deletes the old one. BM25 is the embedded index's ({@link LuceneSearchIndex#SIMILARITY}),
 * and searches run {@code dfs_query_then_fetch}, so that term statistics are those of the whole index, not of one
 * shard.
 *
 * <p><b>Facets</b> are terms aggregations over keyword fields ({@code lang}, {@code decade}, {@code kind},
 * {@code place}, {@code person}). Persons change when the archive resolves again, without re-indexing: a writable
 * index notices it by {@link LinkedFacets#personsVersion()} and rewrites the {@code person} field of the documents
 * whose persons differ (before its next commit or search).
 *
 * <p><b>Snippets</b> are highlighted here, not by the engine: the hit's stored text is analysed again with the
 * analysis it was indexed with and Lucene's unified highlighter marks it with the query ({@link Snippets}). The
 * engine's highlighter would see offsets into the stacked text, not into the document, and return its own HTML.
 *
 * <p>Documents are buffered until {@link #commit()}, which sends them in bulk and refreshes (not visible before,
 * as in Lucene). Every request is retried on another node when one does not answer, and a search that any shard
 * fails is retried rather than answered in part. Thread-safe.
 */
public final class OpenSearchIndex implements SearchIndex {
    /** The fields this class writes (1), with the analysis of {@link LuceneSearchIndex#FORMAT}. */
    static final String FORMAT = "os2+" + LuceneSearchIndex.FORMAT;
    static final String ID = "id";
    private static final String SOURCE = "source";
    private static final String LANGUAGE = "language";
    private static final String TITLE_SHOWN = "title_shown";
    private static final String TEXT_SHOWN = "text_shown";
    private static final String BLOCKS = "blocks";
    private static final List<String> FACETS = List.of(SearchFacets.LANGUAGE, SearchFacets.DECADE, SearchFacets.KIND,
            SearchFacets.PLACE);
    private static final List<String> VALUE_FIELDS = List.of(SearchFacets.LANGUAGE, SearchFacets.YEAR,
            SearchFacets.DECADE, SearchFacets.KIND, SearchFacets.PLACE, SearchFacets.PERSON);
    /** Values of one facet counted at most: all of them in any archive we know (terms aggregations are exact then). */
    private static final int FACET_VALUES = 1000;
    private static final int BULK_BYTES = 4 << 20;
    /** The keyword sub-field of a value field that aggregations count. */
    private static final String COUNTED = "counted";
    private static final int ATTEMPTS = 8;
    /** Copies of each shard besides its primary: one, so that a node may die. */
    private static final int REPLICAS = 1;
    private static final long GREEN_WAIT_SECONDS = Long.getLong("tarikh.search.greenWaitSeconds", 3600);
    private static final java.util.regex.Pattern ALIAS = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]{0,100}");

    private final ObjectMapper json = new ObjectMapper();
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;
    private final List<URI> nodes;
    private final String alias;
    private final boolean writable;
    private final UnaryOperator<String> keyer;
    /** The terms of each word, shared by the documents' analysis, the queries' and the highlighting's. */
    private final org.tarikh.search.analysis.StackedTerms terms;
    private final LinkedFacets linked;
    private final Set<SearchFeature> features;
    private final SearchFacets facets;
    private final SearchQueries queries;
    private final StringBuilder pending = new StringBuilder();
    private final Object writeLock = new Object();
    private volatile long personsSynced;

    private OpenSearchIndex(List<URI> nodes, String alias, boolean writable, UnaryOperator<String> keyer,
                            Thesaurus thesaurus, LinkedFacets linked, Set<SearchFeature> features) {
        this.nodes = List.copyOf(nodes);
        this.alias = alias;
        this.writable = writable;
        this.keyer = keyer;
        this.linked = linked;
        this.features = Set.copyOf(features);
        this.facets = new SearchFacets(linked);
        this.terms = new org.tarikh.search.analysis.StackedTerms(keyer, features.contains(SearchFeature.STEMS),
                features.contains(SearchFeature.KEYS));
        Analyzer analyzer = TarikhAnalyzers.create(terms, SearchFacets.valueFields());
        this.queries = new SearchQueries(analyzer, keyer, thesaurus, linked, features, ID);
        HttpHost[] hosts = nodes.stream().map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort()))
                .toArray(HttpHost[]::new);
        this.transport = ApacheHttpClient5TransportBuilder.builder(hosts).build();
        this.client = new OpenSearchGenericClient(transport);
        this.personsSynced = linked.personsVersion();
    }

    /**
     * Opens the index behind {@code alias} on the cluster of {@code nodes}, creating it on first use.
     *
     * @param alias    the archive's name on the cluster: lower-case letters, digits, {@code -} and {@code _}
     * @param writable whether this process will index (and keep the persons of documents up to date)
     */
    public static OpenSearchIndex open(List<URI> nodes, String alias, boolean writable, UnaryOperator<String> keyer,
                                       Thesaurus thesaurus, LinkedFacets linked, Set<SearchFeature> features) {
        if (nodes.isEmpty()) throw new TarikhException("no node of the search cluster given");
        if (!ALIAS.matcher(alias).matches()) {
            throw new TarikhException("'" + alias + "' cannot name an index on the search cluster: use lower-case"
                    + " letters, digits, - and _");
        }
        OpenSearchIndex index = new OpenSearchIndex(nodes, alias, writable, keyer, thesaurus, linked, features);
        try {
            if (index.concreteIndex() == null) index.createBehindAlias(null);
        } catch (RuntimeException e) {
            index.closeTransport();
            throw e;
        }
        return index;
    }

    /**
     * The node URLs of {@code TARIKH_SEARCH} or {@code --search}: {@code http://127.0.0.1:9200,http://127.0.0.1:9201}.
     *
     * @throws TarikhException naming the value that is no {@code http(s)://host:port} URL
     */
    public static List<URI> nodes(String commaSeparated) {
        List<URI> out = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            String value = part.strip();
            if (value.isEmpty()) continue;
            URI uri;
            try {
                uri = URI.create(value);
            } catch (IllegalArgumentException e) {
                throw new TarikhException("'" + value + "' is no URL of a search node (write http://host:port)");
            }
            if (uri.getHost() == null || uri.getPort() < 0
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new TarikhException("'" + value + "' is no URL of a search node (write http://host:port)");
            }
            out.add(uri);
        }
        if (out.isEmpty()) throw new TarikhException("no node of the search cluster in '" + commaSeparated + "'");
        return out;
    }

    /** The alias this index answers under. */
    public String alias() {
        return alias;
    }

    // ---------------------------------------------------------------------------------------------- writing

    @Override
    public void index(StoredDocument document) {
        if (!writable) throw new IllegalStateException("this index was opened read-only");
        ObjectNode doc = json.createObjectNode();
        doc.put(ID, document.id());
        doc.put(SOURCE, document.source());
        if (document.language() != null) doc.put(LANGUAGE, document.language());
        String title = document.title() == null ? "" : document.title();
        String language = document.language();
        BlockLanguages blocks = BlockLanguages.of(document);
        doc.put(TITLE_SHOWN, title);
        doc.put(TEXT_SHOWN, document.searchable());
        ObjectNode blocksNode = doc.putObject(BLOCKS);
        for (int start : blocks.starts()) blocksNode.withArray("starts").add(start);
        for (int end : blocks.ends()) blocksNode.withArray("ends").add(end);
        for (String lang : blocks.languages()) blocksNode.withArray("languages").add(lang);
        doc.put(TarikhAnalyzers.TITLE, stacked(title, offset -> language));
        doc.put(TarikhAnalyzers.TEXT, stacked(document.searchable(), blocks));
        facets.valuesOf(document).forEach((field, values) -> {
            ArrayNode list = doc.putArray(field);
            values.forEach(list::add);
        });
        ArrayNode persons = doc.putArray(SearchFacets.PERSON);
        new TreeSet<>(linked.personsIn(document.id())).forEach(persons::add);
        ObjectNode action = json.createObjectNode();
        action.putObject("index").put("_id", document.id());
        synchronized (writeLock) {
            pending.append(action).append('\n').append(doc).append('\n');
            if (pending.length() > 8 * BULK_BYTES) flush(); // a long batch: do not hold it all in memory
        }
    }

    private String stacked(String text, IntFunction<String> languageAt) {
        return StackedTokens.render(TarikhAnalyzers.indexStream(text, languageAt, terms));
    }

    @Override
    public void commit() {
        if (!writable) return;
        synchronized (writeLock) {
            flush();
            syncPersons();
        }
    }

    /** Sends the buffered documents in bulk requests of a few megabytes and refreshes the index. */
    private void flush() {
        if (pending.length() == 0) return;
        String all = pending.toString();
        pending.setLength(0);
        int from = 0;
        while (from < all.length()) {
            int to = Math.min(all.length(), from + BULK_BYTES);
            // whole action-and-document pairs: cut after an even number of lines
            int lines = 0;
            int cut = from;
            for (int i = from; i < all.length(); i++) {
                if (all.charAt(i) == '\n' && ++lines % 2 == 0) {
                    cut = i + 1;
                    if (cut >= to) break;
                }
            }
            bulk(all.substring(from, cut));
            from = cut;
        }
        call("POST", "/" + alias + "/_refresh", Map.of(), null);
    }

    private void bulk(String ndjson) {
        JsonNode answer = call("POST", "/" + alias + "/_bulk", Map.of(), ndjson);
        if (!answer.path("errors").asBoolean(false)) return;
        List<String> failed = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            JsonNode result = item.elements().hasNext() ? item.elements().next() : item;
            if (result.has("error")) {
                failed.add(result.path("_id").asText() + ": " + result.path("error").path("reason").asText());
            }
        }
        throw new TarikhException("the search cluster refused " + failed.size() + " document(s): "
                + String.join("; ", failed.subList(0, Math.min(5, failed.size()))));
    }

    /**
     * Rewrites the {@code person} field of the documents whose archive persons changed since they were written,
     * when the archive resolved again. Reads every document's id and persons, in pages.
     */
    private void syncPersons() {
        long version = linked.personsVersion();
        if (version == personsSynced || linked == LinkedFacets.NONE) return;
        StringBuilder updates = new StringBuilder();
        JsonNode after = null;
        int changed = 0;
        while (true) {
            ObjectNode body = json.createObjectNode().put("size", 1000);
            body.putObject("query").putObject("match_all");
            body.putArray("sort").addObject().put(ID, "asc");
            body.putArray("_source").add(ID).add(SearchFacets.PERSON);
            if (after != null) body.set("search_after", after);
            JsonNode hits = call("POST", "/" + alias + "/_search", Map.of(), body.toString()).path("hits").path("hits");
            if (hits.isEmpty()) break;
            for (JsonNode hit : hits) {
                String id = hit.path("_source").path(ID).asText();
                List<String> had = new ArrayList<>();
                hit.path("_source").path(SearchFacets.PERSON).forEach(p -> had.add(p.asText()));
                List<String> now = new ArrayList<>(new TreeSet<>(linked.personsIn(id)));
                if (!now.equals(had)) {
                    ObjectNode action = json.createObjectNode();
                    action.putObject("update").put("_id", id);
                    ObjectNode doc = json.createObjectNode();
                    ArrayNode list = doc.putObject("doc").putArray(SearchFacets.PERSON);
                    now.forEach(list::add);
                    updates.append(action).append('\n').append(doc).append('\n');
                    changed++;
                }
                after = hit.path("sort");
            }
            if (updates.length() > BULK_BYTES) {
                bulk(updates.toString());
                updates.setLength(0);
            }
        }
        if (updates.length() > 0) bulk(updates.toString());
        if (changed > 0) call("POST", "/" + alias + "/_refresh", Map.of(), null);
        personsSynced = version;
    }

    /**
     * A long load writes to the primaries only: the index's replicas are dropped ({@code number_of_replicas} 0, the
     * standard practice with {@code refresh_interval} -1, which this index always has) and restored when the handle
     * closes, which waits until every replica is copied again (the cluster green) so that a node may die again.
     */
    @Override
    public BulkLoad bulkLoad() {
        if (!writable) return BulkLoad.NONE;
        replicas(0);
        return () -> {
            commit();
            replicas(REPLICAS);
            waitForGreen();
        };
    }

    private void replicas(int count) {
        ObjectNode body = json.createObjectNode();
        body.putObject("index").put("number_of_replicas", count);
        call("PUT", "/" + alias + "/_settings", Map.of(), body.toString());
    }

    /** Polls the index's health until green: each replica copied from its primary (minutes for millions of documents). */
    private void waitForGreen() {
        long deadline = System.nanoTime() + GREEN_WAIT_SECONDS * 1_000_000_000L;
        String status = "?";
        while (System.nanoTime() < deadline) {
            status = call("GET", "/_cluster/health/" + alias, Map.of(), null).path("status").asText("?");
            if (status.equals("green")) return;
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TarikhException("interrupted while the search cluster copied the index's replicas");
            }
        }
        throw new TarikhException("the search cluster did not copy the replicas of " + alias + " in "
                + GREEN_WAIT_SECONDS + " s (health " + status + "); it goes on copying them, and searches are answered meanwhile");
    }

    @Override
    public void clear() {
        if (!writable) throw new IllegalStateException("this index was opened read-only");
        synchronized (writeLock) {
            pending.setLength(0);
            createBehindAlias(concreteIndex());
        }
    }

    /** Creates a new empty index, points the alias at it (away from {@code old}, atomically), deletes {@code old}. */
    private void createBehindAlias(String old) {
        String name = alias + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
                .format(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
        call("PUT", "/" + name, Map.of("wait_for_active_shards", "all"), settings().toString());
        ObjectNode actions = json.createObjectNode();
        ArrayNode list = actions.putArray("actions");
        if (old != null) list.addObject().putObject("remove").put("index", old).put("alias", alias);
        list.addObject().putObject("add").put("index", name).put("alias", alias);
        call("POST", "/_aliases", Map.of(), actions.toString());
        if (old != null) call("DELETE", "/" + old, Map.of(), null);
    }

    /** The index behind the alias, or null when there is none yet. */
    private String concreteIndex() {
        JsonNode answer = callOrNull("GET", "/_alias/" + alias);
        if (answer == null || !answer.fieldNames().hasNext()) return null;
        return answer.fieldNames().next();
    }

    private ObjectNode settings() {
        ObjectNode root = json.createObjectNode();
        ObjectNode index = root.putObject("settings").putObject("index");
        index.put("number_of_shards", 3).put("number_of_replicas", REPLICAS);
        index.put("refresh_interval", "-1"); // visible at commit(), as in Lucene
        index.put("max_terms_count", 1_000_000); // person: queries list a person's documents
        index.putObject("similarity").putObject("default").put("type", "BM25")
                .put("k1", LuceneSearchIndex.SIMILARITY.getK1()).put("b", LuceneSearchIndex.SIMILARITY.getB());
        ObjectNode analysis = index.putObject("analysis");
        analysis.putObject("tokenizer").putObject("positions")
                .put("type", "whitespace").put("max_token_length", 65536);
        analysis.putObject("filter").putObject("stacked").put("type", "pattern_capture")
                .put("preserve_original", false)
                .putArray("patterns").add("([^" + java.util.regex.Pattern.quote(String.valueOf(StackedTokens.STACK)) + "]+)");
        ObjectNode analyzer = analysis.putObject("analyzer").putObject("stacked_text");
        analyzer.put("type", "custom").put("tokenizer", "positions").putArray("filter").add("stacked");
        ObjectNode mappings = root.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.putObject("_meta").put("format", FORMAT).put("features", featureNames());
        // the stacked title and text stay in _source although only the index reads them: a change of a document's
        // persons is an update, which OpenSearch reindexes from _source, and would drop fields excluded from it
        ObjectNode properties = mappings.putObject("properties");
        properties.putObject(ID).put("type", "keyword");
        properties.putObject(SOURCE).put("type", "keyword").put("index", false).put("doc_values", false);
        properties.putObject(LANGUAGE).put("type", "keyword").put("index", false).put("doc_values", false);
        properties.putObject(TITLE_SHOWN).put("type", "text").put("index", false);
        properties.putObject(TEXT_SHOWN).put("type", "text").put("index", false);
        properties.putObject(BLOCKS).put("type", "object").put("enabled", false); // in _source only
        for (String field : List.of(TarikhAnalyzers.TITLE, TarikhAnalyzers.TEXT)) {
            properties.putObject(field).put("type", "text").put("analyzer", "stacked_text");
        }
        // the values scored as Lucene scores its untokenised fields (BM25 over documents, no norms), counted from
        // a keyword sub-field's doc values
        for (String field : VALUE_FIELDS) {
            properties.putObject(field).put("type", "text").put("analyzer", "keyword").put("norms", false)
                    .put("index_options", "docs").putObject("fields").putObject(COUNTED).put("type", "keyword");
        }
        return root;
    }

    // ---------------------------------------------------------------------------------------------- reading

    /**
     * {@inheritDoc} Pages go on with {@code search_after} from the last hit's score and id (the cursor is their
     * JSON), so a deep page costs what the first does.
     */
    @Override
    public SearchResults search(SearchRequest request) {
        if (writable) {
            synchronized (writeLock) {
                syncPersons();
            }
        }
        org.tarikh.search.query.Query tree = request.query();
        SearchQueries.Built built = queries.build(tree);
        Query query = built.query();
        JsonNode cursor = request.after() == null ? null : cursor(request.after());
        // one hit more than the page: whether there is a next page, so that the last page says so
        JsonNode answer = find(query, request.limit() + 1, cursor, request.facets());
        boolean fuzzy = false;
        if (total(answer) == 0) {
            Query near = queries.retry(tree);
            if (near != null) {
                JsonNode again = find(near, request.limit() + 1, cursor, request.facets());
                if (total(again) > 0) {
                    answer = again;
                    query = near;
                    fuzzy = true;
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        JsonNode last = null;
        boolean more = false;
        for (JsonNode hit : answer.path("hits").path("hits")) {
            if (hits.size() == request.limit()) {
                more = true;
                break;
            }
            JsonNode source = hit.path("_source");
            String language = source.hasNonNull(LANGUAGE) ? source.get(LANGUAGE).asText() : null;
            String title = source.path(TITLE_SHOWN).asText("");
            hits.add(new SearchHit(source.path(ID).asText(), source.path(SOURCE).asText(),
                    title.isEmpty() ? null : title, language, (float) hit.path("_score").asDouble(),
                    snippet(query, source, language)));
            last = hit.path("sort");
        }
        String next = more && last != null ? last.toString() : null;
        return new SearchResults(org.tarikh.search.query.QueryPrinter.print(tree), total(answer), hits,
                built.expansions(), facets(answer), List.of(), fuzzy, next);
    }

    private JsonNode cursor(String after) {
        try {
            JsonNode node = json.readTree(after);
            if (node.isArray() && node.size() == 2 && node.get(0).isNumber() && node.get(1).isTextual()) return node;
        } catch (IOException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + after + "' is not a search cursor of this index: pass the next of"
                + " the previous page's results");
    }

    private JsonNode find(Query query, int size, JsonNode after, Set<String> dimensions) {
        ObjectNode body = json.createObjectNode();
        body.set("query", OpenSearchDsl.render(query));
        body.put("size", size).put("track_total_hits", true);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("_score", "desc");
        sort.addObject().put(ID, "asc");
        if (after != null) body.set("search_after", after);
        ArrayNode shown = body.putArray("_source").add(ID).add(SOURCE).add(LANGUAGE).add(TITLE_SHOWN).add(TEXT_SHOWN)
                .add(BLOCKS);
        VALUE_FIELDS.forEach(shown::add);
        ObjectNode aggs = body.putObject("aggs");
        List<String> counted = new ArrayList<>(FACETS.stream().filter(dimensions::contains).toList());
        if (linked != LinkedFacets.NONE && dimensions.contains(SearchFacets.PERSON)) counted.add(SearchFacets.PERSON);
        for (String field : counted) {
            aggs.putObject(field).putObject("terms").put("field", field + "." + COUNTED).put("size", FACET_VALUES)
                    .put("shard_size", FACET_VALUES * 3);
        }
        return call("POST", "/" + alias + "/_search",
                Map.of("search_type", "dfs_query_then_fetch", "allow_partial_search_results", "false"), body.toString());
    }

    private static long total(JsonNode answer) {
        return answer.path("hits").path("total").path("value").asLong();
    }

    private Map<String, List<SearchFacets.Count>> facets(JsonNode answer) {
        Map<String, List<SearchFacets.Count>> out = new LinkedHashMap<>();
        answer.path("aggregations").fields().forEachRemaining(entry -> {
            Map<String, Long> counts = new HashMap<>();
            for (JsonNode bucket : entry.getValue().path("buckets")) {
                counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
            }
            List<SearchFacets.Count> shown = facets.shown(entry.getKey(), counts);
            if (!shown.isEmpty()) out.put(entry.getKey(), shown);
        });
        return out;
    }

    private List<SearchHit.Passage> snippet(Query query, JsonNode source, String language) {
        JsonNode blocks = source.path(BLOCKS);
        int n = blocks.path("starts").size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] languages = new String[n];
        for (int i = 0; i < n; i++) {
            starts[i] = blocks.path("starts").get(i).asInt();
            ends[i] = blocks.path("ends").path(i).asInt();
            JsonNode lang = blocks.path("languages").path(i);
            languages[i] = lang.isNull() || lang.isMissingNode() ? null : lang.asText();
        }
        Analyzer text = TarikhAnalyzers.documentAnalyzer(BlockLanguages.of(starts, ends, languages, language), terms);
        Analyzer title = TarikhAnalyzers.documentAnalyzer(offset -> language, terms);
        Map<String, List<String>> values = new HashMap<>();
        values.put(ID, List.of(source.path(ID).asText()));
        for (String field : VALUE_FIELDS) {
            List<String> list = new ArrayList<>();
            source.path(field).forEach(v -> list.add(v.asText()));
            values.put(field, list);
        }
        return Snippets.of(title, text, query, source.path(TITLE_SHOWN).asText(""), source.path(TEXT_SHOWN).asText(""),
                values);
    }

    @Override
    public long count() {
        return call("GET", "/" + alias + "/_count", Map.of(), null).path("count").asLong();
    }

    @Override
    public boolean outdated() {
        String index = concreteIndex();
        if (index == null || count() == 0) return false;
        JsonNode meta = call("GET", "/" + index + "/_mapping", Map.of(), null).path(index).path("mappings").path("_meta");
        return !FORMAT.equals(meta.path("format").asText()) || !featureNames().equals(meta.path("features").asText());
    }

    private String featureNames() {
        return features.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Sends what is buffered and brings the persons up to date (a writable index; as Lucene's writer commits on
     * close), then closes the connections.
     */
    @Override
    public void close() {
        try {
            if (writable) commit();
        } finally {
            closeTransport();
        }
    }

    private void closeTransport() {
        try {
            transport.close();
        } catch (IOException e) {
            // nothing was buffered in the connection that a close could lose
        }
    }

    // ---------------------------------------------------------------------------------------------- requests

    private JsonNode callOrNull(String method, String endpoint) {
        return request(method, endpoint, Map.of(), null, true);
    }

    private JsonNode call(String method, String endpoint, Map<String, String> parameters, String body) {
        return request(method, endpoint, parameters, body, false);
    }

    /**
     * One request, retried when a node does not answer or the cluster cannot serve it right now (a node died and
     * its shards are moving): connection failures, 429 and 5xx. Requests of this class are idempotent (a document
     * is written under its id), so a retry cannot duplicate anything.
     */
    private JsonNode request(String method, String endpoint, Map<String, String> parameters, String body,
                             boolean missingIsNull) {
        String problem = null;
        boolean answered = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Requests.JsonBodyBuilder builder = Requests.builder().method(method).endpoint(endpoint).query(parameters);
            if (body != null) {
                String type = endpoint.endsWith("/_bulk") ? "application/x-ndjson" : "application/json";
                builder.body(Body.from(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), type));
            }
            try (Response response = client.execute(builder.build())) {
                int status = response.getStatus();
                answered = true;
                String text = response.getBody().map(Body::bodyAsString).orElse("");
                if (status < 300) return text.isEmpty() ? json.createObjectNode() : json.readTree(text);
                if (status == 404 && missingIsNull) return null;
                problem = status + " " + reason(text);
                if (status != 429 && status < 500) break;
            } catch (IOException | RuntimeException e) {
                if (e instanceof TarikhException tarikh) throw tarikh;
                problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            if (attempt < ATTEMPTS) pause(attempt);
        }
        String cluster = String.join(",", nodes.stream().map(URI::toString).toList());
        if (!answered) {
            throw new TarikhException("the search cluster (" + cluster + ") did not answer " + method + " " + endpoint
                    + " (" + problem + "): is it running? (tools/cluster.sh up DIR starts one)");
        }
        throw new TarikhException("the search cluster (" + cluster + ") failed " + method + " " + endpoint + ": " + problem);
    }

    private String reason(String text) {
        try {
            JsonNode error = json.readTree(text).path("error");
            JsonNode root = error.path("root_cause").path(0);
            String reason = root.path("reason").asText(error.path("reason").asText(""));
            return reason.isEmpty() ? text : reason;
        } catch (IOException e) {
            return text;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(4000, 100L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TarikhException("interrupted while the search cluster recovered");
        }
    }
}
