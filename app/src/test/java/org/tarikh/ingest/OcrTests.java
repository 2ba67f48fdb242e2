package org.tarikh.ingest;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the OCR tests need: Tesseract with kaz, rus and eng. In CI ({@code CI=true}), where .ci/run installs it,
 * its absence fails the test with the packages to install; on a developer's machine without it the tests are
 * skipped with the same message (so {@code ./tarikh test} passes there, and CI guarantees they run).
 */
public final class OcrTests {
    private OcrTests() {}

    public static Tesseract requireTesseract() {
        Tesseract tesseract = Tesseract.find();
        String problem = tesseract.problem();
        if (problem == null) {
            for (String l : Tesseract.LANGUAGES) {
                if (!tesseract.has(l)) problem = "Tesseract has no " + l + " (install tesseract-ocr-" + l + ")";
            }
        }
        if (problem != null) {
            String message = "OCR tests need Tesseract: " + problem + "; Debian: apt-get install " + Tesseract.PACKAGES;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(message + " (.ci/run installs them: it did not)");
            assumeTrue(false, message);
        }
        return tesseract;
    }
}
