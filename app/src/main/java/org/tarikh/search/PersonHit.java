package org.tarikh.search;

import java.util.Objects;

/**
 * An archive person whose name a query named, shown above the document hits: {@code "Сейфуллин"} →
 * {@code Сәкен Сейфуллин}, score 92.
 *
 * @param score the reconciliation score, 0–100
 */
public record PersonHit(String id, String name, double score) {
    public PersonHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (score < 0 || score > 100) throw new IllegalArgumentException("score must be 0-100, not " + score);
    }
}
