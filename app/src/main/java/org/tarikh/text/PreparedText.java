package org.tarikh.text;

import java.util.List;
import java.util.Objects;

/**
 * A document's text ready for extraction: the original, its normalized form with the map back, its language,
 * its paragraphs (boilerplate set aside, not deleted) and its provenance.
 *
 * @param text the document text as read
 * @param normalized the normalized text (NFC, look-alikes repaired, hyphenation joined)
 * @param offsets maps offsets in {@code normalized} back to {@code text}
 * @param language ISO 639-1 code of the main language, or "und"
 * @param blocks the paragraphs in order, offsets in {@code text}
 * @param provenance what the document says about where it comes from
 */
public record PreparedText(String text, String normalized, OffsetMap offsets, String language,
                           List<Block> blocks, Provenance provenance) {
    public PreparedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(provenance, "provenance");
        blocks = List.copyOf(blocks);
        if (offsets.normalizedLength() != normalized.length() || offsets.originalLength() != text.length()) {
            throw new IllegalArgumentException("offset map of " + offsets.normalizedLength() + " -> "
                    + offsets.originalLength() + " chars does not fit texts of " + normalized.length() + " -> "
                    + text.length());
        }
    }

    /**
     * The normalized text with boilerplate blocks blanked out (same length), for extraction and ranking. Line
     * breaks inside blanked blocks are kept so that line structure survives.
     */
    public String content() {
        return blanked(Block::isText);
    }

    /**
     * The normalized text with the blocks in which no person is named blanked out (same length): boilerplate
     * except an epigraph's author line ({@link Block#namesPersons()}).
     */
    public String personContent() {
        return blanked(Block::namesPersons);
    }

    private String blanked(java.util.function.Predicate<Block> kept) {
        char[] chars = null;
        for (Block block : blocks) {
            if (kept.test(block)) {
                continue;
            }
            int from = offsets.toNormalized(block.start());
            int to = offsets.toNormalized(block.end());
            if (chars == null) {
                chars = normalized.toCharArray();
            }
            for (int i = from; i < to; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return chars == null ? normalized : new String(chars);
    }

    /** The blocks that are content. */
    public List<Block> textBlocks() {
        return blocks.stream().filter(Block::isText).toList();
    }

    /** The original text of a block. */
    public String textOf(Block block) {
        return text.substring(block.start(), block.end());
    }
}
