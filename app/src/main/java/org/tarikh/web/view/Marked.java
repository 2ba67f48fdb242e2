package org.tarikh.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with parts marked, as the templates render it ({@code tag/marked.jte}): each part's text is escaped by the
 * template engine, a marked part goes in {@code <mark class="…">}, a part read by OCR with low confidence in
 * {@code <span class="low">} with its confidence, and a line break is {@code <br>}. No HTML is built here, so a
 * document's own markup can only ever show as text.
 */
public record Marked(List<Part> parts) {
    /**
     * @param mark       the class of the {@code <mark>} around the text, null for none ("" for a plain {@code <mark>})
     * @param low        for a word OCR read with low confidence, what to say of it (the tooltip); else null
     * @param lineBreak  a line break, no text
     */
    public record Part(String text, String mark, String low, boolean lineBreak) {
        public boolean marked() {
            return mark != null;
        }

        public boolean isLow() {
            return low != null;
        }

        public boolean hasMarkClass() {
            return mark != null && !mark.isEmpty();
        }
    }

    public Marked {
        parts = List.copyOf(parts);
    }

    /** Accumulates parts; adjacent text of the same kind stays one part. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        public Builder text(String text, String mark, String low) {
            if (text == null || text.isEmpty()) return this;
            // line breaks of the text are kept as <br>
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) parts.add(new Part("", null, null, true));
                if (!lines[i].isEmpty()) parts.add(new Part(lines[i], mark, low, false));
            }
            return this;
        }

        public Builder text(String text) {
            return text(text, null, null);
        }

        public Builder mark(String text, String cls) {
            return text(text, cls, null);
        }

        public Marked build() {
            return new Marked(parts);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A passage of a document: stripped of surrounding space, line breaks kept, the part in {@code [markStart,
     * markEnd)} marked as evidence (nothing marked when the range misses the passage).
     */
    public static Marked passage(String text, int from, int to, int markStart, int markEnd) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        int ms = Math.max(from, markStart), me = Math.min(to, markEnd);
        Builder b = builder();
        if (ms < me) {
            b.text(text.substring(from, ms)).mark(text.substring(ms, me), "evidence").text(text.substring(me, to));
        } else {
            b.text(text.substring(from, to));
        }
        return b.build();
    }

    /** A mention with some words around it on one line, the mention marked. */
    public static Marked context(String text, int start, int end, String mention) {
        int from = Math.max(0, start - 90), to = Math.min(text.length(), end + 90);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
        return builder().text((from > 0 ? "… " : "") + text.substring(from, Math.min(start, text.length())).replace('\n', ' '))
                .mark(mention, "")
                .text(text.substring(Math.min(end, text.length()), to).replace('\n', ' ') + (to < text.length() ? " …" : ""))
                .build();
    }
}
