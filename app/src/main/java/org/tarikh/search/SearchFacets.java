package org.tarikh.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.tarikh.store.StoredDocument;

/**
 * The facets of the search results and the fields that field queries read, per document:
 * <ul>
 *   <li>{@code lang}: the document's language ({@code lang:kk});</li>
 *   <li>{@code year}: every year from 1800 to 2039 its text writes ({@code year:1937}), and {@code decade}
 *       ({@code 1930s}) for each of them ({@code decade:1930s});</li>
 *   <li>{@code kind}: the document's format ({@code kind:pdf});</li>
 *   <li>{@code place}: the gazetteer ids of the places the text names ({@link LinkedFacets#placesIn}), indexed
 *       like the others;</li>
 *   <li>{@code person}: the archive persons of the document, read at query time from {@link LinkedFacets#personsIn}
 *       through the document id kept as doc values, because resolution changes without re-indexing.</li>
 * </ul>
 * Values are indexed as exact, lower-cased terms and as doc values, which {@link #counter} counts over all matching
 * documents; persons and places are listed {@value #LINKED_SHOWN} at most, most frequent first, with their names as
 * labels. Thread-safe.
 */
public final class SearchFacets {
    public static final String LANGUAGE = "lang";
    public static final String YEAR = "year";
    public static final String DECADE = "decade";
    public static final String KIND = "kind";
    public static final String PLACE = LinkedFacets.PLACE;
    public static final String PERSON = LinkedFacets.PERSON;
    /** Dimensions shown as facets, in this order ({@code year} is for queries only: decades summarise it). */
    static final List<String> SHOWN = List.of(LANGUAGE, DECADE, KIND, PERSON, PLACE);
    /** The most values of a person or place facet listed: a name common in 100,000 documents would list thousands. */
    static final int LINKED_SHOWN = 15;
    /** The document id as doc values, for facets read at query time. */
    static final String ID_VALUES = "facet.id";
    /**
     * The rule of {@link #years}: 1800-2039 not within a number or a word (older or later four-digit numbers in these
     * texts are counts, not years).
     */
    static final Pattern YEARS = Pattern.compile("(?<![\\p{N}\\p{L}])(1[89]\\d\\d|20[0-3]\\d)(?![\\p{N}\\p{L}])");
    private static final String DOC_VALUES_PREFIX = "facet.";

    /**
     * One value of a dimension and how many matching documents have it.
     *
     * @param value what a query names it by ({@code kk}, {@code 1930s}, a person's or a place's id)
     * @param label what to show: the value itself, or the person's or place's name
     */
    public record Count(String value, String label, long count) {
        public Count {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
            if (count < 0) throw new IllegalArgumentException("negative count " + count + " for " + value);
        }

        public Count(String value, long count) {
            this(value, value, count);
        }
    }

    private final LinkedFacets linked;
    /** Dimensions counted from indexed doc values. */
    private final List<String> indexed = List.of(LANGUAGE, DECADE, KIND, PLACE);

    SearchFacets(LinkedFacets linked) {
        this.linked = Objects.requireNonNull(linked, "linked");
    }

    /** The fields whose terms are exact values rather than text. */
    static Set<String> valueFields() {
        return new LinkedHashSet<>(List.of(LANGUAGE, YEAR, DECADE, KIND, PLACE));
    }

