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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.store.Accounts;

/**
 * Logins, sessions and CSRF over real HTTP against a real server on a real archive: the cookies' attributes,
 * wrong passwords, forged and missing tokens, logging out, expiry and the throttle.
 */
class AccountsWebTest {
    @TempDir static Path archiveDir;
    @TempDir static Path docs;
    private static Archive archive;
    private static WebServer server;
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-05-01T08:00:00Z"));
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "тарих-correct-horse";

    /** A clock the test moves forward, to let sessions expire and throttles end without waiting. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(docs.resolve("a.txt"), "Жүсіпбек Аймауытов 1889 жылы туған.", StandardCharsets.UTF_8);
        archive = Archive.open(archiveDir, true);
        archive.ingest(List.of(docs), Archive.DEFAULT_MAX_DOCUMENT_BYTES, IngestListener.NONE);
        archive.accounts().add("aigerim", PASSWORD, Accounts.Role.EDITOR, Instant.now());
        archive.accounts().add("throttled", PASSWORD, Accounts.Role.EDITOR, Instant.now());
        server = new WebServer(archive, null, CLOCK).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        archive.close();
    }

    /** What a browser keeps between requests: the cookies set so far, by name. */
    static final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        final List<String> setCookies = new ArrayList<>();
        final int port;

        Browser(int port) {
            this.port = port;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            return post(path, form, Map.of());
        }

        HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) throws Exception {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            headers.forEach(b::header);
            return send(b);
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
                b.header("Cookie", header.toString());
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String set : r.headers().allValues("set-cookie")) {
                setCookies.add(set);
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq), value = pair.substring(eq + 1);
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) cookies.remove(name);
                else cookies.put(name, value);
            }
            return r;
        }

        String lastSetCookie(String name) {
            // the last one that gives a value (not the one that clears it)
            for (int i = setCookies.size() - 1; i >= 0; i--) {
                if (setCookies.get(i).startsWith(name + "=") && !setCookies.get(i).startsWith(name + "=;")) return setCookies.get(i);
            }
            return null;
        }

        /** Opens the login page and posts the form as a person would. */
        HttpResponse<String> logIn(String name, String password) throws Exception {
            String page = get("/login?next=" + enc("/persons")).body();
            return post("/login", Map.of("name", name, "password", password, "next", "/persons",
                    "login_token", hidden(page, "login_token")));
        }

        JsonNode session() throws Exception {
            return JSON.readTree(get("/api/session").body());
        }
    }

    static String hidden(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aRightPasswordOpensAnHttpOnlyStrictSessionAndTheHeaderNamesTheUser() throws Exception {
        Browser b = new Browser(server.port());
        assertThat(b.get("/").body()).contains("id=\"login-link\"").doesNotContain("id=\"logout\"");
        HttpResponse<String> login = b.logIn("aigerim", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("location")).hasValue("/persons");
        String cookie = b.lastSetCookie(org.tarikh.web.auth.Authenticator.SESSION_COOKIE);
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
        HttpResponse<String> page = b.get("/persons");
        assertThat(page.body()).contains("id=\"account\">aigerim <span class=\"role\">editor</span>")
                .contains("id=\"logout\"");
        assertThat(page.headers().firstValue("cache-control").orElse("")).contains("no-store");
        JsonNode session = b.session();
        assertThat(session.get("user").asText()).isEqualTo("aigerim");
        assertThat(session.get("role").asText()).isEqualTo("editor");
        assertThat(hidden(page.body(), "csrf")).isEqualTo(session.get("csrf_token").asText());
    }

    @Test
    void aWrongPasswordOrAnUnknownNameGetsTheSameAnswerAndNoSession() throws Exception {
        Browser b = new Browser(server.port());
        HttpResponse<String> wrong = b.logIn("aigerim", "not-the-password");
        HttpResponse<String> unknown = b.logIn("nobody-here", "not-the-password");
        for (HttpResponse<String> r : List.of(wrong, unknown)) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("wrong name or password");
        }
        assertThat(b.cookies).doesNotContainKey(org.tarikh.web.auth.Authenticator.SESSION_COOKIE);
        assertThat(b.session().get("user").isNull()).isTrue();
    }

    @Test
    void aLoginPostedWithoutTheFormsOwnCookieIsRefused() throws Exception {
        Browser site = new Browser(server.port());
        String token = hidden(site.get("/login").body(), "login_token");
        Browser elsewhere = new Browser(server.port()); // another site's form: it cannot send our cookie
        HttpResponse<String> r = elsewhere.post("/login", Map.of("name", "aigerim", "password", PASSWORD, "login_token", token));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(elsewhere.cookies).doesNotContainKey(org.tarikh.web.auth.Authenticator.SESSION_COOKIE);
    }

    @Test
    void loggingOutNeedsTheSessionsTokenAndThenTheOldCookieIsWorthNothing() throws Exception {
        Browser b = new Browser(server.port());
        assertThat(b.post("/logout", Map.of()).statusCode()).as("no session").isEqualTo(403);
        b.logIn("aigerim", PASSWORD);
        String csrf = b.session().get("csrf_token").asText();
        assertThat(b.post("/logout", Map.of()).statusCode()).as("no token").isEqualTo(403);
        assertThat(b.post("/logout", Map.of("csrf", csrf.substring(1) + "x")).statusCode()).as("wrong token").isEqualTo(403);
        assertThat(b.post("/logout", Map.of(), Map.of("X-CSRF-Token", "forged")).statusCode()).as("wrong header").isEqualTo(403);
        assertThat(b.session().get("user").asText()).as("still logged in after refused attempts").isEqualTo("aigerim");
        String cookie = b.cookies.get(org.tarikh.web.auth.Authenticator.SESSION_COOKIE);
        assertThat(b.post("/logout", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(b.session().get("user").isNull()).isTrue();
        Browser replay = new Browser(server.port());
        replay.cookies.put(org.tarikh.web.auth.Authenticator.SESSION_COOKIE, cookie);
        assertThat(replay.session().get("user").isNull()).isTrue();
        assertThat(replay.post("/logout", Map.of("csrf", csrf)).statusCode()).isEqualTo(403);
    }

    @Test
    void theHeaderTokenServesScriptsAsTheFormFieldServesForms() throws Exception {
        Browser b = new Browser(server.port());
        b.logIn("aigerim", PASSWORD);
        String csrf = b.session().get("csrf_token").asText();
        assertThat(b.post("/logout", Map.of(), Map.of("X-CSRF-Token", csrf)).statusCode()).isEqualTo(303);
        assertThat(b.session().get("user").isNull()).isTrue();
    }

    @Test
    void aSessionExpiresAfterItsLifetime() throws Exception {
        Browser b = new Browser(server.port());
        b.logIn("aigerim", PASSWORD);
        String csrf = b.session().get("csrf_token").asText();
        CLOCK.advance(Duration.ofHours(11));
        assertThat(b.session().get("user").asText()).isEqualTo("aigerim");
        CLOCK.advance(Duration.ofHours(2));
        assertThat(b.session().get("user").isNull()).isTrue();
        assertThat(b.get("/").body()).contains("id=\"login-link\"");
        assertThat(b.post("/logout", Map.of("csrf", csrf)).statusCode()).isEqualTo(403);
    }

    @Test
    void repeatedFailuresPauseLoginsForThatNameEvenWithTheRightPassword() throws Exception {
        Browser b = new Browser(server.port());
        for (int i = 0; i < 5; i++) assertThat(b.logIn("throttled", "guess-" + i).statusCode()).isEqualTo(401);
        HttpResponse<String> paused = b.logIn("throttled", PASSWORD);
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("retry-after")).isPresent();
        assertThat(b.cookies).doesNotContainKey(org.tarikh.web.auth.Authenticator.SESSION_COOKIE);
        CLOCK.advance(Duration.ofMinutes(1));
        assertThat(b.logIn("throttled", PASSWORD).statusCode()).isEqualTo(303);
        assertThat(b.session().get("user").asText()).isEqualTo("throttled");
    }

    @Test
    void theDatabaseKeepsOnlyTheTokensHashAndThePasswordsBcryptHash() throws Exception {
        Browser b = new Browser(server.port());
        b.logIn("aigerim", PASSWORD);
        String token = b.cookies.get(org.tarikh.web.auth.Authenticator.SESSION_COOKIE);
        String hash = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        List<String> stored = new ArrayList<>();
        String passwordHash;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + archiveDir.resolve("tarikh.db"))) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT token_hash FROM sessions")) {
                while (rs.next()) stored.add(rs.getString(1));
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT password_hash FROM users WHERE name = 'aigerim'")) {
                rs.next();
                passwordHash = rs.getString(1);
            }
        }
        assertThat(stored).contains(hash).doesNotContain(token);
        assertThat(passwordHash).startsWith("$2").doesNotContain(PASSWORD);
    }

    @Test
    void whatALoginFormEchoesIsEscaped() throws Exception {
        Browser b = new Browser(server.port());
        HttpResponse<String> r = b.logIn("\"><script>alert(1)</script>", "whatever-it-is");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).doesNotContain("<script>alert(1)");
        // the name comes back as the value of its field, as typed, and nothing of it became markup
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.body());
        assertThat(page.select("input[name=name]").attr("value")).isEqualTo("\"><script>alert(1)</script>");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aNextPageElsewhereIsNeverFollowed() {
        assertThat(AccountPages.localPath("//evil.example/x")).isEqualTo("/");
        assertThat(AccountPages.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(AccountPages.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(AccountPages.localPath("/persons/p1?q=a")).isEqualTo("/persons/p1?q=a");
    }

    @Test
    void overHttpsTheCookieIsSecure() throws Exception {
        WebServer https = new WebServer(archive, "https://tarikh.example.org", CLOCK).start("127.0.0.1", 0);
        try {
            Browser b = new Browser(https.port());
            b.logIn("aigerim", PASSWORD);
            assertThat(b.lastSetCookie(org.tarikh.web.auth.Authenticator.SESSION_COOKIE)).contains("Secure");
            assertThat(b.lastSetCookie(org.tarikh.web.auth.Authenticator.LOGIN_COOKIE)).contains("Secure");
        } finally {
            https.stop();
        }
    }
}
