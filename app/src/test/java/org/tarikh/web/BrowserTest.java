package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
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
import org.tarikh.store.StoredDocument;
import org.tarikh.text.ArchiveReference;
import org.tarikh.text.Block;
import org.tarikh.text.BlockKind;
import org.tarikh.text.Provenance;

/**
 * The web interface in a real headless Chromium (Debian's, never one Playwright downloads): search across scripts,
 * read a document, see markup as text and boilerplate set apart, read a query problem in words. Every page must
 * raise no dialog and no script error. Screenshots go to {@code app/target/screenshots} for a human to look at.
 * Skipped when {@code /usr/bin/chromium} is absent; run with {@code ./mvnw -B -pl app verify -Pbrowser}.
 */
class BrowserTest extends BrowserFixture {
    @TempDir static Path archiveDir;
    @TempDir static Path docs;

    @BeforeAll
    static void serve() throws Exception {
        write("lekerov-en.txt", """
                ---
                title: Interrogation records of Azimbay Lekerov
                ---
                Azimbay Lekerov, a teacher from the Semipalatinsk region, was arrested by the NKVD in 1937.
                The file lists the charges against him and the names of the witnesses who were questioned.
                """);
        write("alash-kk.txt", """
                ---
                title: Алашорда үкіметі туралы
                ---
                Алашорда үкіметі 1917 жылғы желтоқсанда Орынборда өткен екінші жалпықазақ съезінде құрылды.
                Қазақ зиялылары өз елінің болашағын ұлттық автономиядан көрді; оның төрағасы Әлихан Бөкейхан болды.
                """);
        write("kollektivizatsiya-ru.txt", """
                ---
                title: Коллективизация в Казахстане
                ---
                Коллективизация и перевод кочевых хозяйств на оседлость в 1929–1933 годах привели к голоду.
                Численность казахского населения республики резко сократилась, многие семьи откочевали в Китай.
                """);
        write("script-tags.html", """
                <html lang="en"><head><title>On &lt;script&gt; tags in old newspapers</title>
                <script>alert('from the head')</script></head>
                <body><p>Seifullin's article quoted &lt;script&gt;alert('x')&lt;/script&gt; as plain text.</p>
                <script>alert('from the body')</script>
                <p onclick="alert(2)">A second paragraph <img src=x onerror="alert(3)"> about Seifullin.</p>
                </body></html>
                """);
        write("teaser.html", """
                <html lang="en"><head><title>The Turksib railway</title></head><body>
                <nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About us</a></nav>
                <article>
                <h1>The Turksib railway</h1>
                <p>The Turkestan–Siberian railway was completed in 1930 and joined Semipalatinsk with Almaty.</p>
                <p>Thousands of Kazakh workers learned trades on its construction, and towns grew along the line.</p>
                </article>
                <aside><p>Related stories</p><ul>
                <li><a href="/a">The first Kazakh newspapers… Read more</a></li>
                <li><a href="/b">A museum opens in Semey… Read more</a></li>
                </ul></aside>
                <footer><p>© 2024 Example News. All rights reserved. Subscribe to our newsletter.</p></footer>
                </body></html>
                """);
        start(archiveDir, docs, null);
    }

    @Test
    void findsALatinSpelledNameFromACyrillicQueryAndOpensTheDocument() {
        Response home = page.navigate(url("/"));
        assertThat(home.status()).isEqualTo(200);
        assertThat(page.locator("h1").textContent()).isEqualTo("Search the archive");
        assertThat(page.locator("section.intro").textContent()).contains("5 documents");
        shoot("home");

        page.locator("form.search input[name=q]").fill("Лекеров");
        page.locator("form.search button[type=submit]").click();
        page.waitForURL("**/?q=*");
        assertThat(page.locator("form.search input[name=q]").inputValue()).isEqualTo("Лекеров");
        assertThat(page.locator("#count").textContent()).isEqualTo("1 document for Лекеров");
        Locator hits = page.locator("ol.hits li.hit");
        assertThat(hits.count()).isEqualTo(1);
        assertThat(hits.first().locator("a.title").textContent()).isEqualTo("Interrogation records of Azimbay Lekerov");
        assertThat(hits.first().locator(".source").textContent()).endsWith("lekerov-en.txt");
        Locator mark = hits.first().locator(".snippet mark");
        assertThat(mark.count()).isPositive();
        assertThat(mark.first().textContent()).isEqualTo("Lekerov");
        shoot("results-cross-script");

        hits.first().locator("a.title").click();
        page.waitForURL("**/documents/**");
        assertThat(page.title()).isEqualTo("Interrogation records of Azimbay Lekerov · Tarikh");
        assertThat(page.locator("article.document h1").textContent()).isEqualTo("Interrogation records of Azimbay Lekerov");
        assertThat(provenance("Source file")).endsWith("lekerov-en.txt");
        assertThat(provenance("Language")).as("the language as a word of the interface's").isEqualTo("English");
        assertThat(page.locator("article.document .text").innerText())
                .contains("Azimbay Lekerov, a teacher from the Semipalatinsk region, was arrested by the NKVD in 1937.")
                .doesNotContain("title:");
        shoot("document-english");
    }

