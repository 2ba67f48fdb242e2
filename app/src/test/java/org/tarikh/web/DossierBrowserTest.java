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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/**
 * The dossier and the register in a real headless Chromium (Debian's): the conflict shows in red above the
 * timeline, the evidence link opens the document at the marked sentence, the register's chart is drawn and its bars
 * filter by year, all without a script error. Screenshots go to {@code app/target/screenshots}. Skipped when
 * {@code /usr/bin/chromium} is absent; run with {@code ./mvnw -B -pl app verify -Pbrowser}.
 */
@Tag("browser")
class DossierBrowserTest {
    private static final Path CHROMIUM = HeadlessChromium.CHROMIUM;
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static Archive archive;
    private static WebServer server;
    private static Playwright playwright;
    private static Browser browser;
    private static String ryskulov;

    private BrowserContext context;
    private Page page;
    private final List<String> scriptErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser test skipped");
        DossierWebTest.writeDocuments(docs);
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        ryskulov = DossierWebTest.ryskulov(archive);
        server = new WebServer(archive).start("127.0.0.1", 0);
        Files.createDirectories(SCREENSHOTS);
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.stop();
        if (archive != null) archive.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 800));
        page = context.newPage();
        page.onPageError(scriptErrors::add);
    }

    @AfterEach
    void closePage(TestInfo test) {
        context.close();
        assertThat(scriptErrors).as("script errors during " + test.getDisplayName()).isEmpty();
    }

    @Test
    void dossierShowsTheConflictAboveTheTimelineAndLinksToTheMarkedEvidence() {
        page.navigate(url("/persons/" + ryskulov));
        Locator conflicts = page.locator("section.conflicts");
        assertThat(conflicts.isVisible()).isTrue();
        assertThat(conflicts.innerText()).contains("1938-02-10").contains("1939-02-10");
        assertThat(conflicts.boundingBox().y).isLessThan(page.locator("ol.timeline").boundingBox().y);
        assertThat(conflicts.evaluate("e => getComputedStyle(e).borderLeftStyle")).isEqualTo("solid");
        Locator claims = page.locator("ol.timeline li.claim");
        assertThat(claims.count()).isGreaterThanOrEqualTo(8);
        assertThat(page.locator("ol.timeline li.claim.disputed").count()).isPositive();
        assertThat(page.locator("ul.associates a").allInnerTexts()).anySatisfy(n -> assertThat(n).containsAnyOf("Seifullin", "Сейфуллин"));
        shoot("dossier");

        Locator arrest = page.locator("ol.timeline li.claim:has(time[datetime='1937-05-21'])");
        assertThat(arrest.locator(".support").innerText()).isEqualTo("3 sources");
        arrest.locator("p.cite a").click();
        page.waitForURL("**/documents/**");
        Locator mark = page.locator("mark.evidence");
        assertThat(mark.innerText()).isEqualTo("Турар Рыскулов был арестован 21 мая 1937 года в Москве.");
        assertThat(mark.isVisible()).isTrue();
        shoot("dossier-evidence");
    }

    @Test
    void registerDrawsTheChartAndFiltersByYearFromABar() {
        page.navigate(url("/register"));
        assertThat(page.locator("table.register tbody tr").count()).isEqualTo(2);
        Locator bars = page.locator("figure.chart svg g.year");
        assertThat(bars.count()).isPositive();
        Locator bar1937 = page.locator("figure.chart svg g.year[data-year='1937'] rect").first();
        assertThat(bar1937.boundingBox().height).isGreaterThan(10);
        assertThat(bar1937.evaluate("e => getComputedStyle(e).fill")).isNotEqualTo("rgb(0, 0, 0)");
        shoot("register");

        // the bars count each person's best-supported dates: 1956 holds Ryskulov's rehabilitation alone
        page.locator("figure.chart svg g.year[data-year='1956']").click();
        page.waitForURL("**/register?year=1956*");
        assertThat(page.locator("table.register tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("form.register-filter input[name=year]").inputValue()).isEqualTo("1956");
        assertThat(page.locator("a.download").getAttribute("href")).isEqualTo("/register.csv?year=1956");

        page.locator("form.register-filter input[name=year]").fill("");
        page.locator("form.register-filter input[name=body]").fill("ВК ВС");
        page.locator("form.register-filter button[type=submit]").click();
        page.waitForURL("**/register?*body=*");
        assertThat(page.locator("table.register tbody tr td.name").allInnerTexts()).hasSize(1);
        shoot("register-filtered");
    }

    @Test
    void registerFitsANarrowScreen() {
        page.setViewportSize(380, 700);
        page.navigate(url("/register"));
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(380);
        shoot("register-narrow");
    }

    private void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }
}
