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
 */
public record SourceDocument(Path location, String source, String format, String text, Map<String, String> metadata,
                             String contentHash, long byteSize) {
    public SourceDocument {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        metadata = Map.copyOf(metadata);
        if (byteSize < 0) throw new IllegalArgumentException("negative size " + byteSize + " for " + source);
    }
}