    /**
     * The years 1800-2039 written in a text, in order, each once: {@code "в 1937 и 1938 гг."} → 1937, 1938. What
     * {@link #YEARS} finds, read by a scan of the digits rather than the pattern (whose look-behind at every character
     * of every indexed text was a sixth of the facets' time).
     */
    static Set<String> years(String text) {
        Set<String> years = new TreeSet<>();
        int n = text.length();
        for (int i = 0; i + 4 <= n; i++) {
            char c = text.charAt(i);
            if (c != '1' && c != '2') continue;
            char c1 = text.charAt(i + 1);
            boolean year = c == '1' ? c1 == '8' || c1 == '9' : c1 == '0' && text.charAt(i + 2) >= '0' && text.charAt(i + 2) <= '3';
            if (!year || !asciiDigit(text.charAt(i + 2)) || !asciiDigit(text.charAt(i + 3))) continue;
            // the pattern's look-behind reads one char (a supplementary letter's low surrogate is no letter to it)
            if (i > 0 && numberOrLetter(text.charAt(i - 1))) continue;
            if (i + 4 < n && numberOrLetter(text.codePointAt(i + 4))) continue;
            years.add(text.substring(i, i + 4));
            i += 3;
        }
        return years;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \p{N}} or {@code \p{L}} as {@link Pattern} reads them. */
    private static boolean numberOrLetter(int codePoint) {
        if (Character.isLetter(codePoint)) return true;
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * The exact values of each field of a document ({@code lang}, {@code kind}, {@code year}, {@code decade},
     * {@code place}), lower-cased, each once: what both engines index for field queries and facets.
     */
    Map<String, Set<String>> valuesOf(StoredDocument document) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        if (document.language() != null) put(values, LANGUAGE, document.language());
        if (document.format() != null) put(values, KIND, document.format());
        for (String year : years(document.searchable())) {
            put(values, YEAR, year);
            put(values, DECADE, year.substring(0, 3) + "0s");
        }
        for (String place : linked.placesIn(document)) put(values, PLACE, place);
        return values;
    }

