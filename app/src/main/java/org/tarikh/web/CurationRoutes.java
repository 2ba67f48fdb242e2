package org.tarikh.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.archive.Curator;
import org.tarikh.extract.EventType;
import org.tarikh.store.Accounts;
import org.tarikh.web.auth.Access;
import org.tarikh.web.auth.Authenticator;

/**
 * The editors' writes through the web: each a POST guarded by {@link Access#EDITOR} (an editor's or admin's
 * session and its CSRF token), each acting as the logged-in user through the archive's {@link Curator}, so every
 * one is an audit event with its reason. A form's post answers 303 back to the person's page; a script that asks
 * for JSON ({@code Accept: application/json}) gets {@code {"change", "action", "person"}}.
 *
 * <ul>
 *   <li>{@code POST /persons/{id}/merge} ({@code other}, {@code reason}); {@code POST /persons/{id}/split}
 *       ({@code documents}, one per checked document, {@code reason});</li>
 *   <li>{@code POST /claims/{claim}/reject|accept|correct} ({@code reason}; correct also {@code date},
 *       {@code place}); {@code POST /persons/{id}/claims} (add: {@code type}, {@code date}, {@code place},
 *       {@code source}, {@code quote}, {@code reason});</li>
 *   <li>{@code POST /persons/{id}/names} ({@code language}, {@code name}, {@code reason});
 *       {@code POST /changes/{change}/undo} ({@code reason}).</li>
 * </ul>
 */
final class CurationRoutes {
    private final Archive archive;
    private final Authenticator auth;

    private final java.util.function.Function<Context, org.tarikh.web.view.Ui> ui;

    CurationRoutes(Archive archive, Authenticator auth, java.util.function.Function<Context, org.tarikh.web.view.Ui> ui) {
        this.archive = archive;
        this.auth = auth;
        this.ui = ui;
    }

    void register(io.javalin.config.RoutesConfig routes) {
        routes.post("/persons/{id}/merge", this::merge, Access.EDITOR);
        routes.post("/persons/{id}/split", this::split, Access.EDITOR);
        routes.post("/persons/{id}/claims", this::addClaim, Access.EDITOR);
        routes.post("/persons/{id}/names", this::preferredName, Access.EDITOR);
        routes.post("/claims/{claim}/{action}", this::claim, Access.EDITOR);
        routes.post("/changes/{change}/undo", this::undo, Access.EDITOR);
        routes.get("/audit", ctx -> ctx.html(CurationPages.auditPage(ui.apply(ctx), archive.audit(null), editorSession(ctx))));
    }

    /** The request's session when it is an editor's or admin's on a writable archive: who sees the forms. */
    Accounts.Session editorSession(Context ctx) {
        if (!archive.writable()) return null;
        return auth.session(ctx).filter(s -> s.user().role().maySubmitChanges()).orElse(null);
    }

    /** Writes need a writable archive; a server that opened its archive read-only says so (503). */
    static final class ReadOnly extends RuntimeException {
        ReadOnly() {
            super("this server opened the archive read-only (another process was writing to it, or it was started "
                    + "with --read-only): restart 'tarikh serve' to make changes", null, false, false);
        }
    }

    private Curator curator() {
        if (!archive.writable()) throw new ReadOnly();
        return archive.curator();
    }

    private String editor(Context ctx) {
        return auth.session(ctx).orElseThrow().user().name();
    }

    private void merge(Context ctx) {
        String other = required(ctx, "other", "the id of the person to merge with");
        done(ctx, curator().merge(editor(ctx), ctx.formParam("reason"), ctx.pathParam("id"), other.strip()), null);
    }

    private void split(Context ctx) {
        List<String> documents = ctx.formParams("documents");
        if (documents.isEmpty()) throw new TarikhException("check the documents whose mentions are another person");
        done(ctx, curator().split(editor(ctx), ctx.formParam("reason"), ctx.pathParam("id"), documents), ctx.pathParam("id"));
    }

    private void claim(Context ctx) {
        String claim = ctx.pathParam("claim");
        String reason = ctx.formParam("reason");
        Curator.Change change = switch (ctx.pathParam("action")) {
            case "reject" -> curator().rejectClaim(editor(ctx), reason, claim);
            case "accept" -> curator().acceptClaim(editor(ctx), reason, claim);
            case "correct" -> curator().correctClaim(editor(ctx), reason, claim, blankToNull(ctx.formParam("date")),
                    blankToNull(ctx.formParam("place")));
            default -> throw new org.tarikh.store.NotFoundException("no such action on a claim: " + ctx.pathParam("action"));
        };
        done(ctx, change, ctx.formParam("person"));
    }

    private void addClaim(Context ctx) {
        EventType type;
        try {
            type = EventType.of(required(ctx, "type", "the type of event"));
        } catch (IllegalArgumentException e) {
            throw new TarikhException("unknown type of event '" + ctx.formParam("type") + "'");
        }
        done(ctx, curator().addClaim(editor(ctx), ctx.formParam("reason"), ctx.pathParam("id"), type,
                blankToNull(ctx.formParam("date")), blankToNull(ctx.formParam("place")),
                required(ctx, "source", "the source of the claim"), blankToNull(ctx.formParam("quote"))), null);
    }

    private void preferredName(Context ctx) {
        done(ctx, curator().setPreferredName(editor(ctx), ctx.formParam("reason"), ctx.pathParam("id"),
                required(ctx, "language", "the language of the name"), required(ctx, "name", "the name")), null);
    }

    private void undo(Context ctx) {
        done(ctx, curator().undo(editor(ctx), ctx.formParam("reason"), ctx.pathParam("change")), ctx.formParam("person"));
    }

    /** Back to the page of the person the change leaves (the survivor of a merge), at its audit; or JSON. */
    private static void done(Context ctx, Curator.Change change, String page) {
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/json")) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("change", change.id());
            out.put("action", change.action());
            out.put("person", change.person());
            ctx.json(out);
            return;
        }
        String person = change.person() != null ? change.person() : page;
        ctx.redirect(person == null ? "/audit" : "/persons/" + Html.url(person) + "#audit", HttpStatus.SEE_OTHER);
    }

    private static String required(Context ctx, String field, String what) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) throw new TarikhException("missing " + what + " (form field " + field + ")");
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
