package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarikh.web.view.Ui;

/**
 * Every kind of page in Kazakh, Russian and English in headless Chromium: home, search, a person's dossier, a
 * document and the register, each with {@code <html lang>} set, the interface's words and dates in that language,
 * the person's name in its script, and no serious or critical accessibility violation found by axe-core run in the
 * page. Screenshots: {@code app/target/screenshots/lang-LANG-PAGE.png}.
 */
class LanguagesBrowserTest extends BrowserFixture {
    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    static String ryskulov;
    static String document;

    @BeforeAll
    static void serve() throws Exception {
        DossierWebTest.writeDocuments(docs);
        start(archiveDir, docs, a -> {
            ryskulov = DossierWebTest.ryskulov(a);
            document = a.search("арестован", 5).hits().get(0).id();
        });
    }

    /** The pages of each language, by the name of their screenshot. */
    private static Map<String, String> pages(String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("home", "/?lang=" + lang);
        out.put("search", "/?lang=" + lang + "&q=" + Html.url("Рыскулов"));
        out.put("dossier", "/persons/" + ryskulov + "?lang=" + lang);
        out.put("document", "/documents/" + document + "?lang=" + lang);
        out.put("register", "/register?lang=" + lang);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyPageSpeaksTheLanguageAndShowsDatesAndNamesAsItsReadersWriteThem(String lang) {
        Ui ui = Ui.of(lang);
        for (var entry : pages(lang).entrySet()) {
            page.navigate(url(entry.getValue()));
            assertThat(page.locator("html").getAttribute("lang")).as(entry.getKey()).isEqualTo(lang);
            assertThat(page.locator("header nav a").nth(1).innerText()).as(entry.getKey()).isEqualTo(ui.t("nav.persons"));
            assertThat(page.locator("nav.languages [aria-current]").innerText()).isEqualTo(ui.languageName(lang));
            // the page fits the window: nothing pushes it wider
            assertThat(page.evaluate("() => document.documentElement.scrollWidth")).as(entry.getKey()).isEqualTo(1100);
            shoot("lang-" + lang + "-" + entry.getKey());
        }
        page.navigate(url(pages(lang).get("dossier")));
        String expectedName = Map.of("kk", "Тұрар Рысқұлов", "ru", "Турар Рыскулов", "en", "Turar Ryskulov").get(lang);
        assertThat(page.locator("article.person h1").innerText()).isEqualTo(expectedName);
        Locator arrest = page.locator("ol.timeline li.fact:has(.fact-line time[datetime='1937-05-21']) .fact-line time");
        assertThat(arrest.innerText()).isEqualTo(Map.of("kk", "21 мамыр 1937 ж.", "ru", "21 мая 1937 г.", "en", "21 May 1937").get(lang));
        assertThat(page.locator("ol.timeline li.fact:has(.fact-line time[datetime='1937-05-21']) .support").innerText())
                .isEqualTo(Map.of("kk", "3 дереккөз", "ru", "3 источника", "en", "3 sources").get(lang));
        page.navigate(url(pages(lang).get("register")));
        assertThat(page.locator("table.register thead th").allInnerTexts())
                .contains(ui.t("event.arrest"), ui.t("event.execution"), ui.t("event.rehabilitation"));
        assertThat(page.locator("figure.chart figcaption .key").allInnerTexts()).contains(ui.t("event.arrest"));
        // links keep the language the address named
        assertThat(page.locator("table.register td.name a").first().getAttribute("href")).endsWith("lang=" + lang);
    }

    /**
     * The facets of a search name persons in the interface's script whatever script the query is in, places by the
     * gazetteer's name in that language, document kinds through the messages; a query that cannot be read is
     * explained in the interface's language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void facetsAndQueryProblemsSpeakTheInterfacesLanguage(String lang) {
        Ui ui = Ui.of(lang);
        for (String query : List.of("Рыскулов", "Ryskulov")) {
            page.navigate(url("/?lang=" + lang + "&q=" + Html.url(query)));
            List<String> persons = page.locator("section.facet[data-facet=person] li a").allInnerTexts();
            assertThat(persons).as(lang + " " + query)
                    .contains(Map.of("kk", "Тұрар Рысқұлов", "ru", "Турар Рыскулов", "en", "Turar Ryskulov").get(lang));
            List<String> places = page.locator("section.facet[data-facet=place] li a").allInnerTexts();
            assertThat(places).as(lang + " " + query).contains(Map.of("kk", "Мәскеу", "ru", "Москва", "en", "Moscow").get(lang));
            List<String> kinds = page.locator("section.facet[data-facet=kind] li a").allInnerTexts();
            assertThat(kinds).as(lang + " " + query).isNotEmpty().allMatch(k -> k.equals(ui.t("kind.text")) || k.equals(ui.t("kind.markdown")));
            if (!lang.equals("en")) {
                assertThat(String.join(" ", persons) + " " + String.join(" ", places)).as("no Latin names on a " + lang + " page")
                        .doesNotContainPattern("[A-Za-z]{3}");
            }
        }
        shoot("lang-" + lang + "-facets");
        page.navigate(url("/?lang=" + lang + "&q=" + Html.url("\"Алаш Орда")));
        String said = page.locator("main").innerText();
        assertThat(said).contains(ui.t("query.reason.unclosedQuote"));
        if (!lang.equals("en")) assertThat(said).doesNotContain("cannot read", "quotation mark");
        page.navigate(url("/?lang=" + lang + "&q=" + Html.url("year:19x")));
        assertThat(page.locator("main").innerText()).contains(ui.t("query.takes.year"));
        shoot("lang-" + lang + "-query-problem");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void axeFindsNoSeriousViolationOnAnyPage(String lang) {
        Path axe = axeScript();
        if (!Files.isRegularFile(axe)) {
            assertThat("true".equals(System.getenv("CI"))).as("axe-core missing at " + axe
                    + ": npm install --prefix .ci/npm axe-core (as .ci/run does)").isFalse();
            assumeTrue(false, "axe-core missing at " + axe + ": run npm install --prefix .ci/npm axe-core@4.14.1");
        }
        List<String> found = new ArrayList<>();
        try (BrowserContext audit = auditContext(lang)) {
            Page p = watched(audit.newPage());
            for (var entry : pages(lang).entrySet()) {
                p.navigate(url(entry.getValue()));
                for (String v : seriousViolations(p)) found.add(lang + " " + entry.getKey() + ": " + v);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theChoiceIsRememberedAndTheBrowsersLanguageIsTheFirstGuess() {
        try (BrowserContext russian = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("ru-RU"))) {
            Page p = watched(russian.newPage());
            p.navigate(url("/"));
            assertThat(p.locator("html").getAttribute("lang")).isEqualTo("ru");
            p.locator("nav.languages a[lang=kk]").click();
            p.waitForURL("**lang=kk");
            assertThat(p.locator("html").getAttribute("lang")).isEqualTo("kk");
            p.navigate(url("/register"));
            assertThat(p.locator("html").getAttribute("lang")).as("remembered over the browser's ru").isEqualTo("kk");
            assertThat(p.locator("h1").innerText()).isEqualTo(Ui.of("kk").t("nav.register"));
        }
    }
}
