package org.tarikh.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tarikh.search.query.Query;

/**
 * One search: the query tree, how many hits, from where, and which facets to count.
 *
 * @param query  what to find, parsed once by {@link org.tarikh.search.query.QueryParser}
 * @param limit  the most hits to return, at least 1
 * @param after  the {@link SearchResults#next} of the previous page of this same query, or null for the first page;
 *               opaque, and only meaningful to the index that wrote it
 * @param facets the facet dimensions to count over every match ({@link SearchFacets#SHOWN}; empty: none)
 */
public record SearchRequest(Query query, int limit, String after, Set<String> facets) {
    /** Every dimension the archive shows: language, decade, kind, person, place. */
    public static final Set<String> ALL_FACETS = Set.copyOf(SearchFacets.SHOWN);

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        facets = Set.copyOf(facets);
        for (String f : facets) {
            if (!SearchFacets.SHOWN.contains(f)) {
                throw new IllegalArgumentException("unknown facet '" + f + "' (known: " + String.join(", ", SearchFacets.SHOWN) + ")");
            }
        }
    }

    /** The first {@code limit} hits with every facet. */
    public static SearchRequest of(Query query, int limit) {
        return new SearchRequest(query, limit, null, ALL_FACETS);
    }

    /** The next page after {@code results} (which must have a {@link SearchResults#next}). */
    public SearchRequest after(SearchResults results) {
        if (results.next() == null) throw new IllegalArgumentException("the results have no next page");
        return new SearchRequest(query, limit, results.next(), facets);
    }

    /** This request counting only these facets. */
    public SearchRequest withFacets(List<String> dimensions) {
        return new SearchRequest(query, limit, after, Set.copyOf(dimensions));
    }
}
