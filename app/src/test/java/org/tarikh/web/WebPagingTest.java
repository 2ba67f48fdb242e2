package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader pages through more hits than one page holds, on the search page and through the API. */
class WebPagingTest {
    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static ServedArchive served;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<a rel=\"next\" id=\"next-page\" href=\"([^\"]+)\"");
    private static final Pattern HIT = Pattern.compile("<a class=\"title\" href=\"/documents/([0-9a-f]+)");

    @BeforeAll
    static void start() throws Exception {
        String[] towns = {"Семей", "Орынбор", "Ташкент", "Алматы", "Верный"};
        for (int i = 0; i < towns.length; i++) {
            Files.writeString(docs.resolve("note" + i + ".txt"), "Съезд партии Алаш обсуждал вопрос номер " + (i + 1)
                    + " в городе " + towns[i] + (" и снова Алаш").repeat(i) + ".", StandardCharsets.UTF_8);
        }
        served = ServedArchive.of(archiveDir, docs);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    @Test
    void theSearchPageLinksToTheNextPageUntilTheLast() throws Exception {
        String path = "/?q=" + URLEncoder.encode("Алаш", StandardCharsets.UTF_8) + "&limit=2&lang=en";
        List<String> seen = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        for (int page = 0; page < 5 && path != null; page++) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            String body = response.body();
            Matcher hit = HIT.matcher(body);
            while (hit.find()) seen.add(hit.group(1));
            Matcher range = Pattern.compile("<span class=\"range\">([^<]+)</span>").matcher(body);
            if (range.find()) ranges.add(range.group(1));
            Matcher next = NEXT.matcher(body);
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            if (page > 0) assertThat(body).contains("rel=\"first\"");
        }
        assertThat(seen).hasSize(5);
        assertThat(new HashSet<>(seen)).hasSize(5);
        assertThat(ranges).containsExactly("Documents 1–2 of 5", "Documents 3–4 of 5", "Documents 5–5 of 5");
        assertThat(path).as("the last page links to no next page").isNull();
    }

    @Test
    void theApiGivesTheCursorOfTheNextPageAndNullOnTheLast() throws Exception {
        Set<String> ids = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            String path = "/api/search?q=" + URLEncoder.encode("Алаш", StandardCharsets.UTF_8) + "&limit=3"
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            JsonNode body = JSON.readTree(get(path).body());
            assertThat(body.get("total").asInt()).isEqualTo(5);
            body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
            after = body.get("next").isNull() ? null : body.get("next").asText();
            pages++;
        } while (after != null && pages < 5);
        assertThat(pages).isEqualTo(2);
        assertThat(ids).hasSize(5);
    }

    @Test
    void aCursorThatIsNotOneIsAnsweredInWords() throws Exception {
        HttpResponse<String> bad = get("/api/search?q=x&after=" + URLEncoder.encode("<b>\"", StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(bad.body()).get("error").asText()).startsWith("'<b>\"' is not a search cursor");
        HttpResponse<String> page = get("/?q=x&after=" + URLEncoder.encode("<b>nonsense", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("&lt;b&gt;nonsense").doesNotContain("<b>").doesNotContain("Exception");
    }
}
