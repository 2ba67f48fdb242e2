package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.ingest.OcrTests;
import org.tarikh.ingest.ScanImages;
import org.tarikh.ingest.ScannedPage;
import org.tarikh.resolve.ResolvedPerson;

/**
 * A scan on the web: the document page shows each page image (served as PNG by its own route, nothing else) beside
 * the text read from it, line boxes paired with text lines; the dossier says which claims OCR read with low
 * confidence. The page is made by the test, one paragraph smudged as on a worn copy, and read by the real Tesseract.
 */
class OcrWebTest {
    @TempDir static Path archiveDir;
    @TempDir static Path scans;
    static Archive archive;
    static WebServer server;
    static String id;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Birth clean, arrest smudged: Tesseract reads the arrest's words with low confidence. */
    static final List<String> PAGE = List.of("Daniyar Seitov was born on 5 June 1903 in Akmolinsk.",
            "Seitov was arrested on 21 October 1937 and sentenced to ten years.",
            "The file holds his letters to the regional committee.");

    @BeforeAll
    static void start() throws Exception {
        OcrTests.requireTesseract();
        ScanImages.png(ScanImages.render(PAGE, 0.5, 0.01, 2, 1), scans.resolve("seitov <card>.png"));
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(scans), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        id = archive.search("Akmolinsk", 5).hits().get(0).id();
        server = new WebServer(archive).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (archive != null) archive.close();
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String html(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentPageShowsThePageImageBesideTheTextLineForLine() throws Exception {
        String page = html("/documents/" + id);
        List<ScannedPage> pages = archive.pages(id);
        int lines = pages.get(0).lines().size();
        assertThat(lines).isGreaterThanOrEqualTo(3);
        assertThat(page).contains("<image href=\"/documents/" + id + "/pages/1\"")
                .contains("<script src=\"/static/scan.js\" defer></script>")
                .contains("seitov &lt;card&gt;.png").doesNotContain("seitov <card>");
        assertThat(count(page, "<rect class=\"line-box\" data-line=\"1-")).isEqualTo(lines);
        assertThat(count(page, "<span class=\"ocr-line\" data-line=\"1-")).isEqualTo(lines);
        assertThat(page).contains("Read by OCR").contains("page with Tesseract, mean word confidence");
        assertThat(page).containsPattern("<span class=\"low\" title=\"read by OCR with low confidence \\(\\d+\\)\">");
        assertThat(page).doesNotContain("style=\"");
    }

    @Test
    void thePageImageIsServedAsAPngAndNothingElseIs() throws Exception {
        HttpResponse<byte[]> image = get("/documents/" + id + "/pages/1");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("content-type")).hasValue("image/png");
        assertThat(image.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(new byte[] {image.body()[1], image.body()[2], image.body()[3]}).isEqualTo("PNG".getBytes(StandardCharsets.US_ASCII));
        for (String bad : List.of("/documents/" + id + "/pages/2", "/documents/" + id + "/pages/..%2F..%2Ftarikh.db",
                "/documents/" + id + "/pages/1x", "/documents/nope/pages/1")) {
            HttpResponse<byte[]> r = get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(404);
            assertThat(r.headers().firstValue("content-type").orElse("")).as(bad).startsWith("text/html");
        }
    }

    @Test
    void theDossierSaysWhichClaimOcrReadWithLowConfidence() throws Exception {
        ResolvedPerson seitov = archive.persons().stream().filter(p -> p.name().contains("Seitov")).findFirst().orElseThrow();
        String page = html("/persons/" + Html.url(seitov.id()));
        List<String> claims = List.of(page.split("<li class=\"claim"));
        String birth = claims.stream().filter(c -> c.contains("data-type=\"birth\"")).findFirst().orElseThrow();
        assertThat(birth).doesNotContain("ocr-warning");
        assertThat(claims).anySatisfy(c -> assertThat(c).contains("data-type=\"arrest\"")
                .containsPattern("<p class=\"ocr-warning\">Read by OCR with low confidence: <q>[^<]+</q> \\(\\d+\\)"));
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
