package org.tarikh.web.view;

import java.util.List;
import org.tarikh.text.ArchiveReference;

/**
 * A document page: title, language, provenance rows (label, value), archive references, and either the text's
 * blocks or the scan's pages.
 */
public record DocumentView(String title, String language, List<Row> provenance, List<ArchiveReference> references,
                           List<TextBlock> blocks, List<ScanPage> pages) {
    public record Row(String label, String value) {}

    /** A block of text: a paragraph ({@code start} its anchor) or boilerplate set aside with the reason. */
    public record TextBlock(int start, String language, boolean boilerplate, String reason, Marked text) {}

    /** A scanned page: the image, its size, the line boxes and the lines as read. */
    public record ScanPage(int number, String heading, String image, int width, int height, List<Box> boxes,
                           String language, List<Line> lines) {}

    public record Box(String id, int left, int top, int width, int height) {}

    /** A line of OCR text with the anchors of the blocks that begin in it. */
    public record Line(String id, List<Integer> anchors, Marked text) {}
}
