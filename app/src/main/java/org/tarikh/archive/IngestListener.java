package org.tarikh.archive;

/** Follows an ingest run file by file (a progress bar, a log). Called from the ingesting thread only. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {};

    default void started(int files) {}

    default void finished(String source, Outcome outcome, String detail) {}

    /**
     * A page of a scan was read by OCR (before its file is {@link #finished}): page {@code page} of {@code pages},
     * with the languages Tesseract read it with, its mean word confidence (0–100) and the seconds it took.
     */
    default void page(String source, int page, int pages, String languages, double confidence, double seconds) {}

    enum Outcome { ADDED, REPLACED, UNCHANGED, DUPLICATE, REJECTED }
}
