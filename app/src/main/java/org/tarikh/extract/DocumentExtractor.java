package org.tarikh.extract;

import org.tarikh.text.PreparedText;

/**
 * The extraction stage: persons and biographical events in a prepared text. Works on the normalised text with
 * boilerplate blanked, and reports offsets into the text as read.
 *
 * <p>Thread-safe.
 */
public final class DocumentExtractor {
    public Extraction extract(PreparedText text) {
        return Extraction.EMPTY;
    }
}
