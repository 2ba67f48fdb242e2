package org.tarikh.extract.events;

/**
 * A mention of a person in a text, found by an earlier stage: which person and where.
 *
 * <p>Example: in {@code "Ақын 1937 жылы тұтқындалды"} nothing; in {@code "Жүмабаев тұтқындалды"} the span
 * {@code ("zhumabaev", 0, 8)}.
 *
 * @param personId the person's identifier, local to the document or global; never blank
 * @param start offset of the first character (Java {@code char} index, inclusive)
 * @param end offset after the last character (exclusive)
 */
public record PersonSpan(String personId, int start, int end) {
    public PersonSpan {
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException("person span needs a person id, got '" + personId + "'");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("person span offsets out of order for " + personId + ": "
                    + start + ".." + end);
        }
    }
}
