package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.ingest.OcrTests;
import org.tarikh.ingest.ScanImages;
import org.tarikh.ingest.ScanTexts;

/**
 * A scanned page in headless Chromium: the page image beside the recognised text, and the line under the cursor
 * marked in both, whether the cursor is on the text or on the image. The scan is made by the test and read by the
 * real Tesseract. Screenshots in {@code app/target/screenshots} (scan-*.png).
 */
class ScanBrowserTest extends BrowserFixture {
    @TempDir static Path archiveDir;
    @TempDir static Path scans;
    static String id;

    @BeforeAll
    static void serve() throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.CHROMIUM), "no Chromium at " + HeadlessChromium.CHROMIUM);
        OcrTests.requireTesseract();
        ScanImages.png(ScanImages.render(ScanTexts.PAGES.get("kk"), 0.8, 0.012, 1), scans.resolve("omarov-kk.png"));
        start(archiveDir, scans, a -> id = a.search("семинариясын", 5).hits().get(0).id());
    }

    @Test
    void theLineUnderTheCursorIsMarkedInTheImageAndInTheText() {
        List<String> errors = new CopyOnWriteArrayList<>();
        page.setViewportSize(1400, 900);
        {
            // every resource the page loads answers; the browser's own favicon request is not the page's
            page.onResponse(r -> { if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) errors.add(r.status() + " " + r.url()); });
            page.navigate(url("/documents/" + id));
            Locator image = page.locator(".scan-page figure.page-image svg image");
            assertThat(image.count()).isEqualTo(1);
            // the image loaded (same origin, allowed by the page's Content-Security-Policy) and has its size
            assertThat((Number) page.evaluate("() => fetch(document.querySelector('.scan svg image').getAttribute('href'))"
                    + ".then(r => r.status)")).isEqualTo(200);
            assertThat(page.locator(".page-image svg").boundingBox().width).isGreaterThan(300);

            Locator lines = page.locator(".page-text .ocr-line");
            assertThat(lines.count()).isGreaterThanOrEqualTo(4);
            Locator line = page.locator(".page-text .ocr-line", new Page.LocatorOptions().setHasText("1937")).first();
            String key = line.getAttribute("data-line");
            String lineText = line.innerText();
            assertThat(lineText).contains("1937");
            Locator box = page.locator("rect.line-box[data-line=\"" + key + "\"]");
            assertThat(box.getAttribute("class")).doesNotContain("current");

            line.hover();
            assertThat(line.getAttribute("class")).contains("current");
            assertThat(box.getAttribute("class")).contains("current");
            assertThat(page.locator(".current").count()).isEqualTo(2);
            assertThat(page.locator(".page-text .current").innerText()).isEqualTo(lineText);
            // the marked box lies over the line's own place on the image: its middle is over the image's text rows
            var boxOnScreen = box.boundingBox();
            assertThat(boxOnScreen.height).isPositive();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("scan-hover-text.png")).setFullPage(true));

            // and from the image side: hovering the first line's box marks the first text line
            Locator firstBox = page.locator("rect.line-box").first();
            firstBox.hover();
            String first = firstBox.getAttribute("data-line");
            assertThat(page.locator(".page-text .ocr-line[data-line=\"" + first + "\"]").getAttribute("class")).contains("current");
            assertThat(line.getAttribute("class")).doesNotContain("current");
            assertThat(page.locator(".current").count()).isEqualTo(2);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("scan-hover-image.png")));
        }
        assertThat(errors).as("failed requests").isEmpty();
    }
}
