package org.tarikh.archive.register;

import java.util.List;

/**
 * What an import of a register file did.
 *
 * @param outcome  {@code added}, {@code replaced} (the file changed since its last import), {@code unchanged}
 *                 (the same bytes again: nothing stored anew) or {@code duplicate} (the same bytes under another path)
 * @param rows     rows stored (the file's rows that went in; for an unchanged file, the rows it holds)
 * @param joined   rows that joined an archive person named by another source
 * @param rejected the rows refused, by line, with the value and the reason; the problem that stopped the reading
 *                 (a quote left open) is one of them
 * @param review   rows that fit more than one archive person, for an editor
 * @param phaseMillis where the time went: {@code read} (file, rows, claims), {@code store} (database and search
 *                 index), {@code resolve} (the archive's persons), {@code review} (rows that fit several persons)
 */
public record RegisterReport(String source, String documentId, String outcome, int rows, int joined,
                             List<RegisterRows.Problem> rejected, List<Review> review, long elapsedMillis,
                             java.util.Map<String, Long> phaseMillis) {
    public RegisterReport {
        rejected = List.copyOf(rejected);
        review = List.copyOf(review);
        phaseMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseMillis));
    }

    /** An archive person a row fits. */
    public record Fit(String id, String name) {}

    /**
     * A row an editor should look at.
     *
     * @param person     the archive person the row is now part of
     * @param joined     whether the resolver put it together with another source's person (else it stayed apart)
     * @param candidates the other archive persons it fits
     */
    public record Review(int line, String localId, String name, String person, boolean joined, List<Fit> candidates,
                         String reason) {
        public Review {
            candidates = List.copyOf(candidates);
        }
    }
}
