package org.tarikh.search;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tarikh.TarikhException;

/**
 * The one place that picks the search engine of an archive: the embedded Lucene index in the archive folder when
 * no search nodes are configured, else the OpenSearch cluster at those nodes.
 */
public final class SearchEngines {
    private SearchEngines() {}

    /**
     * Opens the archive's search index.
     *
     * @param nodes       the OpenSearch nodes ({@code TARIKH_SEARCH}, {@code --search}); empty: the embedded index
     * @param indexFolder where the embedded index lives (the archive folder's {@code index})
     */
    public static SearchIndex open(List<URI> nodes, Path indexFolder, boolean writable, UnaryOperator<String> keyer,
                                   Thesaurus thesaurus, LinkedFacets linked, Set<SearchFeature> features) {
        if (nodes.isEmpty()) return LuceneSearchIndex.open(indexFolder, writable, keyer, thesaurus, linked, features);
        throw new TarikhException("search on OpenSearch (" + String.join(",", nodes.stream().map(URI::toString).toList())
                + ") is not available in this build: unset TARIKH_SEARCH and give no --search to use the embedded index");
    }
}
