package org.tarikh.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.tarikh.search.analysis.TarikhAnalyzers;

/**
 * The passages of a hit's text that show why it matched, as text with the matched words' offsets (never HTML:
 * {@link SnippetHtml} makes that), by Lucene's unified highlighter with the query that found the hit: from the
 * offsets in the Lucene index, or by analysing the stored text again with the analysis it was indexed with (a hit of
 * the search cluster, whose index holds our stacked terms but not their offsets in the text). At most two passages.
 * Thread-safe (stateless).
 */
final class Snippets {
    private static final int PASSAGES = 2;

    private Snippets() {}

    /** The passages of the top hits of an index searcher, in order (empty where a hit has no text). */
    static List<List<SearchHit.Passage>> of(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs top)
            throws IOException {
        if (top.scoreDocs.length == 0) return List.of();
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) docs[i] = top.scoreDocs[i].doc;
        return passages(new Highlighter(UnifiedHighlighter.builder(searcher, analyzer), null), query, docs);
    }

    /**
     * The passages of one stored document, highlighted in a one-document index in memory that holds what the query
     * may ask of it: its id, title and text analysed as they were indexed (with offsets), and its field values, so
     * that the query matches it as it matched in the cluster and the highlighter marks what Lucene's would.
     *
     * @param titleAnalysis the document's own analysis of its title
     * @param textAnalysis  the document's own analysis of its text (by the language of each paragraph)
     * @param values        the document's exact values per field ({@code id}, {@code lang}, {@code place}…)
     */
    static List<SearchHit.Passage> of(Analyzer titleAnalysis, Analyzer textAnalysis, Query query, String title,
                                      String text, Map<String, ? extends Collection<String>> values) {
        MemoryIndex memory = new MemoryIndex(true);
        memory.addField(TarikhAnalyzers.TITLE, title, titleAnalysis);
        memory.addField(TarikhAnalyzers.TEXT, text, textAnalysis);
        values.forEach((field, list) -> {
            for (String value : list) memory.addField(new StringField(field, value, Field.Store.NO), null);
        });
        IndexSearcher searcher = memory.createSearcher();
        try {
            return passages(new Highlighter(UnifiedHighlighter.builder(searcher, textAnalysis), new String[] {title, text}),
                    query, new int[] {0}).get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("highlighting a hit", e); // an index in memory reads no file
        }
    }

    private static List<List<SearchHit.Passage>> passages(Highlighter highlighter, Query query, int[] docs)
            throws IOException {
        Object[] found = highlighter.highlightFieldsAsObjects(new String[] {TarikhAnalyzers.TEXT}, query, docs,
                new int[] {PASSAGES}).get(TarikhAnalyzers.TEXT);
        List<List<SearchHit.Passage>> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            @SuppressWarnings("unchecked")
            List<SearchHit.Passage> p = found == null || found[i] == null ? List.of() : (List<SearchHit.Passage>) found[i];
            out.add(p);
        }
        return out;
    }

    /**
     * The unified highlighter giving what {@link OffsetsFormatter} makes rather than strings; with
     * {@code titleAndText}, it reads a one-document index's title and text from them (a memory index stores none).
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final String[] titleAndText;

        Highlighter(UnifiedHighlighter.Builder builder, String[] titleAndText) {
            super(builder.withFormatter(new OffsetsFormatter()).withMaxNoHighlightPassages(1).withMaxLength(1_000_000));
            this.titleAndText = titleAndText;
        }

        @Override
        public Map<String, Object[]> highlightFieldsAsObjects(String[] fields, Query query, int[] docIds,
                                                              int[] maxPassages) throws IOException {
            return super.highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (titleAndText == null) return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            List<CharSequence[]> out = new ArrayList<>();
            while (docs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                CharSequence[] row = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    row[f] = fields[f].equals(TarikhAnalyzers.TITLE) ? titleAndText[0] : titleAndText[1];
                }
                out.add(row);
            }
            return out;
        }
    }

    /**
     * Passages as offsets rather than HTML: overlapping matches joined (a word and its stacked key), a match that runs
     * past its passage cut at the passage's end, as Lucene's own HTML formatter does.
     */
    static final class OffsetsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<SearchHit.Passage> out = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                int start = passage.getStartOffset();
                int end = Math.max(start, passage.getEndOffset());
                List<SearchHit.Mark> marks = new ArrayList<>();
                int at = start;
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int from = passage.getMatchStarts()[i];
                    int to = passage.getMatchEnds()[i];
                    while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < to) {
                        to = Math.max(to, passage.getMatchEnds()[++i]);
                    }
                    to = Math.min(to, end);
                    from = Math.max(from, at);
                    if (to <= from) continue;
                    marks.add(new SearchHit.Mark(from - start, to - start));
                    at = to;
                }
                out.add(new SearchHit.Passage(start, content.substring(start, end), marks));
            }
            return out;
        }
    }

}
