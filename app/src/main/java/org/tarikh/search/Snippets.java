package org.tarikh.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.tarikh.search.analysis.TarikhAnalyzers;

/**
 * The passages of a hit's text that show why it matched, by Lucene's unified highlighter with the query that found
 * it: from the offsets in the Lucene index, or by analysing the stored text again with the analysis it was indexed
 * with (a hit of the search cluster, whose index holds our stacked terms but not their offsets in the text).
 * At most two passages, the matching words marked {@code <mark>…</mark>}, the rest HTML-escaped, runs of white
 * space as one space. Thread-safe (stateless).
 */
final class Snippets {
    private static final int PASSAGES = 2;

    private Snippets() {}

    /** The snippets of the top hits of an index searcher, in order (null where a hit has no text). */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) return new String[0];
        UnifiedHighlighter highlighter = configure(UnifiedHighlighter.builder(searcher, analyzer)).build();
        String[] snippets = highlighter.highlight(TarikhAnalyzers.TEXT, query, top, PASSAGES);
        for (int i = 0; i < snippets.length; i++) snippets[i] = tidy(snippets[i]);
        return snippets;
    }

    /**
     * The snippet of one stored document, highlighted in a one-document index in memory that holds what the query
     * may ask of it: its id, title and text analysed as they were indexed (with offsets), and its field values, so
     * that the query matches it as it matched in the cluster and the highlighter marks what Lucene's would.
     *
     * @param titleAnalysis the document's own analysis of its title
     * @param textAnalysis  the document's own analysis of its text (by the language of each paragraph)
     * @param values        the document's exact values per field ({@code id}, {@code lang}, {@code place}…)
     */
    static String of(Analyzer titleAnalysis, Analyzer textAnalysis, Query query, String title, String text,
                     Map<String, ? extends Collection<String>> values) {
        MemoryIndex memory = new MemoryIndex(true);
        memory.addField(TarikhAnalyzers.TITLE, title, titleAnalysis);
        memory.addField(TarikhAnalyzers.TEXT, text, textAnalysis);
        Analyzer analyzer = textAnalysis;
        values.forEach((field, list) -> {
            for (String value : list) memory.addField(new StringField(field, value, Field.Store.NO), null);
        });
        IndexSearcher searcher = memory.createSearcher();
        UnifiedHighlighter highlighter = new UnifiedHighlighter(configure(UnifiedHighlighter.builder(searcher, analyzer))) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> out = new ArrayList<>();
                while (docs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    CharSequence[] row = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        row[f] = fields[f].equals(TarikhAnalyzers.TITLE) ? title : text;
                    }
                    out.add(row);
                }
                return out;
            }
        };
        try {
            TopDocs top = new TopDocs(new TotalHits(1, TotalHits.Relation.EQUAL_TO), new ScoreDoc[] {new ScoreDoc(0, 1f)});
            return tidy(highlighter.highlight(TarikhAnalyzers.TEXT, query, top, PASSAGES)[0]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("highlighting a hit", e); // an index in memory reads no file
        }
    }

    private static UnifiedHighlighter.Builder configure(UnifiedHighlighter.Builder builder) {
        return builder.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(1_000_000);
    }

    private static String tidy(String snippet) {
        return snippet == null ? null : snippet.replaceAll("\\s+", " ").strip();
    }
}
