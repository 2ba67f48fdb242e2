package org.tarikh.search;

import java.util.List;
import org.tarikh.search.SearchHit.Mark;
import org.tarikh.search.SearchHit.Passage;

/**
 * The one place that turns a hit's passages ({@link SearchHit#passages}) into what a reader sees: HTML with the
 * matched words in {@code <mark>…</mark>} (the web pages, {@code /api/search} and {@code tarikh search --json}'s
 * {@code snippet}), or plain text with them in brackets (the CLI's text output). Passages that do not touch are
 * joined by {@code " … "}; runs of white space become one space. The HTML escapes {@code & < > " ' /} as the
 * OWASP rules say, so the snippet can be shown as it is. No engine writes HTML. Stateless.
 */
public final class SnippetHtml {
    private static final String ELLIPSIS = " … ";

    private SnippetHtml() {}

    /** The passages as HTML; null when there are none. */
    public static String html(List<Passage> passages) {
        return render(passages, "<mark>", "</mark>", true);
    }

    /** The passages as text with the marked words between {@code open} and {@code close}; "" when none. */
    public static String text(List<Passage> passages, String open, String close) {
        String text = render(passages, open, close, false);
        return text == null ? "" : text;
    }

    private static String render(List<Passage> passages, String open, String close, boolean escape) {
        if (passages.isEmpty()) return null;
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        for (Passage p : passages) {
            if (!out.isEmpty() && p.start() != previousEnd) out.append(ELLIPSIS);
            int at = 0;
            for (Mark m : p.marks()) {
                append(out, p.text(), at, m.start(), escape);
                out.append(open);
                append(out, p.text(), m.start(), m.end(), escape);
                out.append(close);
                at = m.end();
            }
            append(out, p.text(), at, p.text().length(), escape);
            previousEnd = p.end();
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(StringBuilder out, String text, int from, int to, boolean escape) {
        if (!escape) {
            out.append(text, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
    }
}
