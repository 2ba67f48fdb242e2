package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
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
import org.tarikh.store.Accounts;

/**
 * Logging in and curating in a real headless Chromium (Debian's): an editor logs in through the form, the header
 * names them, and logging out ends the session. Screenshots go to {@code app/target/screenshots}. Skipped when
 * {@code /usr/bin/chromium} is absent; run with {@code ./mvnw -B -pl app verify -Pbrowser}.
 */
@Tag("browser")
class CurationBrowserTest {
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final String PASSWORD = "a-password-for-tests";

    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static Archive archive;
    private static WebServer server;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private final List<String> scriptErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.CHROMIUM), "no Chromium at " + HeadlessChromium.CHROMIUM + ": browser test skipped");
        Files.writeString(docs.resolve("teacher.txt"), """
                Ахмет Байтұрсынов 1872 жылы Торғай облысында туған. Ол 1929 жылы тұтқындалды.
                """, StandardCharsets.UTF_8);
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        archive.accounts().add("saule", PASSWORD, Accounts.Role.EDITOR, Instant.now());
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
    void anEditorLogsInThroughTheFormAndOut() {
        page.navigate(url("/persons"));
        page.click("#login-link");
        assertThat(page.url()).contains("/login?next=%2Fpersons");
        page.fill("#name", "saule");
        page.fill("#password", "not-her-password");
        page.click("#log-in");
        assertThat(page.textContent("#login-problem")).contains("wrong name or password");
        shoot("login-wrong-password");
        page.fill("#password", PASSWORD);
        page.click("#log-in");
        assertThat(page.url()).endsWith("/persons");
        assertThat(page.textContent("#account")).contains("saule").contains("editor");
        shoot("logged-in-header");
        page.click("#logout");
        assertThat(page.locator("#login-link").isVisible()).isTrue();
        assertThat(page.locator("#account").count()).isZero();
    }

    private void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }
}
