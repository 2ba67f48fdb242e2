package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/**
 * What every browser test needs, once: an archive of the class's documents served on a free loopback port,
 * Debian's Chromium in headless mode (never one Playwright downloads), a fresh page per test that must raise no
 * dialog and no script error, screenshots in {@code app/target/screenshots} for a human to look at, and axe-core
 * run inside the page. Skipped when {@code /usr/bin/chromium} is absent; run with
 * {@code ./mvnw -B -pl app verify -Pbrowser}.
 */
@Tag("browser")
abstract class BrowserFixture {
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    static Archive archive;
    static WebServer server;
    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;
    final List<String> dialogs = new CopyOnWriteArrayList<>();
    final List<String> scriptErrors = new CopyOnWriteArrayList<>();

    /** What a class does to its archive after ingesting and before serving it (accounts, look-ups). */
    interface Prepare {
        void accept(Archive archive) throws Exception;
    }

    /** Opens an archive in {@code archiveDir}, ingests {@code documents}, prepares it, serves it and starts Chromium. */
    static void start(Path archiveDir, Path documents, Prepare prepare) throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.CHROMIUM), "no Chromium at " + HeadlessChromium.CHROMIUM + ": browser test skipped");
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(documents), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        if (prepare != null) prepare.accept(archive);
        server = new WebServer(archive).start("127.0.0.1", 0);
        Files.createDirectories(SCREENSHOTS);
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void stopAll() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.stop();
        if (archive != null) archive.close();
        browser = null;
        playwright = null;
        server = null;
        archive = null;
    }

    /** The browser's locale (its Accept-Language) for this class's pages. */
    String locale() {
        return "en-GB";
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 800).setLocale(locale()));
        page = watched(context.newPage());
    }

    /** A page whose dialogs and script errors the test will be held to. */
    Page watched(Page p) {
        p.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        p.onPageError(scriptErrors::add);
        return p;
    }

    @AfterEach
    void closePage(TestInfo test) {
        context.close();
        assertThat(dialogs).as("dialogs raised during " + test.getDisplayName()).isEmpty();
        assertThat(scriptErrors).as("script errors during " + test.getDisplayName()).isEmpty();
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    void shoot(String name) {
        shoot(page, name);
    }

    static void shoot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * axe-core's file: {@code -Dtarikh.axe=…}, else where {@code .ci/run} installs it from npm
     * ({@code .ci/npm/node_modules/axe-core/axe.min.js} in the repository).
     */
    static Path axeScript() {
        String given = System.getProperty("tarikh.axe");
        if (given != null && !given.isBlank()) return Path.of(given);
        return Path.of(System.getProperty("tarikh.home", "..")).resolve(".ci/npm/node_modules/axe-core/axe.min.js");
    }

    /**
     * Runs axe-core inside the page (in a context that lets the test add the script despite the page's
     * Content-Security-Policy) and gives its serious and critical violations, one line each: rule, impact, help,
     * and the first elements.
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page on) {
        on.addScriptTag(new Page.AddScriptTagOptions().setPath(axeScript()));
        Object found = on.evaluate("""
                async () => {
                  const r = await axe.run(document, { resultTypes: ['violations'] });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')
                      + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : ''));
                }""");
        return new ArrayList<>((List<String>) found);
    }

    /** A context like the test's, but whose pages take the axe script. */
    static BrowserContext auditContext(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 800).setLocale(locale)
                .setBypassCSP(true));
    }

}
