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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.resolve.ResolvedPerson;

/**
 * The dossier, the register and the exports over a real archive of three documents in Russian, English and Kazakh
 * that state one man's arrest, sentence, execution and rehabilitation; the Kazakh one dates the execution a year
 * later, so the sources disagree.
 */
class DossierWebTest {
    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static Archive archive;
    private static WebServer server;
    private static String ryskulov;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        writeDocuments(docs);
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        server = new WebServer(archive).start("127.0.0.1", 0);
        ryskulov = ryskulov(archive);
    }

    /** Ryskulov in three languages: the Kazakh text dates his execution a year later than the other two. */
    static void writeDocuments(Path docs) throws Exception {
        write(docs, "ryskulov-ru.txt", """
                ---
                title: Справка по делу Т. Р. Рыскулова
                ---
                Турар Рыскулов родился в 1894 году в Алматинской области.

                Турар Рыскулов был арестован 21 мая 1937 года в Москве.
                Турар Рыскулов был осуждён 8 февраля 1938 года выездной сессией ВК ВС СССР по ст. 58-2, 8, 11 УК РСФСР к ВМН.
                Турар Рыскулов расстрелян 10 февраля 1938 года.

                Турар Рыскулов реабилитирован 1 марта 1956 года.
                В деле упоминается также Сакен Сейфуллин.
                """);
        write(docs, "ryskulov-en.txt", """
                ---
                title: Turar Ryskulov, a short biography
                ---
                Turar Ryskulov was born in 1894 near Almaty.
                Turar Ryskulov was arrested in May 1937 in Moscow.
                Turar Ryskulov was executed on February 10, 1938.
                Turar Ryskulov was rehabilitated in 1956.
                Saken Seifullin was arrested in 1937.
                """);
        write(docs, "ryskulov-kk.txt", """
                ---
                title: Тұрар Рысқұлов туралы
                ---
                Тұрар Рысқұлов 1937 жылы тұтқындалды.
                Тұрар Рысқұлов 1939 жылы 10 ақпанда атылды.
                Сәкен Сейфуллин 1938 жылы 25 ақпанда атылды.
                """);
    }

    static String ryskulov(Archive archive) {
        return archive.persons().stream().filter(p -> p.names().contains("Turar Ryskulov")).findFirst()
                .map(ResolvedPerson::id).orElseThrow(() -> new AssertionError("Ryskulov not resolved: " + archive.persons()));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (archive != null) archive.close();
    }

    @Test
    void dossierShowsTheConflictWithBothDatesAndTheirSources() throws Exception {
        String page = get("/persons/" + ryskulov).body();
        String conflicts = between(page, "<section class=\"conflicts\"", "</section>");
        assertThat(conflicts).contains("Execution").contains("1938-02-10").contains("1939-02-10")
                .contains("ryskulov-ru.txt").contains("ryskulov-kk.txt");
        assertThat(page.indexOf("class=\"conflicts\"")).isLessThan(page.indexOf("class=\"timeline\""));
    }

    @Test
    void timelineQuotesTheEvidenceCountsSourcesAndLinksIntoTheDocument() throws Exception {
        String page = get("/persons/" + ryskulov).body();
        String timeline = between(page, "<ol class=\"timeline\">", "</ol>");
        assertThat(timeline).contains("Турар Рыскулов расстрелян 10 февраля 1938 года.")
                .contains("Turar Ryskulov was arrested in May 1937 in Moscow.")
                .contains("выездной сессией ВК ВС СССР").contains("58-2, 8, 11")
                .contains("<time datetime=\"1937-05-21\">");
        String arrest = claimItem(timeline, "1937-05-21");
        assertThat(arrest).contains("3 sources").contains("Москве");
        assertThat(claimItem(timeline, "1939-02-10")).contains("disputed");

        Matcher link = Pattern.compile("href=\"(/documents/([0-9a-f]+)\\?at=(\\d+)-(\\d+)#o(\\d+))\"").matcher(arrest);
        assertThat(link.find()).as("evidence link in " + arrest).isTrue();
        String document = get(link.group(1).replace("#o" + link.group(5), "")).body();
        assertThat(document).contains("id=\"o" + link.group(5) + "\"")
                .contains("<mark class=\"evidence\">Турар Рыскулов был арестован 21 мая 1937 года в Москве.</mark>");
    }

    @Test
    void dossierListsPlacesAndThePeopleInTheSameDocuments() throws Exception {
        String page = get("/persons/" + ryskulov).body();
        assertThat(between(page, "<ul class=\"places\">", "</ul>")).contains("Москве").contains("Moscow");
        String associates = between(page, "<ul class=\"associates\">", "</ul>");
        assertThat(associates).containsAnyOf("Seifullin", "Сейфуллин").contains("documents");
        assertThat(page).contains("<a href=\"/register\">Register</a>");
    }

    @Test
    void registerHasOneRowPerPersonAndFiltersByYearPlaceSentenceAndBody() throws Exception {
        String all = get("/register").body();
        assertThat(rows(all)).hasSize(2).contains(ryskulov);
        assertThat(all).contains("<svg").contains("data-year=\"1937\" data-total=\"2\"").doesNotContain("<script");
        String row = between(all, "<tr data-id=\"" + ryskulov + "\"", "</tr>");
        assertThat(row).contains("1894").contains("1937-05-21").contains("1938-02-08").contains("выездной сессией ВК ВС СССР")
                .contains("1938-02-10").contains("1956-03-01").contains("disputed");

        assertThat(rows(get("/register?year=1939").body())).containsExactly(ryskulov);
        assertThat(rows(get("/register?place=" + q("моск")).body())).containsExactly(ryskulov);
        assertThat(rows(get("/register?body=" + q("ВК ВС")).body())).containsExactly(ryskulov);
        assertThat(rows(get("/register?sentence=death").body())).containsExactly(ryskulov);
        assertThat(get("/register?year=1925").body()).contains("No person matches");
        assertThat(get("/register?year=soon").statusCode()).isEqualTo(400);
    }

    @Test
    void registerCsvIsRfc4180WithABomAndTheSameFilters() throws Exception {
        HttpResponse<String> response = get("/register.csv?year=1939");
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("content-disposition").orElse("")).contains("register.csv");
        String csv = response.body();
        assertThat(csv).startsWith("\uFEFFid,name,birth,");
        String[] records = csv.substring(1).split("\r\n");
        assertThat(records).hasSize(2);
        assertThat(records[1]).startsWith(ryskulov + ",").contains("\"58-2, 8, 11\"").contains("1938-02-10");
        assertThat(get("/register.csv").body().split("\r\n")).hasSize(3);
    }

    @Test
    void jsonLdIsASchemaOrgPersonWithDatesAndCitedClaims() throws Exception {
        HttpResponse<String> response = get("/api/persons/" + ryskulov + ".jsonld");
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/ld+json");
        JsonNode person = JSON.readTree(response.body());
        assertThat(person.at("/@context/@vocab").asText()).isEqualTo("https://schema.org/");
        assertThat(person.get("@type").asText()).isEqualTo("Person");
        assertThat(person.get("birthDate").asText()).isEqualTo("1894");
        assertThat(person.get("deathDate").asText()).isEqualTo("1938-02-10");
        assertThat(person.get("alternateName").toString()).contains("Турар Рыскулов");
        JsonNode claims = person.get("subjectOf");
        assertThat(claims.size()).isGreaterThanOrEqualTo(8);
        JsonNode execution = null;
        for (JsonNode c : claims) {
            if (c.get("name").asText().equals("execution") && c.path("temporalCoverage").asText().equals("1939-02-10")) execution = c;
        }
        assertThat(execution).isNotNull();
        assertThat(execution.get("text").asText()).isEqualTo("Тұрар Рысқұлов 1939 жылы 10 ақпанда атылды.");
        assertThat(execution.get("citation").get("name").asText()).isEqualTo("Тұрар Рысқұлов туралы");
        assertThat(execution.get("citation").get("url").asText()).contains("/documents/").contains("?at=");

        JsonNode graph = JSON.readTree(get("/export/persons.jsonld").body()).get("@graph");
        assertThat(graph.size()).isEqualTo(archive.persons().size());
        assertThat(get("/api/persons/nobody.jsonld").statusCode()).isEqualTo(404);
    }

    @Test
    void personsCsvHasOneLinePerClaimWithItsEvidence() throws Exception {
        String csv = get("/export/persons.csv").body();
        assertThat(csv).startsWith("\uFEFFperson_id,name,alternate_names,type,date,");
        assertThat(csv).contains("Тұрар Рысқұлов 1939 жылы 10 ақпанда атылды.")
                .contains(",execution,1938-02-10,");
    }

    @Test
    void csvLeavesTheBomOutOnRequestAndNoFieldCanRunAsAFormula() throws Exception {
        assertThat(get("/export/persons.csv?bom=false").body()).startsWith("person_id,name,");
        assertThat(get("/register.csv?bom=0").body()).startsWith("id,name,birth,");
        assertThat(get("/register.csv?bom=perhaps").statusCode()).isEqualTo(400);
        for (String csv : List.of(get("/export/persons.csv").body(), get("/register.csv").body())) {
            assertThat(java.util.regex.Pattern.compile("(?m)(^|,)\"?[=+@\\-]").matcher(csv.substring(1)).find()).isFalse();
        }
    }

    @Test
    void eacCpfRecordIsServedAsXml() throws Exception {
        HttpResponse<String> response = get("/export/eac-cpf/" + ryskulov + ".xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/xml");
        org.tarikh.export.EacCpfTest.assertValidStructure(response.body());
        assertThat(response.body()).contains("<entityType>person</entityType>").contains("scriptCode=\"Cyrl\"")
                .contains("<fromDate standardDate=\"1894\">").contains("<toDate standardDate=\"1938-02-10\">");
        assertThat(get("/export/eac-cpf/nobody.xml").statusCode()).isEqualTo(404);
    }

    private static List<String> rows(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-id=\"([^\"]+)\"").matcher(page);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    private static String claimItem(String timeline, String date) {
        int at = timeline.indexOf("<time datetime=\"" + date + "\">");
        assertThat(at).as("claim dated " + date).isNotNegative();
        int from = timeline.lastIndexOf("<li", at);
        return timeline.substring(from, timeline.indexOf("</li>", at));
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from + " in the page").isNotNegative();
        return page.substring(start, page.indexOf(to, start));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void write(Path folder, String name, String content) throws Exception {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
