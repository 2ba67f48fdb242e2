package org.tarikh.archive;

import java.util.List;
import java.util.Map;

/**
 * What one ingest run did.
 *
 * @param added      documents new to the archive
 * @param replaced   files whose content changed since they were last ingested
 * @param unchanged  files already in the archive with the same content
 * @param duplicates files whose exact bytes the archive already holds under another path
 * @param rejected   files that could not be read, each with the reason
 * @param passedOver files in walked folders whose format is not read, counted by extension ({@code .jpg} → 3);
 *                   not errors (a folder of scans may hold images too), but the user is told
 */
public record IngestReport(int added, int replaced, int unchanged, int duplicates, List<Rejection> rejected,
                           Map<String, Integer> passedOver, long bytes, long elapsedMillis) {
    public record Rejection(String source, String reason) {}

    public IngestReport {
        rejected = List.copyOf(rejected);
        passedOver = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(passedOver));
    }

    public int passedOverCount() {
        return passedOver.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int stored() {
        return added + replaced;
    }
}
