package org.tarikh.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A file as read: its text (what the pipeline's offsets refer to), the metadata its format carried (front matter,
 * HTML meta, PDF properties) and the fingerprint that makes ingestion idempotent.
 *
 * @param location    the file's absolute, normalised path: its identity in the archive
 * @param source      the path as the user gave it (shown and printed)
 * @param format      {@code text}, {@code markdown}, {@code html}, {@code pdf}, {@code docx}, …
 * @param contentHash SHA-256 of the file's bytes, hex
 * @param pages       a scan's pages as OCR read them (their images in {@code scanFolder}); empty for other documents
 * @param scanFolder  the temporary folder holding the page images, which whoever keeps the pages moves or deletes;
 *                    null when there are no pages
 */
public record SourceDocument(Path location, String source, String format, String text, Map<String, String> metadata,
                             String contentHash, long byteSize, java.util.List<ScannedPage> pages, Path scanFolder) {
    public SourceDocument(Path location, String source, String format, String text, Map<String, String> metadata,
                          String contentHash, long byteSize) {
        this(location, source, format, text, metadata, contentHash, byteSize, java.util.List.of(), null);
    }

    public SourceDocument {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        metadata = Map.copyOf(metadata);
        pages = java.util.List.copyOf(pages);
        if (byteSize < 0) throw new IllegalArgumentException("negative size " + byteSize + " for " + source);
    }
}
