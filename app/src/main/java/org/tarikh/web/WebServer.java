package org.tarikh.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.resolve.Associates;
import org.tarikh.resolve.Dossier;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.search.QuerySyntaxException;
import org.tarikh.search.SearchResults;
import org.tarikh.web.view.Pager;
import org.tarikh.web.view.PersonView;
import org.tarikh.web.view.Ui;
import org.tarikh.search.SearchJson;
import org.tarikh.store.NotFoundException;
import org.tarikh.store.StoredDocument;
import org.tarikh.store.Accounts;
import org.tarikh.text.Span;
import org.tarikh.web.auth.Access;
import org.tarikh.web.auth.Authenticator;
import org.tarikh.web.auth.Forbidden;
import org.tarikh.web.auth.TooManyAttempts;

/**
 * The web interface and JSON API over one archive.
 *
 * <ul>
 *   <li>{@code GET /}: the search page ({@code ?q=} shows results); {@code GET /documents/{id}}: a document with
 *       its provenance, boilerplate shown apart.</li>
 *   <li>{@code GET /persons?q=}: person search in any spelling; {@code GET /persons/{id}}: a person with every
 *       name form by script and the documents with the mentions marked.</li>
 *   <li>{@code GET /register}, {@code /register.csv} and the exports: {@link ExportRoutes}; the person page
 *       carries the dossier ({@link DossierPages}).</li>
 *   <li>{@code /reconcile}: the W3C reconciliation service ({@link ReconciliationService}).</li>
 *   <li>{@code GET /api/search?q=&limit=}: hits as JSON, shaped like {@code tarikh search --json};
 *       {@code GET /api/documents/{id}}: a document as JSON; {@code GET /api/openapi.json}: an OpenAPI 3.1
 *       description of the JSON API ({@link OpenApi}).</li>
 * </ul>
 * Bad queries answer 400 and unknown ids 404, with a JSON {@code {"error": …}} body on the API and a readable page
 * in the interface. Pages forbid scripts from anywhere but the server itself (Content-Security-Policy).
 */
public final class WebServer {
    private static final int MAX_LIMIT = 100;
    /** The environment variable that gives the public base URL when no option does. */
    public static final String BASE_URL_ENV = "TARIKH_BASE_URL";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";
    private final Archive archive;
    private final Javalin app;
    private final String configuredBase;
    private final Authenticator auth;
    private final CurationRoutes curation;

    /** A server whose links use {@code http://localhost:PORT}, the port it listens on. */
    public WebServer(Archive archive) {
        this(archive, null);
    }

    /**
     * @param baseUrl the public base URL of the service ({@code https://tarikh.example.org}, a final slash is
     *                dropped), from which the reconciliation manifest's {@code identifierSpace}, every URL and every
     *                JSON-LD {@code @id} are made; null or blank for {@code http://localhost:PORT}. Never taken
     *                from a request's {@code Host} header, which a client may forge.
     */
    public WebServer(Archive archive, String baseUrl) {
        this(archive, baseUrl, Clock.systemUTC());
    }

