package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/** The interface language: from the address, a remembered choice, the browser's languages, else English. */
class LanguagesWebTest {
    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static Archive archive;
    private static WebServer server;
    private static String ryskulov;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        DossierWebTest.writeDocuments(docs);
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        ryskulov = DossierWebTest.ryskulov(archive);
        server = new WebServer(archive).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (archive != null) archive.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String lang(HttpResponse<String> r) {
        return Jsoup.parse(r.body()).selectFirst("html").attr("lang");
    }

    @Test
    void theAddressNamesTheLanguageAndTheAnswerRemembersIt() throws Exception {
        HttpResponse<String> r = get("/register?lang=ru");
        assertThat(lang(r)).isEqualTo("ru");
        assertThat(Jsoup.parse(r.body()).selectFirst("h1").text()).isEqualTo("Реестр");
        assertThat(r.headers().allValues("set-cookie")).anySatisfy(c -> assertThat(c).startsWith(Languages.COOKIE + "=ru")
                .contains("Path=/").contains("SameSite=Lax"));
        // the remembered choice wins over the browser's
        assertThat(lang(get("/register", "Cookie", Languages.COOKIE + "=ru", "Accept-Language", "kk"))).isEqualTo("ru");
        // and the address over both
        assertThat(lang(get("/register?lang=en", "Cookie", Languages.COOKIE + "=ru"))).isEqualTo("en");
    }

    @Test
    void theBrowsersLanguagesAreMatchedByPreference() throws Exception {
        assertThat(lang(get("/", "Accept-Language", "kk-KZ,ru;q=0.8"))).isEqualTo("kk");
        assertThat(lang(get("/", "Accept-Language", "de-DE,fr;q=0.9,ru;q=0.5,en;q=0.3"))).isEqualTo("ru");
        assertThat(lang(get("/", "Accept-Language", "de-DE"))).isEqualTo("en");
        assertThat(lang(get("/", "Accept-Language", "not a;;; header=="))).isEqualTo("en");
        assertThat(lang(get("/"))).isEqualTo("en");
        assertThat(lang(get("/?lang=xx", "Accept-Language", "ru"))).as("an unknown lang= is ignored").isEqualTo("ru");
        assertThat(get("/").headers().firstValue("vary").orElse("")).contains("Accept-Language");
    }

    @Test
    void linksKeepALanguageTheAddressNamedAndTheSwitcherOffersTheOthers() throws Exception {
        Document page = Jsoup.parse(get("/persons/" + ryskulov + "?lang=kk").body());
        assertThat(page.select("ol.timeline p.cite a").eachAttr("href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).contains("lang=kk"));
        assertThat(page.select("nav.languages a").eachAttr("hreflang")).containsExactly("ru", "en");
        assertThat(page.select("nav.languages a[hreflang=en]").attr("href")).isEqualTo("/persons/" + ryskulov + "?lang=en");
        assertThat(page.selectFirst("article.person h1").text()).isEqualTo("Тұрар Рысқұлов");
        // without a language in the address, links stay as they were
        Document plain = Jsoup.parse(get("/persons/" + ryskulov, "Accept-Language", "ru").body());
        assertThat(plain.select("ol.timeline p.cite a").eachAttr("href")).noneSatisfy(href -> assertThat(href).contains("lang="));
        assertThat(plain.selectFirst("article.person h1").text()).isEqualTo("Турар Рыскулов");
    }

    @Test
    void errorPagesAndTheDossierSpeakTheLanguage() throws Exception {
        HttpResponse<String> missing = get("/persons/p-nobody?lang=kk");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(lang(missing)).isEqualTo("kk");
        assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).isEqualTo("Табылмады");
        assertThat(Jsoup.parse(missing.body()).text()).contains("Мұрағатта p-nobody идентификаторы бар тұлға жоқ.")
                .doesNotContain("no person with id");
        HttpResponse<String> nowhere = get("/nowhere?lang=ru");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(nowhere.body()).text()).contains("Страницы /nowhere нет.").doesNotContain("no page at");
        assertThat(Jsoup.parse(get("/documents/nope?lang=ru").body()).text())
                .contains("В архиве нет документа с идентификатором nope.");
        assertThat(get("/api/persons/p-nobody.jsonld?lang=ru").body()).as("the API keeps its English").contains("no person with id p-nobody");
        Document ru = Jsoup.parse(get("/persons/" + ryskulov + "?lang=ru").body());
        assertThat(ru.select("section.conflicts h2").text()).isEqualTo("Источники расходятся");
        assertThat(ru.select("section.conflicts time").eachText()).contains("10 февраля 1938 г.", "10 февраля 1939 г.");
        assertThat(ru.select("li.fact[data-type=birth] .fact-line").text()).startsWith("Рождение: 1894 г.");
    }
}
