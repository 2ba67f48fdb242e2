package org.tarikh.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a normalized text into paragraphs: at blank lines always, and at a single line break when the line before
 * is short for this document or ends a sentence and the next line starts a new one. "Short" is measured against
 * the document's own wrap width (the 90th percentile of its line lengths), so a PDF wrapped at 70 chars keeps its
 * paragraphs whole while a web page with one paragraph per line is cut at every line:
 * {@code "Quote.\nMirzhakyp Dulatuly\n\nTitle"} → three paragraphs.
 *
 * <p>Stateless and thread-safe.
 */
final class ParagraphSplitter {
    private static final int LENGTH_CAP = 400;
    private static final double SHORT_SHARE = 0.7;

    List<Span> split(String text) {
        List<int[]> lines = lines(text);
        int width = wrapWidth(lines);
        int shortLimit = (int) (width * SHORT_SHARE);
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int k = 0; k < lines.size(); k++) {
            int[] line = lines.get(k);
            if (line[0] == line[1]) { // blank
                if (start >= 0) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
                continue;
            }
            if (start >= 0 && breaksBefore(text, lines.get(k - 1), line, shortLimit)) {
                paragraphs.add(new Span(start, end));
                start = -1;
            }
            if (start < 0) {
                start = line[0];
            }
            end = line[1];
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, end));
        }
        return paragraphs;
    }

    /** Lines as {first non-space, after last non-space}; equal for a blank line. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int a = lineStart;
            int b = lineEnd;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            lines.add(new int[] {a, b});
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    private static int wrapWidth(List<int[]> lines) {
        int[] histogram = new int[LENGTH_CAP + 1];
        int count = 0;
        for (int[] line : lines) {
            int length = line[1] - line[0];
            if (length > 0) {
                histogram[Math.min(length, LENGTH_CAP)]++;
                count++;
            }
        }
        int wanted = (int) Math.ceil(count * 0.9);
        int seen = 0;
        for (int length = 0; length <= LENGTH_CAP; length++) {
            seen += histogram[length];
            if (seen >= wanted && seen > 0) {
                return length;
            }
        }
        return LENGTH_CAP;
    }

    private static boolean breaksBefore(String text, int[] previous, int[] line, int shortLimit) {
        int previousLength = previous[1] - previous[0];
        if (previousLength < shortLimit) {
            return true;
        }
        char last = text.charAt(previous[1] - 1);
        int first = text.codePointAt(line[0]);
        boolean endsSentence = ".!?…:»\"”".indexOf(last) >= 0;
        boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first)
                || "«\"“—–-•*".indexOf(first) >= 0;
        return endsSentence && startsSentence;
    }
}
