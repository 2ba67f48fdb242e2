package org.tarikh.search;

import java.util.List;
import java.util.Objects;

/**
 * A concept of the {@link Thesaurus} that a query named, and the other labels searched for it with a lower weight:
 * {@code ашаршылық} → famine: {@code famine, голод, …}.
 *
 * @param matched the words of the query that named the concept, as typed
 * @param concept the concept's id
 * @param labels  the labels searched besides the query's own words, prefLabels first
 */
public record Expansion(String matched, String concept, List<String> labels) {
    public Expansion {
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(concept, "concept");
        labels = List.copyOf(labels);
    }
}
