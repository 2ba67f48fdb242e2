package org.tarikh.web;

import java.util.ArrayList;
import java.util.List;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.store.StoredDocument;
import org.tarikh.text.Block;
import org.tarikh.text.Span;
import org.tarikh.web.view.DocumentView;
import org.tarikh.web.view.Marked;
import org.tarikh.web.view.Ui;

/**
 * The scan part of a document page: each page image beside the text OCR read from it, line by line. The line
 * boxes are SVG rectangles over the image (attributes, not inline styles, so the page's Content-Security-Policy
 * holds), and {@code /static/scan.js} marks the line under the cursor in both the image and the text. Words read
 * with low confidence are underlined with their confidence in a tooltip.
 */
final class ScanPages {
    private ScanPages() {}

    static List<DocumentView.ScanPage> pages(Ui ui, StoredDocument doc, List<ScannedPage> pages, Span mark) {
        List<DocumentView.ScanPage> out = new ArrayList<>();
        String text = doc.text();
        int nextBlock = 0;
        List<Block> blocks = doc.blocks();
        for (ScannedPage p : pages) {
            String image = "/documents/" + Html.url(doc.id()) + "/pages/" + p.number();
            List<DocumentView.Box> boxes = new ArrayList<>();
            List<DocumentView.Line> lines = new ArrayList<>();
            for (int i = 0; i < p.lines().size(); i++) {
                ScannedPage.Line l = p.lines().get(i);
                String id = p.number() + "-" + i;
                boxes.add(new DocumentView.Box(id, l.left(), l.top(), l.width(), l.height()));
                // the anchors the dossier links to (#o<block start>) sit before the line their block begins in
                List<Integer> anchors = new ArrayList<>();
                while (nextBlock < blocks.size() && blocks.get(nextBlock).start() < l.end()) {
                    anchors.add(blocks.get(nextBlock).start());
                    nextBlock++;
                }
                lines.add(new DocumentView.Line(id, anchors, line(ui, text, l, lineWords(p, i), mark)));
            }
            out.add(new DocumentView.ScanPage(p.number(), ui.t("scan.read", p.ocrLanguages(), Math.round(p.meanConfidence())),
                    image, p.width(), p.height(), boxes, doc.language(), lines));
        }
        return out;
    }

    private static List<ScannedPage.Word> lineWords(ScannedPage p, int line) {
        return p.words().stream().filter(w -> w.line() == line).toList();
    }

    /** A line's text, its low-confidence words underlined and the evidence marked. */
    private static Marked line(Ui ui, String text, ScannedPage.Line l, List<ScannedPage.Word> words, Span mark) {
        Marked.Builder out = Marked.builder();
        int end = Math.min(l.end(), text.length());
        int at = Math.min(l.start(), end);
        for (ScannedPage.Word w : words) {
            int ws = Math.max(at, Math.min(w.start(), end)), we = Math.min(w.end(), end);
            if (we <= ws) continue;
            text(out, text, at, ws, mark, null);
            boolean low = w.confidence() < ScannedPage.LOW_CONFIDENCE;
            text(out, text, ws, we, mark, low ? ui.t("scan.low", Math.round(w.confidence())) : null);
            at = we;
        }
        text(out, text, at, end, mark, null);
        return out.build();
    }

    /** text[from, to) split where the evidence mark begins or ends. */
    private static void text(Marked.Builder out, String text, int from, int to, Span mark, String low) {
        for (int i = from; i < to; ) {
            boolean inside = mark != null && i >= mark.start() && i < mark.end();
            int next = to;
            if (mark != null) {
                if (inside) next = Math.min(to, mark.end());
                else if (i < mark.start()) next = Math.min(to, mark.start());
            }
            out.text(text.substring(i, next), inside ? "evidence" : null, low);
            i = next;
        }
    }
}
