package org.tarikh.search;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tarikh.TarikhException;

/**
 * The one place that picks the search engine of an archive: the embedded Lucene index in the archive folder when
 * no search nodes are configured, else the OpenSearch cluster at those nodes ({@link OpenSearchIndex}, under an
 * alias of the archive's own).
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
        return OpenSearchIndex.open(nodes, alias(indexFolder), writable, keyer, thesaurus, linked, features);
    }

    /**
     * The archive's name on a cluster: {@code tarikh-} and the start of the SHA-256 of its index folder's absolute
     * path, so that every process of one archive folder (several ingesting processes on one database) meets the same
     * index, and two archives on one cluster never do.
     */
    static String alias(Path indexFolder) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(
                    indexFolder.toAbsolutePath().normalize().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "tarikh-" + java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new TarikhException("this Java has no SHA-256", e);
        }
    }
}
