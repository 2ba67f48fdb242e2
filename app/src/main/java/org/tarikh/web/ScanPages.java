package org.tarikh.web;

import java.util.List;
import java.util.Locale;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Block;
import org.tarikh.text.Span;

/**
 * The scan part of a document page: each page image beside the text OCR read from it, line by line. The line
 * boxes are SVG rectangles over the image (attributes, not inline styles, so the page's Content-Security-Policy
 * holds), and {@code /static/scan.js} marks the line under the cursor in both the image and the text. Words read
 * with low confidence are underlined with their confidence in a tooltip. Every value is escaped with {@link Html#text}.
 */
final class ScanPages {
    private ScanPages() {}

    static String pages(StoredDocument doc, List<ScannedPage> pages, Span mark) {
        StringBuilder out = new StringBuilder("<section class=\"scan\" aria-label=\"Page images and the text read from them\">\n");
        String text = doc.text();
        int nextBlock = 0;
        List<Block> blocks = doc.blocks();
        for (ScannedPage p : pages) {
            String image = "/documents/" + Html.url(doc.id()) + "/pages/" + p.number();
            out.append("<section class=\"scan-page\" id=\"page-").append(p.number()).append("\" data-page=\"")
                    .append(p.number()).append("\">\n<h2>Page ").append(p.number()).append(" <span class=\"ocr\">")
                    .append(Html.text(String.format(Locale.ROOT, "read by OCR (%s), mean word confidence %.0f",
                            p.ocrLanguages(), p.meanConfidence()))).append("</span></h2>\n");
            out.append("<div class=\"scan-columns\">\n<figure class=\"page-image\"><svg viewBox=\"0 0 ")
                    .append(Math.max(1, p.width())).append(' ').append(Math.max(1, p.height()))
                    .append("\" role=\"img\" aria-label=\"Page ").append(p.number()).append(" image\">")
                    .append("<image href=\"").append(Html.text(image)).append("\" x=\"0\" y=\"0\" width=\"")
                    .append(p.width()).append("\" height=\"").append(p.height()).append("\"/>");
            for (int i = 0; i < p.lines().size(); i++) {
                ScannedPage.Line l = p.lines().get(i);
                out.append("<rect class=\"line-box\" data-line=\"").append(p.number()).append('-').append(i)
                        .append("\" x=\"").append(l.left()).append("\" y=\"").append(l.top()).append("\" width=\"")
                        .append(l.width()).append("\" height=\"").append(l.height()).append("\"/>");
            }
            out.append("</svg></figure>\n<div class=\"page-text\" lang=\"").append(Html.text(doc.language())).append("\">\n");
            for (int i = 0; i < p.lines().size(); i++) {
                ScannedPage.Line l = p.lines().get(i);
                // the anchors the dossier links to (#o<block start>) sit before the line their block begins in
                while (nextBlock < blocks.size() && blocks.get(nextBlock).start() < l.end()) {
                    out.append("<a class=\"anchor\" id=\"o").append(blocks.get(nextBlock).start()).append("\"></a>");
                    nextBlock++;
                }
                out.append("<span class=\"ocr-line\" data-line=\"").append(p.number()).append('-').append(i).append("\">");
                line(out, text, l, lineWords(p, i), mark);
                out.append("</span>\n");
            }
            out.append("</div>\n</div>\n</section>\n");
        }
        return out.append("</section>\n").toString();
    }

    private static List<ScannedPage.Word> lineWords(ScannedPage p, int line) {
        return p.words().stream().filter(w -> w.line() == line).toList();
    }

    /** A line's text, its low-confidence words underlined and the evidence marked. */
    private static void line(StringBuilder out, String text, ScannedPage.Line l, List<ScannedPage.Word> words, Span mark) {
        int end = Math.min(l.end(), text.length());
        int at = Math.min(l.start(), end);
        boolean marking = false;
        for (ScannedPage.Word w : words) {
            int ws = Math.max(at, Math.min(w.start(), end)), we = Math.min(w.end(), end);
            if (we <= ws) continue;
            marking = text(out, text, at, ws, mark, marking);
            boolean low = w.confidence() < ScannedPage.LOW_CONFIDENCE;
            if (low) {
                out.append("<span class=\"low\" title=\"").append(Html.text(String.format(Locale.ROOT,
                        "read by OCR with low confidence (%.0f)", w.confidence()))).append("\">");
            }
            marking = text(out, text, ws, we, mark, marking);
            if (low) {
                if (marking) out.append("</mark>");
                out.append("</span>");
                marking = false;
            }
            at = we;
        }
        marking = text(out, text, at, end, mark, marking);
        if (marking) out.append("</mark>");
    }

    /** Appends text[from, to) escaped, opening or closing the evidence mark where it begins or ends. */
    private static boolean text(StringBuilder out, String text, int from, int to, Span mark, boolean marking) {
        for (int i = from; i < to; ) {
            boolean inside = mark != null && i >= mark.start() && i < mark.end();
            int next = to;
            if (mark != null) {
                if (inside) next = Math.min(to, mark.end());
                else if (i < mark.start()) next = Math.min(to, mark.start());
            }
            if (inside && !marking) out.append("<mark class=\"evidence\">");
            if (!inside && marking) out.append("</mark>");
            marking = inside;
            out.append(Html.text(text.substring(i, next)));
            i = next;
        }
        return marking;
    }
}
