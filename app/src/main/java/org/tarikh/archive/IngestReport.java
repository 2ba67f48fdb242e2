package org.tarikh.archive;

import java.util.List;
import java.util.Map;

/**
 * What one ingest run did.
 *
 * @param added      documents new to the archive
 * @param replaced   files whose content changed since they were last ingested
 * @param unchanged  files already in the archive with the same content
 * @param duplicates files whose exact bytes the archive already holds under another path
 * @param rejected   files that could not be read, each with the reason
 * @param passedOver files in walked folders whose format is not read, counted by extension ({@code .jpg} → 3);
 *                   not errors (a folder of scans may hold images too), but the user is told
 * @param ocr        what OCR read of the scans stored in this run
 */
public record IngestReport(int added, int replaced, int unchanged, int duplicates, List<Rejection> rejected,
                           Map<String, Integer> passedOver, long bytes, long elapsedMillis, Ocr ocr) {
    public record Rejection(String source, String reason) {}

    public IngestReport(int added, int replaced, int unchanged, int duplicates, List<Rejection> rejected,
                        Map<String, Integer> passedOver, long bytes, long elapsedMillis) {
        this(added, replaced, unchanged, duplicates, rejected, passedOver, bytes, elapsedMillis, Ocr.NONE);
    }

    /**
     * The scans of a run: how many documents and pages OCR read, their words' mean confidence (over all pages'
     * words, 0–100) and the seconds Tesseract took, in all and per page.
     */
    public record Ocr(int documents, int pages, long words, double confidenceSum, double seconds) {
        public static final Ocr NONE = new Ocr(0, 0, 0, 0, 0);

        public Ocr plus(List<org.tarikh.ingest.ScannedPage> scan) {
            if (scan.isEmpty()) return this;
            long w = words;
            double sum = confidenceSum, s = seconds;
            for (org.tarikh.ingest.ScannedPage p : scan) {
                w += p.words().size();
                sum += p.meanConfidence() * p.words().size();
                s += p.seconds();
            }
            return new Ocr(documents + 1, pages + scan.size(), w, sum, s);
        }

        public double meanConfidence() {
            return words == 0 ? 0 : confidenceSum / words;
        }

        public double secondsPerPage() {
            return pages == 0 ? 0 : seconds / pages;
        }
    }

    public IngestReport {
        if (ocr == null) ocr = Ocr.NONE;
        rejected = List.copyOf(rejected);
        passedOver = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(passedOver));
    }

    public int passedOverCount() {
        return passedOver.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int stored() {
        return added + replaced;
    }
}
