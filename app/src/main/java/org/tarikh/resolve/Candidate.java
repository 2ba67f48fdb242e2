package org.tarikh.resolve;

/**
 * A candidate archive person for a name, as the W3C Reconciliation API returns it.
 *
 * @param score 0–100
 * @param match confident enough to link without a human; at most one candidate of a result has it
 */
public record Candidate(String id, String name, double score, boolean match, String description, String why) {}
