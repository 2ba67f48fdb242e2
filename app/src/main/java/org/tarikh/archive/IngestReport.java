package org.tarikh.archive;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param added      documents new to the archive
 * @param replaced   files whose content changed since they were last ingested
 * @param unchanged  files already in the archive with the same content
 * @param duplicates files whose exact bytes the archive already holds under another path
 * @param rejected   files that could not be read, each with the reason
 */
public record IngestReport(int added, int replaced, int unchanged, int duplicates, List<Rejection> rejected,
                           long bytes, long elapsedMillis) {
    public record Rejection(String source, String reason) {}

    public IngestReport {
        rejected = List.copyOf(rejected);
    }

    public int stored() {
        return added + replaced;
    }
}
