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
 * @param persons  archive persons the query names confidently, best first; empty for concept queries
 * @param fuzzy    whether no exact match was found and the hits are near spellings of the query's words
 * @param next     the cursor of the page after these hits ({@link SearchRequest#after}), null when there is none
 */
public record SearchResults(String query, long total, List<SearchHit> hits, List<Expansion> expanded,
                            Map<String, List<SearchFacets.Count>> facets, List<PersonHit> persons, boolean fuzzy,
                            String next) {
    public SearchResults {
        hits = List.copyOf(hits);
        expanded = List.copyOf(expanded);
        facets = Map.copyOf(facets);
        persons = List.copyOf(persons);
    }

    public SearchResults(String query, long total, List<SearchHit> hits, List<Expansion> expanded,
                         Map<String, List<SearchFacets.Count>> facets, List<PersonHit> persons, boolean fuzzy) {
        this(query, total, hits, expanded, facets, persons, fuzzy, null);
    }

    public SearchResults(String query, long total, List<SearchHit> hits, List<Expansion> expanded,
                         Map<String, List<SearchFacets.Count>> facets) {
        this(query, total, hits, expanded, facets, List.of(), false);
    }

    /** These results with other facet counts (the same counts relabelled, say). */
    public SearchResults withFacets(Map<String, List<SearchFacets.Count>> relabelled) {
        return new SearchResults(query, total, hits, expanded, relabelled, persons, fuzzy, next);
    }

    /** These results with the persons the query names. */
    public SearchResults withPersons(List<PersonHit> named) {
        return new SearchResults(query, total, hits, expanded, facets, named, fuzzy, next);
    }

    /** These results answering the query as the reader typed it. */
    public SearchResults withQuery(String typed) {
        return new SearchResults(typed, total, hits, expanded, facets, persons, fuzzy, next);
    }

    public SearchResults(String query, long total, List<SearchHit> hits) {
        this(query, total, hits, List.of(), Map.of());
    }
}