    @Test
    void narrowsResultsByAPlaceFacetUnderItsModernName() {
        page.navigate(url("/?q=" + java.net.URLEncoder.encode("Semipalatinsk OR Семей OR Алашорда OR Коллективизация",
                java.nio.charset.StandardCharsets.UTF_8)));
        Locator places = page.locator("section.facet[data-facet=place] li a");
        assertThat(places.allTextContents()).contains("Semey", "Orenburg");
        shoot("facets-places");
        page.locator("section.facet[data-facet=place] li a", new Page.LocatorOptions().setHasText("Semey")).click();
        page.waitForURL("**/?q=*");
        assertThat(page.locator("form.search input[name=q]").inputValue()).endsWith("place:1519422");
        // the English card says Semipalatinsk, the Turksib article Semipalatinsk and Semey: both, and nothing else
        assertThat(page.locator("ol.hits li.hit .source").allTextContents())
                .allSatisfy(source -> assertThat(source).matches(".*(lekerov-en|teaser)\\.(txt|html)"))
                .hasSize(2);
    }

    @Test
    void showsKazakhLettersInTitleAndText() {
        page.navigate(url("/?q=" + Html.url("Бөкейхан")));
        Locator title = page.locator("ol.hits li.hit a.title").first();
        assertThat(title.textContent()).isEqualTo("Алашорда үкіметі туралы");
        shoot("results-kazakh");
        title.click();
        page.waitForURL("**/documents/**");
        assertThat(page.locator("article.document h1").textContent()).isEqualTo("Алашорда үкіметі туралы");
        assertThat(page.locator("article.document").getAttribute("lang")).isEqualTo("kk");
        assertThat(page.locator("article.document .text").innerText())
                .contains("Қазақ зиялылары", "Әлихан Бөкейхан", "жалпықазақ съезінде құрылды");
        shoot("document-kazakh");
    }

    @Test
    void showsEscapedMarkupAsTextAndRunsNoScriptOfTheDocument() {
        page.navigate(url("/?q=Seifullin"));
        Locator hit = page.locator("ol.hits li.hit a.title").first();
        assertThat(hit.textContent()).isEqualTo("On <script> tags in old newspapers");
        shoot("results-markup");
        hit.click();
        page.waitForURL("**/documents/**");
        assertThat(page.title()).isEqualTo("On <script> tags in old newspapers · Tarikh");
        assertThat(page.locator("article.document h1").textContent()).isEqualTo("On <script> tags in old newspapers");
        assertThat(page.locator("article.document .text").innerText())
                .contains("Seifullin's article quoted <script>alert('x')</script> as plain text.")
                .contains("A second paragraph")
                .doesNotContain("from the head").doesNotContain("from the body");
        assertThat(page.locator("script").count()).isZero();
        assertThat(page.locator("[onclick], [onerror], img").count()).isZero();
        shoot("document-markup");
    }

    @Test
    void setsBoilerplateApartFromTheArticle() {
        String id = archive.search("Turksib", 5).hits().getFirst().id();
        StoredDocument stored = archive.document(id).orElseThrow();
        // which paragraphs count as boilerplate is the text stage's rule, tested there; this checks how they look
        assumeTrue(stored.blocks().stream().anyMatch(b -> b.kind() == BlockKind.BOILERPLATE),
                "the text stage marked no boilerplate in " + stored.source());
        page.navigate(url("/documents/" + Html.url(id)));
        Locator boilerplate = page.locator("article.document aside.boilerplate");
        assertThat(boilerplate.count()).isPositive();
        assertThat(boilerplate.allInnerTexts()).anySatisfy(text -> assertThat(text).contains("Read more"));
        assertThat(page.locator("article.document .text p").allInnerTexts())
                .anySatisfy(text -> assertThat(text).contains("completed in 1930"))
                .noneSatisfy(text -> assertThat(text).contains("Read more"));
        assertThat(boilerplate.first().evaluate("e => getComputedStyle(e).borderLeftStyle")).isEqualTo("solid");
        shoot("document-boilerplate");
    }

