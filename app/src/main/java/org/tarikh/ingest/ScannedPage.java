package org.tarikh.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One page of a scanned document as OCR read it: the page image (a temporary file until the archive keeps it),
 * the lines and words Tesseract found with their boxes in pixels of that image and their character offsets into the
 * document's text, and what the reading cost.
 *
 * @param number         1-based page number within the document
 * @param image          the page image file (PNG or JPEG), owned by whoever holds the page
 * @param imageType      {@code png} or {@code jpeg}
 * @param ocrLanguages   the languages Tesseract read the page with ({@code kaz}, {@code rus+eng}, …)
 * @param meanConfidence mean word confidence, 0–100
 * @param seconds        time Tesseract took on the page
 */
public record ScannedPage(int number, int width, int height, Path image, String imageType, String ocrLanguages,
                          double meanConfidence, double seconds, List<Line> lines, List<Word> words) {
    /**
     * Under this word confidence (Tesseract's 0–100) a word is shown as read with low confidence, and a claim drawn
     * from it says so. On the generated test pages, words read right had a confidence of 80 and more, and most
     * misread words fell under 60.
     */
    public static final double LOW_CONFIDENCE = 60;

    /** The words of the pages whose text lies in {@code [start, end)} and whose confidence is low, in text order. */
    public static List<Word> lowConfidenceWords(List<ScannedPage> pages, int start, int end) {
        List<Word> out = new java.util.ArrayList<>();
        for (ScannedPage p : pages) {
            for (Word w : p.words()) {
                if (w.start() < end && w.end() > start && w.confidence() < LOW_CONFIDENCE) out.add(w);
            }
        }
        return out;
    }

    public ScannedPage {
        Objects.requireNonNull(image, "image");
        lines = List.copyOf(lines);
        words = List.copyOf(words);
    }

    /** A line of text on the page: its box, its span in the document's text, the mean confidence of its words. */
    public record Line(int left, int top, int width, int height, int start, int end, double confidence) {}

    /**
     * A word: the line it is on (index into {@link #lines()}), its box, its span in the document's text, its
     * confidence (0–100) and the text exactly as Tesseract read it (before any repair of the document's text).
     */
    public record Word(int line, int left, int top, int width, int height, int start, int end, double confidence,
                       String ocrText) {}
}
