package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.store.Accounts;
import org.tarikh.web.AccountsWebTest.Browser;

/**
 * The editors' writes over real HTTP on a real archive: refused without a login, for a reader, and without the
 * session's CSRF token, with nothing changed; done by an editor, audited with their name and reason, undone; a merged
 * id answers 301 to the survivor; a rejected claim stays on the page, marked, with its reason.
 */
class CurationWebTest {
    static final String PASSWORD = "a-password-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static Archive archive;
    private static WebServer server;

    /** Two documents about one writer (in Russian and in Kazakh) and one about another. */
    static void writeDocuments(Path docs) throws Exception {
        Files.writeString(docs.resolve("ru.txt"), "Мухтар Ауэзов родился в 1897 году. Ауэзов был арестован в 1930 году.\n",
                StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("kk.txt"), "Мұхтар Әуезов жазушы болды. Әуезов 1961 жылы қайтыс болды.\n",
                StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("other.txt"), "Габит Мусрепов родился в 1902 году.\n", StandardCharsets.UTF_8);
    }

    static String idOf(Archive archive, String surname) {
        return archive.persons().stream().filter(p -> p.names().stream().anyMatch(n -> n.contains(surname)))
                .map(ResolvedPerson::id).findFirst().orElseThrow(() -> new AssertionError("no " + surname));
    }

    @BeforeAll
    static void start() throws Exception {
        writeDocuments(docs);
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        archive.accounts().add("aliya", PASSWORD, Accounts.Role.EDITOR, Instant.now());
        archive.accounts().add("reader", PASSWORD, Accounts.Role.READER, Instant.now());
        server = new WebServer(archive).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        archive.close();
    }

    private Browser editor() throws Exception {
        Browser b = new Browser(server.port());
        assertThat(b.logIn("aliya", PASSWORD).statusCode()).isEqualTo(303);
        return b;
    }

    private static String csrf(Browser b) throws Exception {
        return b.session().get("csrf_token").asText();
    }

    @Test
    void writesWithoutAnEditorsSessionOrWithoutItsTokenAreRefusedAndChangeNothing() throws Exception {
        String auezov = idOf(archive, "Ауэзов"), musrepov = idOf(archive, "Мусрепов");
        int changes = archive.audit(null).size();
        Map<String, String> merge = Map.of("other", musrepov, "reason", "should not happen");
        String path = "/persons/" + auezov + "/merge";

        Browser anonymous = new Browser(server.port());
        HttpResponse<String> r = anonymous.post(path, merge);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("log in first");

        Browser reader = new Browser(server.port());
        reader.logIn("reader", PASSWORD);
        r = reader.post(path, Map.of("other", musrepov, "reason", "x", "csrf", csrf(reader)));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("reader");

        Browser editor = editor();
        assertThat(editor.post(path, merge).statusCode()).as("no token").isEqualTo(403);
        assertThat(editor.post(path, Map.of("other", musrepov, "reason", "x", "csrf", "forged")).statusCode()).as("wrong token").isEqualTo(403);
        assertThat(editor.post(path, merge, Map.of("X-CSRF-Token", csrf(reader))).statusCode())
                .as("another session's token").isEqualTo(403);
        assertThat(editor.post("/changes/ch-1/undo", Map.of("reason", "x")).statusCode()).isEqualTo(403);

        assertThat(archive.audit(null)).hasSize(changes);
        assertThat(archive.person(auezov)).isPresent();
        assertThat(archive.person(musrepov)).isPresent();
    }

