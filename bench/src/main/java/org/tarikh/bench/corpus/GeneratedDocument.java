package org.tarikh.bench.corpus;

import java.util.Objects;

/**
 * One generated document.
 *
 * @param relativePath where it goes under the corpus folder, e.g. {@code part-003/d0003141-ru.txt}
 * @param format       {@code txt}, {@code md} or {@code html} (also the file extension)
 * @param content      the file's text, written as UTF-8
 */
public record GeneratedDocument(String relativePath, Language language, String format, String content) {
    public GeneratedDocument {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(content, "content");
        if (!format.equals("txt") && !format.equals("md") && !format.equals("html")) {
            throw new IllegalArgumentException("format must be txt, md or html, not " + format);
        }
        if (!relativePath.endsWith("." + format)) {
            throw new IllegalArgumentException("path " + relativePath + " does not end in ." + format);
        }
    }
}
