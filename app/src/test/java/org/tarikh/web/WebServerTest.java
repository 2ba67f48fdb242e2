package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.search.PersonHit;
import org.tarikh.search.SearchHit;
import org.tarikh.search.SearchResults;
import org.tarikh.archive.IngestListener;

class WebServerTest {
    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static ServedArchive served;
    private static Archive archive;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(docs.resolve("lekerov.txt"), "Азимбай Лекеров был арестован в 1937 году.", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("hostile.html"), """
                <html><head><title>On &lt;script&gt; tags</title><script>document.title='owned'</script></head>
                <body><p>Seifullin's article quoted &lt;script&gt;alert('x')&lt;/script&gt; as plain text.</p>
                <p onclick="alert(2)">Second paragraph <img src=x onerror="alert(3)"> about Seifullin.</p></body></html>
                """, StandardCharsets.UTF_8);
        served = ServedArchive.of(archiveDir, docs);
        archive = served.archive;
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void homeIsAnHtmlSearchPage() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(home.body()).contains("<form class=\"search\"").contains("2 documents");
    }

    @Test
    void apiSearchAnswersJsonHitsAcrossScripts() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + q("Lekerov"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("hits").get(0).get("source").asText()).endsWith("lekerov.txt");
    }

    @Test
    void searchSaysWhatTheThesaurusAddedAndOffersFacets() throws Exception {
        JsonNode body = JSON.readTree(get("/api/search?q=" + q("арест")).body());
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("expanded").get(0).get("concept").asText()).isEqualTo("arrest");
        assertThat(body.get("expanded").get(0).get("labels").toString()).contains("тұтқындау");
        assertThat(body.get("facets").get("lang").get(0).get("value").asText()).isEqualTo("ru");
        assertThat(body.get("facets").get("decade").get(0).get("value").asText()).isEqualTo("1930s");

        String page = get("/?q=" + q("арест")).body();
        assertThat(page).contains("Also searched for").contains("тұтқындау").contains("class=\"facets\"")
                .contains("href=\"/?q=" + q("арест lang:ru"));
    }

    @Test
    void nearSpellingsAreMarkedInTheApiAndOnThePage() throws Exception {
        // "Лекеpов" typed with a damaged letter: "Лекерав"
        JsonNode body = JSON.readTree(get("/api/search?q=" + q("Лекерав")).body());
        assertThat(body.get("fuzzy").asBoolean()).isTrue();
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("persons").isArray()).isTrue();
        assertThat(get("/?q=" + q("Лекерав")).body()).contains("No exact match; showing near spellings");
        assertThat(JSON.readTree(get("/api/search?q=Lekerov").body()).get("fuzzy").asBoolean()).isFalse();
    }

    @Test
    void personsOfANameQueryComeAboveTheDocuments() {
        SearchResults results = new SearchResults("Лекеров", 1, List.of(new SearchHit("d1", "a.txt", "A", "ru", 1f, List.of(new SearchHit.Passage(0, "x", List.of())))),
                List.of(), java.util.Map.of(), List.of(new PersonHit("p7", "Азимбай Лекеров", 92)), false);
        String page = Pages.results(results);
        assertThat(page).contains("href=\"/persons/p7\"").contains("Азимбай Лекеров");
        assertThat(page.indexOf("/persons/p7")).isLessThan(page.indexOf("class=\"hits\""));
    }

    @Test
    void documentsShowMarkupAsTextAndRunNoScriptOfTheirs() throws Exception {
        JsonNode hit = JSON.readTree(get("/api/search?q=Seifullin").body()).get("hits").get(0);
        String page = get("/documents/" + hit.get("id").asText()).body();
        assertThat(page).contains("&lt;script&gt;alert('x')&lt;/script&gt;");
        assertThat(org.jsoup.Jsoup.parse(page).select("article.document script")).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(page).select("article.document").text()).contains("<script>alert('x')</script>");
        assertThat(page).doesNotContain("<script").doesNotContain("onerror").doesNotContain("onclick")
                .doesNotContain("document.title='owned'");
        assertThat(get("/documents/" + hit.get("id").asText()).headers().firstValue("content-security-policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(get("/?q=Seifullin").body()).doesNotContain("<script");
    }

    @Test
    void badQueriesAndUnknownIdsAreAnsweredInWords() throws Exception {
        HttpResponse<String> bad = get("/api/search?q=" + q("\"Алаш"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("quotation mark");
        assertThat(get("/?q=" + q("\"Алаш")).body()).contains("quotation mark is not closed");
        HttpResponse<String> missing = get("/api/documents/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("nope");
        assertThat(get("/api/search?q=a&limit=lots").statusCode()).isEqualTo(400);
        HttpResponse<String> nowhere = get("/search?q=Seifullin");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("no page at /search").contains("<html").doesNotContain("Endpoint");
        assertThat(JSON.readTree(get("/api/nothing").body()).get("error").asText()).contains("no page at /api/nothing");
    }
}
