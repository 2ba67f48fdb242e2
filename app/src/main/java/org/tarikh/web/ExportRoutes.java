package org.tarikh.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tarikh.TarikhException;
import org.tarikh.archive.Archive;
import org.tarikh.export.EacCpf;
import org.tarikh.export.PersonExports;
import org.tarikh.resolve.Associates;
import org.tarikh.resolve.Register;
import org.tarikh.resolve.ResolvedPerson;
import org.tarikh.store.NotFoundException;
import org.tarikh.store.StoredDocument;

/**
 * The register and the exports of persons with their claims and sources.
 *
 * <ul>
 *   <li>{@code GET /register/review}: the rows of imported register files that fit more than one person, for an
 *       editor (written by {@code tarikh import-register});</li>
 *   <li>{@code GET /register?year=&place=&sentence=&body=}: the register page; {@code GET /register.csv} with the
 *       same filters: the rows as CSV (RFC 4180, UTF-8 with a byte order mark for Excel unless {@code ?bom=false};
 *       fields a spreadsheet would run as formulas begin with a single quote, see {@link org.tarikh.export.Csv}).</li>
 *   <li>{@code GET /api/persons/{id}.jsonld}: one person as schema.org JSON-LD; {@code GET /export/persons.jsonld}:
 *       every person ({@code @graph}); {@code GET /export/persons.csv}: every claim of every person.</li>
 *   <li>{@code GET /export/eac-cpf/{id}.xml}: one person as an EAC-CPF authority record.</li>
 *   <li>{@code GET /vocab}: Tarikh's own JSON-LD terms (the {@code tarikh:} namespace of the context).</li>
 * </ul>
 * Thread-safe: holds nothing but the archive, which is.
 */
final class ExportRoutes {
    static final int ASSOCIATES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Archive archive;
    private final Supplier<String> base;

    /** @param base the public base URL for links and {@code @id}s, never the request's Host */
    private final java.util.function.Function<io.javalin.http.Context, org.tarikh.web.view.Ui> ui;

    ExportRoutes(Archive archive, Supplier<String> base, java.util.function.Function<io.javalin.http.Context, org.tarikh.web.view.Ui> ui) {
        this.archive = archive;
        this.base = base;
        this.ui = ui;
    }

    void register(JavalinConfig config) {
        config.routes.get("/register", ctx -> {
            List<Register.Row> all = Register.rows(archive.persons());
            Register.Filter filter = filter(ctx);
            var page = ui.apply(ctx);
            ctx.html(RegisterPages.page(page, all, Register.filter(all, filter), filter,
                    id -> archive.person(id).map(page::name).orElse(null)));
        });
        config.routes.get("/register/review", ctx -> ctx.html(RegisterPages.review(ui.apply(ctx), archive.registerReview())));
        config.routes.get("/register.csv", ctx -> csv(ctx, "register.csv",
                PersonExports.registerCsv(Register.filter(Register.rows(archive.persons()), filter(ctx)), bom(ctx))));
        config.routes.get("/export/persons.csv", ctx -> csv(ctx, "persons.csv", PersonExports.claimsCsv(archive.persons(), bom(ctx))));
        config.routes.get("/api/persons/{file}", ctx -> {
            ResolvedPerson person = person(ctx, ".jsonld");
            jsonLd(ctx, PersonExports.jsonLd(person, baseUrl(ctx), titles()));
        });
        config.routes.get("/vocab", ctx -> jsonLd(ctx, PersonExports.vocabulary(baseUrl(ctx))));
        config.routes.get("/export/persons.jsonld",
                ctx -> jsonLd(ctx, PersonExports.jsonLdGraph(archive.persons(), baseUrl(ctx), titles())));
        config.routes.get("/export/eac-cpf/{file}", ctx -> {
            ResolvedPerson person = person(ctx, ".xml");
            String xml = EacCpf.write(person, baseUrl(ctx), titles(),
                    Associates.of(person, archive.persons(), ASSOCIATES), Instant.now());
            ctx.contentType("application/xml; charset=utf-8").result(xml);
        });
    }

    static Register.Filter filter(Context ctx) {
        String year = ctx.queryParam("year");
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                throw new TarikhException("year must be a year such as 1937, not '" + year + "'");
            }
        }
        return new Register.Filter(y, ctx.queryParam("place"), ctx.queryParam("sentence"), ctx.queryParam("body"));
    }

    /** {@code ?bom=false} (or 0, no) leaves the byte order mark out; by default it is there, for Excel. */
    static boolean bom(Context ctx) {
        String raw = ctx.queryParam("bom");
        if (raw == null || raw.isBlank()) return true;
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new TarikhException("bom must be true or false, not '" + raw + "'");
        };
    }

    private ResolvedPerson person(Context ctx, String suffix) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(suffix)) throw new NotFoundException("no export at " + ctx.path() + "; try " + suffix);
        String id = file.substring(0, file.length() - suffix.length());
        return archive.personNamedBy(id).orElseThrow(() -> new NotFoundException("no person with id " + id, "notFound.person", id));
    }

    /** Document titles by id, each document read once per request. */
    private Function<String, String> titles() {
        Map<String, Optional<String>> cache = new HashMap<>();
        return id -> cache.computeIfAbsent(id, k -> archive.document(k).map(StoredDocument::title)).orElse(null);
    }

    private String baseUrl(Context ctx) {
        return base.get();
    }

    private static void csv(Context ctx, String name, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType("text/csv; charset=utf-8; header=present").result(body);
    }

    private static void jsonLd(Context ctx, Map<String, Object> node) throws JsonProcessingException {
        ctx.contentType("application/ld+json; charset=utf-8").result(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }
}
