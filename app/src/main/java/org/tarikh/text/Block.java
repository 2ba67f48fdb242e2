package org.tarikh.text;

import java.util.Objects;

/**
 * A paragraph of the original text with its language and whether it is content.
 *
 * @param start first char in the original text
 * @param end char after the paragraph in the original text
 * @param kind content or boilerplate
 * @param language ISO 639-1 code, or "und"
 * @param reason why a block is boilerplate ("epigraph", "epigraph author", "site header", "copyright notice", "read-more teaser",
 *     "quiz block", "view counter", "publication line", "navigation", ...); null for {@link BlockKind#TEXT}
 */
public record Block(int start, int end, BlockKind kind, String language, String reason) {
    /**
     * The name line under an epigraph: set aside from ranking and events like the quotation, but it names a
     * person the document chose to quote, so persons are found in it.
     */
    public static final String EPIGRAPH_AUTHOR = "epigraph author";

    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        if (kind == BlockKind.TEXT && reason != null) {
            throw new IllegalArgumentException("a TEXT block has no boilerplate reason, got '" + reason + "'");
        }
        if (kind == BlockKind.BOILERPLATE && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a BOILERPLATE block needs a reason, got '" + reason + "'");
        }
    }

    public boolean isText() {
        return kind == BlockKind.TEXT;
    }

    /** Whether persons named in this block are the document's mentions: content, or an epigraph's author. */
    public boolean namesPersons() {
        return isText() || EPIGRAPH_AUTHOR.equals(reason);
    }

    public Span span() {
        return new Span(start, end);
    }
}