    /** As {@link #WebServer(Archive, String)}, with the clock that decides when a session expires. */
    public WebServer(Archive archive, String baseUrl, Clock clock) {
        this.archive = archive;
        this.configuredBase = baseUrl == null || baseUrl.isBlank() ? null : checkedBase(baseUrl.strip());
        this.auth = new Authenticator(archive.accounts(), clock, Authenticator.DEFAULT_LIFETIME,
                configuredBase != null && configuredBase.startsWith("https:"));
        this.curation = new CurationRoutes(archive, auth, this::ui);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                // OpenRefine shows the reconciliation preview in an iframe of its own origin: that page alone may be framed
                boolean framed = ctx.path().equals("/reconcile/preview");
                ctx.header("Content-Security-Policy", CSP + (framed ? "; frame-ancestors *" : "; frame-ancestors 'none'"));
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
                // the reconciliation specification asks every endpoint of the service to allow any origin
                if (ReconciliationService.serves(ctx.path())) ctx.header("Access-Control-Allow-Origin", "*");
            });
            config.routes.beforeMatched(auth::guard);
            config.routes.get("/login", this::loginPage);
            config.routes.post("/login", this::logIn);
            config.routes.post("/logout", this::logOut, Access.SESSION);
            config.routes.get("/api/session", this::apiSession);
            config.routes.get("/", this::searchPage);
            config.routes.get("/documents/{id}", this::documentPage);
            config.routes.get("/documents/{id}/pages/{page}", this::pageImage);
            config.routes.get("/api/search", this::apiSearch);
            config.routes.get("/api/documents/{id}", this::apiDocument);
            config.routes.get("/api/openapi.json", ctx -> ctx.json(OpenApi.description(baseUrl())));
            config.routes.get("/persons", this::personsPage);
            config.routes.get("/persons/{id}", this::personPage);
            curation.register(config.routes);
            new ReconciliationService(archive, this::baseUrl).register(config);
            new ExportRoutes(archive, this::baseUrl, this::ui).register(config);
            config.routes.exception(Forbidden.class, (e, ctx) -> problem(ctx, 403, e.getMessage()));
            config.routes.exception(TooManyAttempts.class, (e, ctx) -> {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
                problem(ctx, 429, e.getMessage());
            });
            config.routes.exception(CurationRoutes.ReadOnly.class, (e, ctx) -> problem(ctx, 503, e.getMessage()));
            // JSON answers keep the English message (the API's contract); pages say it in their language
            config.routes.exception(QuerySyntaxException.class, (e, ctx) -> problem(ctx, 400, e.getMessage(),
                    ui -> Pages.reason(ui, e.reason())));
            config.routes.exception(NotFoundException.class, (e, ctx) -> problem(ctx, 404, e.getMessage(),
                    ui -> e.key() == null ? e.getMessage() : ui.t(e.key(), e.args().toArray())));
            config.routes.exception(TarikhException.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500,
                    "internal error (" + e.getClass().getSimpleName() + "); please report it"));
            config.routes.error(404, "*", ctx -> {
                // our own 404s have a page already; Javalin's own for an unknown path is one line of plain text
                String said = ctx.result();
                if (said == null || said.startsWith("Endpoint ")) {
                    problem(ctx, 404, "no page at " + ctx.path(), ui -> ui.t("notFound.page", ctx.path()));
                }
            });
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The public base URL without a final slash: the configured one, else {@code http://localhost:PORT}. */
    public String baseUrl() {
        return configuredBase != null ? configuredBase : "http://localhost:" + app.port();
    }

    private static String checkedBase(String url) {
        String base = url.replaceAll("/+$", "");
        java.net.URI uri;
        try {
            uri = java.net.URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new TarikhException("the base URL must be an absolute http(s) URL such as https://tarikh.example.org, not '" + url + "'");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new TarikhException("the base URL must be an absolute http(s) URL such as https://tarikh.example.org, not '" + url + "'");
        }
        return base;
    }

    public void stop() {
        app.stop();
    }

    private void loginPage(Context ctx) {
        ctx.html(AccountPages.login(ui(ctx), auth.loginFormToken(ctx), AccountPages.localPath(ctx.queryParam("next")), null, null));
    }

    private void logIn(Context ctx) {
        String name = ctx.formParam("name");
        String next = AccountPages.localPath(ctx.formParam("next"));
        if (auth.logIn(ctx, name, ctx.formParam("password"), ctx.formParam("login_token")).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } else {
            Ui ui = ui(ctx);
            ctx.status(401).html(AccountPages.login(ui, auth.loginFormToken(ctx), next, name, ui.t("login.wrong")));
        }
    }

    private void logOut(Context ctx) {
        auth.logOut(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Who is logged in, with the CSRF token a script sends as X-CSRF-Token (readable by this site's pages only). */
    private void apiSession(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        auth.session(ctx).ifPresentOrElse(s -> {
            out.put("user", s.user().name());
            out.put("role", s.user().role().wire());
            out.put("csrf_token", s.csrfToken());
            out.put("expires", s.expires().toString());
        }, () -> out.put("user", null));
        ctx.header("Cache-Control", "no-store");
        ctx.json(out);
    }

    /** The request's interface language, links and account (the header shows who is logged in). */
    Ui ui(Context ctx) {
        return Languages.ui(ctx, auth.session(ctx));
    }

    private void searchPage(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            ctx.html(Pages.home(ui(ctx), archive.documentCount()));
            return;
        }
        Ui ui = ui(ctx);
        try {
            int limit = limit(ctx, 20);
            String after = ctx.queryParam("after");
            SearchResults results = archive.search(q, limit, after);
            List<PersonView> persons = new java.util.ArrayList<>();
            for (var p : results.persons()) {
                String name = archive.person(p.id()).map(ui::name).orElse(p.name());
                persons.add(new PersonView(p.id(), name, null));
            }
            // facets name persons and places in the interface's language and script, as the dossier does
            Pager pager = Pager.of(results, limit, after == null ? 0 : shown(ctx.queryParam("shown")));
            ctx.html(Pages.results(ui, results, persons, pager, (dimension, value) -> switch (dimension) {
                case org.tarikh.search.SearchFacets.PERSON -> archive.person(value).map(ui::name).orElse(null);
                case org.tarikh.search.SearchFacets.PLACE -> org.tarikh.lexicon.Gazetteer.shared().byId(value)
                        .map(place -> org.tarikh.lexicon.Gazetteer.shared().name(place, ui.lang())).orElse(null);
                default -> null;
            }));
        } catch (QuerySyntaxException e) {
            ctx.status(400).html(Pages.queryProblem(ui, q, e));
        }
    }

    private void documentPage(Context ctx) {
        StoredDocument doc = document(ctx.pathParam("id"));
        ctx.html(Pages.document(ui(ctx), doc, evidence(ctx.queryParam("at")), archive.pages(doc.id())));
    }

    /**
     * A scan's page image, PNG or JPEG by what the archive stored (never by what the file says of itself, and
     * {@code nosniff} on every answer): only the images the database names, inside the archive's pages folder.
     */
    private void pageImage(Context ctx) {
        String id = ctx.pathParam("id"), raw = ctx.pathParam("page");
        if (!raw.matches("\\d{1,5}")) throw new NotFoundException("no page " + raw + " of document " + id);
        int number = Integer.parseInt(raw);
        var page = archive.pages(id).stream().filter(p -> p.number() == number).findFirst();
        java.nio.file.Path file = archive.pageImage(id, number).orElse(null);
        if (page.isEmpty() || file == null) throw new NotFoundException("no page " + number + " of document " + id);
        ctx.contentType(page.get().imageType().equals("jpeg") ? "image/jpeg" : "image/png");
        ctx.header("Content-Disposition", "inline");
        ctx.header("Cache-Control", "private, max-age=3600");
        try {
            ctx.result(java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new NotFoundException("the image of page " + number + " cannot be read from the archive folder");
        }
    }

    private void personsPage(Context ctx) {
        String q = ctx.queryParam("q");
        Ui ui = ui(ctx);
        List<PersonView> candidates = new java.util.ArrayList<>();
        if (q != null && !q.isBlank()) {
            for (var c : archive.reconcile(q, 20)) {
                String name = archive.person(c.id()).map(ui::name).orElse(c.name());
                candidates.add(new PersonView(c.id(), name, ui.t("persons.score", Math.round(c.score()))
                        + (c.match() ? " · " + ui.t("persons.match") : "") + " · " + c.description()));
            }
        }
        ctx.html(Pages.persons(ui, q, candidates, q == null || q.isBlank() ? Pages.named(ui, archive.persons()) : List.of()));
    }

    private void personPage(Context ctx) {
        String id = ctx.pathParam("id");
        java.util.Optional<ResolvedPerson> found = archive.person(id);
        if (found.isEmpty()) {
            // an id once given out names its person forever: a merged id leads to the survivor
            java.util.Optional<String> survivor = archive.survivor(id);
            if (survivor.isPresent() && !survivor.get().equals(id)) {
                ctx.redirect("/persons/" + Html.url(survivor.get()), HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            if (archive.personStatus(id).isPresent()) {
                Ui ui = ui(ctx);
                ctx.status(410).html(Pages.problem(ui, ui.t("problem.gone"), ui.t("problem.goneText", id)));
                return;
            }
            throw new NotFoundException("no person with id " + id, "notFound.person", id);
        }
        ResolvedPerson person = found.get();
        Map<String, StoredDocument> documents = new LinkedHashMap<>();
        for (var member : person.members()) {
            archive.document(member.documentId()).ifPresent(d -> documents.putIfAbsent(d.id(), d));
        }
        Accounts.Session editor = curation.editorSession(ctx);
        Map<String, List<org.tarikh.ingest.ScannedPage>> scans = new LinkedHashMap<>();
        for (String doc : documents.keySet()) {
            var pages = archive.pages(doc);
            if (!pages.isEmpty()) scans.put(doc, pages);
        }
        Ui ui = ui(ctx);
        var dossier = DossierPages.view(ui, Dossier.of(person), documents,
                Associates.of(person, archive.persons(), ExportRoutes.ASSOCIATES),
                c -> CurationPages.claimTools(c, person, editor), scans,
                other -> archive.person(other).map(ui::name).orElse(null));
        var tools = editor == null ? null : CurationPages.tools(ui, person, documents, archive.reconcile(person.name(), 8), editor);
        ctx.html(Pages.person(ui, person, documents, dossier, tools, CurationPages.audit(archive.audit(person.id()), person.id(), editor)));
    }

    /** The evidence to mark from {@code ?at=120-180}; anything else marks nothing. */
    private static Span evidence(String at) {
        if (at == null || !at.matches("\\d{1,9}-\\d{1,9}")) return null;
        String[] parts = at.split("-");
        int start = Integer.parseInt(parts[0]), end = Integer.parseInt(parts[1]);
        return start <= end ? new Span(start, end) : null;
    }

    private void apiSearch(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) throw new TarikhException("missing the query parameter q, as in /api/search?q=Аймауытов");
        ctx.json(SearchJson.results(archive.search(q, limit(ctx, 10), ctx.queryParam("after"))));
    }

    /** How many hits the pages before this one showed ({@code shown=40}), for numbering; anything else is 0. */
    private static int shown(String raw) {
        return raw != null && raw.matches("\\d{1,7}") ? Integer.parseInt(raw) : 0;
    }

    private void apiDocument(Context ctx) {
        StoredDocument doc = document(ctx.pathParam("id"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", doc.id());
        out.put("source", doc.source());
        out.put("format", doc.format());
        out.put("language", doc.language());
        out.put("title", doc.title());
        out.put("provenance", doc.provenance());
        out.put("blocks", doc.blocks());
        out.put("metadata", doc.metadata());
        out.put("text", doc.text());
        out.put("ingested_at", doc.ingestedAt());
        ctx.json(out);
    }

    private StoredDocument document(String id) {
        return archive.document(id).orElseThrow(() -> new NotFoundException("no document with id " + id, "notFound.document", id));
    }

    private static int limit(Context ctx, int fallback) {
        String raw = ctx.queryParam("limit");
        if (raw == null || raw.isBlank()) return fallback;
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit < 1 || limit > MAX_LIMIT) throw new NumberFormatException();
            return limit;
        } catch (NumberFormatException e) {
            throw new TarikhException("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + raw + "'");
        }
    }

    private void problem(Context ctx, int status, String message) {
        problem(ctx, status, message, ui -> message);
    }

    /** A problem answered as JSON with {@code message}, or as a page with {@code inLanguage} of the page's Ui. */
    private void problem(Context ctx, int status, String message, java.util.function.Function<Ui, String> inLanguage) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ReconciliationService.serves(ctx.path())) {
            ctx.json(Map.of("error", message, "status", status));
        } else {
            Ui ui;
            try {
                ui = ui(ctx);
            } catch (RuntimeException e) {
                ui = Languages.ui(ctx, java.util.Optional.empty());
            }
            ctx.html(Pages.problem(ui, ui.t(status == 404 ? "problem.notFound" : "problem.title"), inLanguage.apply(ui)));
        }
    }
}
