package org.tarikh.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.tarikh.store.Accounts;
import org.tarikh.web.view.Ui;

/**
 * The interface language of a request: {@code ?lang=kk|ru|en} (remembered in a cookie for a year), else the
 * remembered choice, else the browser's {@code Accept-Language} matched with {@link Locale#lookupTag}, else
 * {@link Ui#DEFAULT_LANGUAGE}. Answers vary by those headers.
 */
final class Languages {
    static final String COOKIE = "tarikh_lang";

    private Languages() {}

    static String choose(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null && Ui.LANGUAGES.contains(asked)) return asked;
        String remembered = ctx.cookie(COOKIE);
        if (remembered != null && Ui.LANGUAGES.contains(remembered)) return remembered;
        String accept = ctx.header("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(accept);
                String found = Locale.lookupTag(ranges, Ui.LANGUAGES);
                if (found != null) return found;
            } catch (IllegalArgumentException ignored) {
                // a malformed header names no language: the default
            }
        }
        return Ui.DEFAULT_LANGUAGE;
    }

    /** The request's Ui; remembers a language the address names. */
    static Ui ui(Context ctx, java.util.Optional<Accounts.Session> session) {
        String lang = choose(ctx);
        String asked = ctx.queryParam("lang");
        boolean explicit = asked != null && Ui.LANGUAGES.contains(asked);
        if (explicit && !asked.equals(ctx.cookie(COOKIE))) {
            ctx.cookie(new io.javalin.http.Cookie(COOKIE, asked, "/", 365 * 24 * 3600, false, false, null,
                    io.javalin.http.SameSite.LAX));
        }
        ctx.header("Vary", "Accept-Language, Cookie");
        Ui.Account account = session.map(s -> new Ui.Account(s.user().name(), s.user().role().wire(), s.csrfToken())).orElse(null);
        if (account != null) ctx.header("Cache-Control", "private, no-store");
        return new Ui(lang, explicit, ctx.path(), ctx.queryParamMap(), account);
    }
}