    @Test
    void rendersFullProvenanceAndBoilerplateBlocksReadably() {
        // a document as a complete text stage would hand it over, served from the server's origin so that the
        // real style sheet and security headers' same-origin rules apply; independent of what detection marks today
        String text = "Ахмет Байтұрсынұлы 1913 жылы Орынборда «Қазақ» газетін шығара бастады.\n\n"
                + "Газет араб жазуымен басылып, қазақ тілінің емлесін реттеуге үлес қосты.\n\n"
                + "Газета «Казах» выходила до 1918 года.\n\n"
                + "Толығырақ оқу… Read more\n\n"
                + "ҚР ОМА, 81-қор, 1-тізбе, 12-іс, 3-парақ";
        int p1 = text.indexOf("Газет араб"), p2 = text.indexOf("Газета «"), p3 = text.indexOf("Толығырақ"),
                p4 = text.indexOf("ҚР ОМА");
        List<Block> blocks = List.of(
                new Block(0, p1, BlockKind.TEXT, "kk", null),
                new Block(p1, p2, BlockKind.TEXT, "kk", null),
                new Block(p2, p3, BlockKind.TEXT, "ru", null),
                new Block(p3, p4, BlockKind.BOILERPLATE, "kk", "teaser link"),
                new Block(p4, text.length(), BlockKind.TEXT, "kk", null));
        Provenance provenance = new Provenance("«Қазақ» газетінің алғашқы жылдары", "Example <Press> & Co",
                "Әлия Серікқызы", "J. Smith", "1998", "ҚР ОМА, 81-қор",
                List.of(new ArchiveReference("ҚР ОМА, 81-қор, 1-тізбе, 12-іс, 3-парақ", p4, text.length(), "ҚР ОМА",
                        "81", "1", "12", "3")));
        StoredDocument doc = new StoredDocument("preview", "kazak-gazeti.html", "kazak-gazeti.html", "0".repeat(64),
                "html", "kk", provenance, text, text, blocks, Map.of(), text.length(), "2026-01-02T03:04:05.123456789Z");
        page.route(url("/preview/document"), route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("text/html; charset=utf-8").setBody(Pages.document(doc))));
        page.navigate(url("/preview/document"));
        assertThat(page.locator("article.document h1").textContent()).isEqualTo("«Қазақ» газетінің алғашқы жылдары");
        assertThat(provenance("Publisher")).isEqualTo("Example <Press> & Co");
        assertThat(provenance("Ingested")).doesNotContain("123456789");
        assertThat(page.locator("table.references td").allTextContents()).contains("ҚР ОМА", "81", "12");
        Locator boilerplate = page.locator("article.document aside.boilerplate");
        assertThat(boilerplate.count()).isEqualTo(1);
        assertThat(boilerplate.innerText()).contains("Read more");
        assertThat(boilerplate.getAttribute("lang")).isEqualTo("kk");
        assertThat(page.locator("article.document .text p").allInnerTexts()).hasSize(4)
                .noneSatisfy(paragraph -> assertThat(paragraph).contains("Read more"));
        assertThat(page.locator("article.document .text p[lang=ru]").innerText()).startsWith("Газета «Казах»");
        shoot("document-provenance-boilerplate");
    }

    @Test
    void explainsAQueryWithAStrayQuoteInWords() {
        page.navigate(url("/"));
        page.locator("form.search input[name=q]").fill("\"Алаш Орда");
        page.locator("form.search input[name=q]").press("Enter");
        page.waitForURL("**/?q=*");
        Locator problem = page.locator("p.problem[role=alert]");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.innerText()).contains("quotation mark is not closed");
        assertThat(page.locator("form.search input[name=q]").inputValue()).isEqualTo("\"Алаш Орда");
        shoot("query-problem");
    }

    @Test
    void keepsTheSearchFormUsableOnANarrowScreen() {
        page.setViewportSize(380, 700);
        page.navigate(url("/?q=" + Html.url("коллективизация")));
        assertThat(page.locator("ol.hits li.hit").count()).isPositive();
        Locator input = page.locator("form.search input[name=q]");
        assertThat(input.isVisible()).isTrue();
        assertThat(input.boundingBox().width).isGreaterThan(150);
        // nothing may push the page wider than the screen
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(380);
        shoot("results-narrow");
    }

    private String provenance(String label) {
        return page.locator("dl.provenance dt:text-is('" + label + "') + dd").textContent();
    }

    private static void write(String name, String content) throws Exception {
        Files.writeString(docs.resolve(name), content, StandardCharsets.UTF_8);
    }
}