    /**
     * The counts of one dimension as shown: persons and places labelled with their names and cut to
     * {@value #LINKED_SHOWN}, decades in time order, other values most frequent first. Empty when nothing counts.
     */
    List<Count> shown(String dim, Map<String, Long> counts) {
        List<Count> list = new ArrayList<>();
        boolean named = dim.equals(PERSON) || dim.equals(PLACE);
        counts.forEach((v, n) -> list.add(named ? new Count(v, linked.label(dim, v), n) : new Count(v, n)));
        list.sort(dim.equals(DECADE) ? (a, b) -> a.value().compareTo(b.value())
                : (a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.label().compareTo(b.label()));
        return List.copyOf(named && list.size() > LINKED_SHOWN ? list.subList(0, LINKED_SHOWN) : list);
    }

    void addTo(Document doc, StoredDocument document) {
        Map<String, Set<String>> values = valuesOf(document);
        values.forEach((dimension, set) -> {
            for (String value : set) {
                doc.add(new StringField(dimension, value, Field.Store.NO));
                if (indexed.contains(dimension)) doc.add(new SortedSetDocValuesField(DOC_VALUES_PREFIX + dimension, new BytesRef(value)));
            }
        });
        doc.add(new SortedDocValuesField(ID_VALUES, new BytesRef(document.id())));
    }

    private static void put(Map<String, Set<String>> values, String dimension, String value) {
        if (value == null || value.isBlank()) return;
        values.computeIfAbsent(dimension, k -> new TreeSet<>()).add(value.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** How many documents match, and the facet values among them. */
    record Counted(long total, Map<String, List<Count>> facets) {}

    /** Counts the matches and, of the given dimensions ({@link #SHOWN}), the values among them. */
    CollectorManager<Collector, Counted> counter(Set<String> dimensions) {
        List<String> dims = indexed.stream().filter(dimensions::contains).toList();
        boolean persons = linked != LinkedFacets.NONE && dimensions.contains(PERSON);
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Counting(dims, persons);
            }

            @Override
            public Counted reduce(Collection<Collector> collectors) {
                long total = 0;
                for (Collector c : collectors) total += ((Counting) c).matches;
                Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
                for (String dim : dims) merged.put(dim, new HashMap<>());
                merged.put(PERSON, new HashMap<>());
                for (Collector c : collectors) {
                    ((Counting) c).counts.forEach((dim, map) -> map.forEach((v, n) -> merged.get(dim).merge(v, n, Long::sum)));
                }
                Map<String, List<Count>> out = new LinkedHashMap<>();
                merged.forEach((dim, map) -> {
                    List<Count> shown = shown(dim, map);
                    if (!shown.isEmpty()) out.put(dim, shown);
                });
                return new Counted(total, out);
            }
        };
    }

    /**
     * The persons of each document of one segment as indices into {@link Interned#ids}, in compressed rows: the
     * persons of document {@code d} are {@code persons[starts[d]]} to {@code persons[starts[d + 1] - 1]}. Built once
     * per segment and persons version, so that counting a query's matches is array arithmetic, not a look-up of each
     * document's id (which made person facets cost 100 ms a query at 100,000 documents).
     */
    private record PersonColumn(long version, Interned interned, int[] starts, int[] persons) {}

    /** Person ids numbered in the order first seen, for one persons version. */
    private record Interned(long version, List<String> ids, Map<String, Integer> index) {
        int of(String id) {
            return index.computeIfAbsent(id, k -> {
                ids.add(k);
                return ids.size() - 1;
            });
        }
    }

    private final Map<IndexReader.CacheKey, PersonColumn> columns = new WeakHashMap<>();
    private Interned interned;

    private synchronized PersonColumn column(LeafReader reader) throws IOException {
        long version = linked.personsVersion();
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        IndexReader.CacheKey key = helper == null ? null : helper.getKey();
        PersonColumn cached = key == null ? null : columns.get(key);
        if (cached != null && cached.version() == version) return cached;
        if (interned == null || interned.version() != version) {
            interned = new Interned(version, new ArrayList<>(), new HashMap<>());
            columns.clear();
        }
        SortedDocValues ids = DocValues.getSorted(reader, ID_VALUES);
        int max = reader.maxDoc();
        int[] starts = new int[max + 1];
        int[] persons = new int[Math.max(16, max)];
        int size = 0;
        for (int doc = 0; doc < max; doc++) {
            starts[doc] = size;
            if (!ids.advanceExact(doc)) continue;
            for (String person : linked.personsIn(ids.lookupOrd(ids.ordValue()).utf8ToString())) {
                if (size == persons.length) persons = java.util.Arrays.copyOf(persons, size * 2);
                persons[size++] = interned.of(person);
            }
        }
        starts[max] = size;
        PersonColumn column = new PersonColumn(version, interned, starts, java.util.Arrays.copyOf(persons, size));
        if (key != null) columns.put(key, column);
        return column;
    }

    /**
     * Counts ordinals per segment and resolves them to values once per segment; persons through the segment's
     * {@link PersonColumn} (when persons are counted).
     */
    private final class Counting implements Collector {
        private final List<String> dims;
        private final boolean withPersons;
        final Map<String, Map<String, Long>> counts = new HashMap<>();
        long matches;

        Counting(List<String> dims, boolean withPersons) {
            this.dims = dims;
            this.withPersons = withPersons;
            for (String dim : dims) counts.put(dim, new HashMap<>());
            counts.put(PERSON, new HashMap<>());
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = dims.size();
            SortedSetDocValues[] values = new SortedSetDocValues[n];
            long[][] ords = new long[n][];
            for (int d = 0; d < n; d++) {
                values[d] = DocValues.getSortedSet(context.reader(), DOC_VALUES_PREFIX + dims.get(d));
                ords[d] = new long[(int) Math.min(Integer.MAX_VALUE - 8, values[d].getValueCount())];
            }
            PersonColumn column = withPersons ? column(context.reader()) : null;
            int[] personCounts = column == null ? new int[0] : new int[column.interned().ids().size()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    matches++;
                    for (int d = 0; d < n; d++) {
                        if (values[d].advanceExact(doc)) {
                            for (int i = 0; i < values[d].docValueCount(); i++) ords[d][(int) values[d].nextOrd()]++;
                        }
                    }
                    if (column != null) {
                        for (int i = column.starts()[doc]; i < column.starts()[doc + 1]; i++) personCounts[column.persons()[i]]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int d = 0; d < n; d++) {
                        Map<String, Long> map = counts.get(dims.get(d));
                        for (int o = 0; o < ords[d].length; o++) {
                            if (ords[d][o] > 0) map.merge(values[d].lookupOrd(o).utf8ToString(), ords[d][o], Long::sum);
                        }
                    }
                    if (column != null) {
                        Map<String, Long> map = counts.get(PERSON);
                        List<String> ids = column.interned().ids();
                        for (int p = 0; p < personCounts.length; p++) {
                            if (personCounts[p] > 0) map.merge(ids.get(p), (long) personCounts[p], Long::sum);
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
