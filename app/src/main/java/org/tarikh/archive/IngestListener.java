package org.tarikh.archive;

/** Follows an ingest run file by file (a progress bar, a log). Called from the ingesting thread only. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {};

    default void started(int files) {}

    default void finished(String source, Outcome outcome, String detail) {}

    enum Outcome { ADDED, REPLACED, UNCHANGED, DUPLICATE, REJECTED }
}
