package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.resolve.ResolvedPerson;

/**
 * Dates of the two calendars and a source's own alternative date on a person's page, over a real archive: a Kazakh
 * text gives Goloshchekin's birth Old Style, an English one New Style, twelve days apart; a Russian one writes
 * Nurmakov's birth with another source's date in parentheses.
 */
class DossierCalendarWebTest {
    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static Archive archive;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        DossierWebTest.write(docs, "goloshchekin-kk.txt", """
                Филипп Голощекин 1876 жылы 26 ақпанда Невель қаласында дүниеге келді.
                Филипп Голощекин 1925 жылы Қазақ өлкелік комитетінің бірінші хатшысы болды.
                """);
        DossierWebTest.write(docs, "goloshchekin-en.txt", """
                Filipp Goloshchekin was born on 9 March 1876 in Nevel.
                Filipp Goloshchekin was shot on 28 October 1941.
                """);
        DossierWebTest.write(docs, "nurmakov-ru.txt", """
                Нигмет Нурмаков родился 25 марта (по другим данным – 25 октября) 1895 года в Каркаралинском уезде.
                Нигмет Нурмаков был расстрелян в 1937 году.
                """);
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        server = new WebServer(archive).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (archive != null) archive.close();
    }

    @Test
    void twoSourcesTwelveDaysApartAreAConflictThatSaysItMayBeOneDay() throws Exception {
        String page = page("Goloshchekin", "Голощекин");
        String conflicts = page.substring(page.indexOf("<section class=\"conflicts\""), page.indexOf("</section>",
                page.indexOf("<section class=\"conflicts\"")));
        assertThat(conflicts).contains("1876-02-26").contains("1876-03-09")
                .contains("12 days apart: perhaps one day, written Old Style (Julian) and New Style (Gregorian)");
    }

    @Test
    void aSourcesOwnAlternativeDateIsASecondClaimThatQuotesItsWords() throws Exception {
        String page = page("Nurmakov", "Нурмаков");
        assertThat(page).contains("1895-03-25").contains("1895-10-25")
                .contains("another date, as the source gives it").contains("по другим данным – 25 октября");
    }

    /** The English page of the person one of whose names holds either spelling of the surname. */
    private static String page(String latin, String cyrillic) throws Exception {
        String id = archive.persons().stream()
                .filter(p -> p.names().stream().anyMatch(n -> n.contains(latin) || n.contains(cyrillic)))
                .findFirst().map(ResolvedPerson::id)
                .orElseThrow(() -> new AssertionError(latin + " not resolved: " + archive.persons()));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/persons/" + id + "?lang=en"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
