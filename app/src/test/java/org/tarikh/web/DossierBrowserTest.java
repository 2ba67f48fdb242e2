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
class DossierBrowserTest extends BrowserFixture {

    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static String ryskulov;


    @BeforeAll
    static void serve() throws Exception {
        DossierWebTest.writeDocuments(docs);
        start(archiveDir, docs, a -> ryskulov = DossierWebTest.ryskulov(a));
    }

    @Test
    void dossierShowsTheConflictAboveTheTimelineAndLinksToTheMarkedEvidence() {
        page.navigate(url("/persons/" + ryskulov));
        Locator conflicts = page.locator("section.conflicts");
        assertThat(conflicts.isVisible()).isTrue();
        // the two dates as an English reader writes them (the page is in English), each a <time> with its EDTF value
        assertThat(conflicts.innerText()).contains("10 February 1938").contains("10 February 1939");
        assertThat(conflicts.locator("time").evaluateAll("ts => ts.map(t => t.dateTime)").toString())
                .contains("1938-02-10").contains("1939-02-10");
        assertThat(conflicts.boundingBox().y).isLessThan(page.locator("ol.timeline").boundingBox().y);
        assertThat(conflicts.evaluate("e => getComputedStyle(e).borderLeftStyle")).isEqualTo("solid");
        Locator claims = page.locator("ol.timeline li.claim");
        assertThat(claims.count()).isGreaterThanOrEqualTo(8);
        assertThat(page.locator("ol.timeline li.claim.disputed").count()).isPositive();
        assertThat(page.locator("ul.associates a").allInnerTexts()).anySatisfy(n -> assertThat(n).containsAnyOf("Seifullin", "Сейфуллин"));
        shoot("dossier");

        // one line for the arrest, its three sources' quotes under it, the most precise first
        Locator arrest = page.locator("ol.timeline li.fact:has(.fact-line time[datetime='1937-05-21'])");
        assertThat(arrest.locator(".fact-line").innerText()).isEqualTo("Arrested 21 May 1937, Москве — 3 sources");
        assertThat(arrest.locator("li.claim").count()).isEqualTo(3);
        arrest.locator("li.claim p.cite a").first().click();
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


}
