package org.tarikh.text;

import java.util.List;

public record PreparedText(String text, String normalized, OffsetMap offsets, String language, List<Block> blocks,
                           Provenance provenance) {
    public PreparedText {
        blocks = List.copyOf(blocks);
    }

    public String content() {
        return normalized;
    }
}
