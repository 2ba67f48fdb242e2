package org.tarikh.search;

import java.util.List;
import java.util.Map;

/**
 * What a query found.
 *
 * @param total    how many documents match in all
 * @param hits     the best of them, best first
 * @param expanded the thesaurus concepts the query named and the labels also searched for them
 * @param facets   per dimension ({@link SearchFacets}), the values among all matching documents with their counts,
 *                 most frequent first (decades in time order)
 */
public record SearchResults(String query, long total, List<SearchHit> hits, List<Expansion> expanded,
                            Map<String, List<SearchFacets.Count>> facets) {
    public SearchResults {
        hits = List.copyOf(hits);
        expanded = List.copyOf(expanded);
        facets = Map.copyOf(facets);
    }

    public SearchResults(String query, long total, List<SearchHit> hits) {
        this(query, total, hits, List.of(), Map.of());
    }
}