    @Test
    void anEditorMergesTheOldIdAnswers301AndUndoBringsBothBack() throws Exception {
        String auezov = idOf(archive, "Ауэзов"), musrepov = idOf(archive, "Мусрепов");
        Browser editor = editor();
        HttpResponse<String> r = editor.post("/persons/" + auezov + "/merge",
                Map.of("other", musrepov, "reason", "test <script>alert(1)</script> merge", "csrf", csrf(editor)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String location = r.headers().firstValue("location").orElseThrow();
        String survivor = location.substring("/persons/".length(), location.indexOf('#'));
        String merged = survivor.equals(auezov) ? musrepov : auezov;
        assertThat(survivor).as("the one with more evidence survives").isEqualTo(auezov);

        HttpResponse<String> old = new Browser(server.port()).get("/persons/" + merged);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("location")).hasValue("/persons/" + survivor);

        String page = editor.get("/persons/" + survivor).body();
        assertThat(page).contains("data-action=\"merge\"").contains("<span class=\"editor\">aliya</span>")
                .contains("test &lt;script&gt;alert(1)&lt;/script&gt; merge").doesNotContain("<script>alert(1)");
        String change = archive.audit(survivor).getLast().change();
        assertThat(page).contains("action=\"/changes/" + change + "/undo\"");

        r = editor.post("/changes/" + change + "/undo", Map.of("reason", "they are two writers", "person", survivor,
                "csrf", csrf(editor)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(archive.person(auezov)).isPresent();
        assertThat(archive.person(musrepov)).isPresent();
        String audit = new Browser(server.port()).get("/audit").body();
        assertThat(audit).contains("data-action=\"undo\"").contains("Undoes " + change).contains("Undone by")
                .contains("they are two writers").doesNotContain("class=\"undo\"");
    }

    @Test
    void aRejectedClaimStaysVisibleWithItsReasonAndScriptsGetJson() throws Exception {
        String auezov = idOf(archive, "Ауэзов");
        Dossier.Claim arrest = Dossier.of(archive.person(auezov).orElseThrow()).claims().stream()
                .filter(c -> c.type().wire().equals("arrest")).findFirst().orElseThrow();
        Browser editor = editor();
        HttpResponse<String> r = editor.post("/claims/" + arrest.id() + "/reject",
                Map.of("reason", "the file speaks of his namesake", "person", auezov),
                Map.of("X-CSRF-Token", csrf(editor), "Accept", "application/json"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode change = JSON.readTree(r.body());
        assertThat(change.get("action").asText()).isEqualTo("reject-claim");
        assertThat(change.get("change").asText()).startsWith("ch-");

        String page = new Browser(server.port()).get("/persons/" + auezov).body();
        int at = page.indexOf("data-claim=\"" + arrest.id() + "\"");
        assertThat(at).isPositive();
        String li = page.substring(page.lastIndexOf("<li", at), page.indexOf("</li>", at));
        assertThat(li).contains("class=\"claim rejected\"").contains("<span class=\"status\">rejected</span>")
                .contains("rejected by aliya: the file speaks of his namesake");
        assertThat(page).as("a reader sees no forms").doesNotContain("name=\"csrf\"").doesNotContain("id=\"merge-form\"");
        // the editor sees the forms, and undoes the rejection
        assertThat(editor.get("/persons/" + auezov).body()).contains("id=\"merge-form\"").contains("id=\"split-form\"")
                .contains("class=\"reject-claim\"");
        r = editor.post("/changes/" + change.get("change").asText() + "/undo", Map.of("reason", "wrong call", "csrf", csrf(editor)),
                Map.of("Accept", "application/json"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Dossier.of(archive.person(auezov).orElseThrow()).claims()).noneMatch(Dossier.Claim::rejected);
    }

    @Test
    void anEditorAddsAClaimWithItsSourceCorrectsAnotherAndSetsThePreferredName() throws Exception {
        String musrepov = idOf(archive, "Мусрепов");
        Browser editor = editor();
        HttpResponse<String> r = editor.post("/persons/" + musrepov + "/claims", Map.of("type", "death", "date", "1985-12-31",
                "place", "Алматы", "source", "ЦГА РК, ф. 1, оп. 2, д. 3 <b>", "quote", "<i>умер</i> в Алматы",
                "reason", "test: the archive file", "csrf", csrf(editor)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        Dossier.Claim birth = Dossier.of(archive.person(musrepov).orElseThrow()).claims().stream()
                .filter(c -> c.type().wire().equals("birth")).findFirst().orElseThrow();
        r = editor.post("/claims/" + birth.id() + "/correct", Map.of("date", "1902-03-22", "place", "", "person", musrepov,
                "reason", "test: the metric book gives the day", "csrf", csrf(editor)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        r = editor.post("/persons/" + musrepov + "/names", Map.of("language", "kk", "name", "Ғабит Мүсірепов",
                "reason", "test: the Kazakh spelling", "csrf", csrf(editor)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);

        String page = new Browser(server.port()).get("/persons/" + musrepov).body();
        assertThat(page).contains("Source: <cite>ЦГА РК, ф. 1, оп. 2, д. 3 &lt;b&gt;</cite>")
                .contains("&lt;i&gt;умер&lt;/i&gt; в Алматы").doesNotContain("<i>умер")
                .contains("<time datetime=\"1985-12-31\">").contains("<time datetime=\"1902-03-22\">")
                .contains("the source says 1902").contains("Ғабит Мүсірепов");
        assertThat(archive.audit(musrepov)).extracting(e -> e.action())
                .containsSubsequence("add-claim", "correct-claim", "set-name");
        // the same forms with a bad value answer 400 with the reason
        r = editor.post("/persons/" + musrepov + "/claims", Map.of("type", "coronation", "source", "x", "reason", "x",
                "csrf", csrf(editor)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("coronation");
    }

    @Test
    void aChangeWithoutAReasonOrWithAnUnknownIdIsRefusedWithTheReason() throws Exception {
        String auezov = idOf(archive, "Ауэзов"), musrepov = idOf(archive, "Мусрепов");
        int changes = archive.audit(null).size();
        Browser editor = editor();
        HttpResponse<String> r = editor.post("/persons/" + auezov + "/merge", Map.of("other", musrepov, "reason", " ", "csrf", csrf(editor)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("reason").doesNotContain("Exception");
        r = editor.post("/persons/" + auezov + "/merge", Map.of("other", "p-nobody", "reason", "x", "csrf", csrf(editor)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("p-nobody");
        assertThat(archive.audit(null)).hasSize(changes);
    }

    @Test
    void aServerOnAReadOnlyArchiveLetsEditorsLogInButNotWrite() throws Exception {
        try (Archive readOnly = Archive.open(archiveDir, false)) {
            WebServer other = new WebServer(readOnly).start("127.0.0.1", 0);
            try {
                Browser b = new Browser(other.port());
                assertThat(b.logIn("aliya", PASSWORD).statusCode()).isEqualTo(303);
                String auezov = idOf(archive, "Ауэзов");
                assertThat(b.get("/persons/" + auezov).body()).doesNotContain("id=\"merge-form\"");
                HttpResponse<String> r = b.post("/persons/" + auezov + "/merge",
                        Map.of("other", idOf(archive, "Мусрепов"), "reason", "x", "csrf", csrf(b)));
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.body()).contains("read-only");
            } finally {
                other.stop();
            }
        }
    }
}
