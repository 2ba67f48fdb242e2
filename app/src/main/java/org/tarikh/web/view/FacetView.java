package org.tarikh.web.view;

import java.util.List;

/** A facet of the search results: its dimension, its name in the interface language, its values as narrowing queries. */
public record FacetView(String dimension, String name, List<Value> values) {
    /** A value: its label, how many documents, and the query that narrows to it. */
    public record Value(String label, long count, String query) {}
}
