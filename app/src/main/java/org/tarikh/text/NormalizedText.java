package org.tarikh.text;

import java.util.Objects;

/**
 * A normalized text with the map of its offsets back to the original.
 *
 * @param text the normalized text
 * @param offsets normalized offsets to original offsets
 */
public record NormalizedText(String text, OffsetMap offsets) {
    public NormalizedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        if (offsets.normalizedLength() != text.length()) {
            throw new IllegalArgumentException(
                    "offset map of " + offsets.normalizedLength() + " chars for a text of " + text.length());
        }
    }
}
