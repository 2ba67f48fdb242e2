package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;

/** {@code /register/review} lists, escaped, the imported rows that fit two persons of the archive. */
class RegisterReviewWebTest {
    @TempDir Path dir;

    @Test
    void theReviewPageListsTheRowThatFitsTwoPersons() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Ахмет Касымов родился в 1890 году. Ахмет Касымов был учителем.");
        Files.writeString(docs.resolve("b.txt"), "Ахмет Касымов родился в 1912 году. Ахмет Касымов был агрономом.");
        Path csv = dir.resolve("list<1>.csv");
        Files.writeString(csv, "Фамилия,Имя,Место работы\nКасымов,Ахмет,<b>школа</b>\nОмаров,Серік,\n", StandardCharsets.UTF_8);
        try (Archive archive = Archive.open(dir.resolve("archive"), true)) {
            archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
            archive.importRegister(csv, "list<1>.csv");
            WebServer server = new WebServer(archive).start("127.0.0.1", 0);
            try {
                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/register/review")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("1 row of imported registers").contains("list&lt;1&gt;.csv")
                        .contains("<td>2</td>").contains("Касымов Ахмет").doesNotContain("Омаров").doesNotContain("list<1>");
            } finally {
                server.stop();
            }
        }
    }
}
