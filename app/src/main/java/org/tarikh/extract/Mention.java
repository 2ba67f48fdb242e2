package org.tarikh.extract;

/** A stretch of a document's text (as read) that names something: char offsets, the exact text there. */
public record Mention(String text, int start, int end) {
    public Mention {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad mention offsets [" + start + ", " + end + ") for '" + text + "'");
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("mention text '" + text + "' does not span [" + start + ", " + end + ")");
        }
    }
}
