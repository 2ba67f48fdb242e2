package org.tarikh.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.tarikh.store.Accounts;

/**
 * Logins, sessions and CSRF protection of the web interface.
 *
 * <ul>
 *   <li>A session is a random token in the cookie {@value #SESSION_COOKIE} (HttpOnly, SameSite=Strict, Secure
 *       when the service's base URL is https); the database keeps only its SHA-256.</li>
 *   <li>Each session has a CSRF token, put in every form as the hidden field {@value #CSRF_FIELD} and accepted
 *       from scripts as the header {@value #CSRF_HEADER}; it is compared in constant time.</li>
 *   <li>The login form has a token of its own in the cookie {@value #LOGIN_COOKIE} (a double submit), so that
 *       no other site can log a visitor in under its own account.</li>
 *   <li>Routes marked {@link Access#EDITOR} answer 403 without a live session of an editor or admin, or without
 *       the session's CSRF token; reading needs nothing.</li>
 * </ul>
 */
public final class Authenticator {
    public static final String SESSION_COOKIE = "tarikh_session";
    public static final String LOGIN_COOKIE = "tarikh_login";
    public static final String CSRF_FIELD = "csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);
    private static final String CURRENT = Authenticator.class.getName() + ".session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final Clock clock;
    private final Duration lifetime;
    private final boolean secure;
    private final LoginThrottle throttle = new LoginThrottle();

    /**
     * @param secure whether cookies carry the Secure flag (the service is reached over https)
     */
    public Authenticator(Accounts accounts, Clock clock, Duration lifetime, boolean secure) {
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
        this.secure = secure;
    }

    /** The request's live session, if its cookie names one; looked up once per request. */
    public Optional<Accounts.Session> session(Context ctx) {
        Optional<Accounts.Session> known = ctx.attribute(CURRENT);
        if (known != null) return known;
        String token = ctx.cookie(SESSION_COOKIE);
        Optional<Accounts.Session> found = token == null ? Optional.empty() : accounts.session(token, clock.instant());
        ctx.attribute(CURRENT, found);
        return found;
    }

    /** Before a matched route: enforces what its {@link Access} role asks; routes without one pass. */
    public void guard(Context ctx) {
        boolean editor = ctx.routeRoles().contains(Access.EDITOR);
        if (!editor && !ctx.routeRoles().contains(Access.SESSION)) return;
        Accounts.Session session = session(ctx).orElseThrow(() -> new Forbidden(editor
                ? "log in first: changing the archive needs an editor's account (at /login)"
                : "no session to act on: log in first (at /login)"));
        if (editor && !session.user().role().maySubmitChanges()) {
            throw new Forbidden("the account " + session.user().name() + " is a reader's: changes need an editor or an admin");
        }
        String given = ctx.header(CSRF_HEADER);
        if (given == null) given = ctx.formParam(CSRF_FIELD);
        if (!sameToken(given, session.csrfToken())) {
            throw new Forbidden("the form's security token is missing or wrong (reload the page and try again)");
        }
    }

    /** A fresh login-form token, also set as the cookie {@value #LOGIN_COOKIE} that the form's post must bring. */
    public String loginFormToken(Context ctx) {
        String token = randomToken();
        ctx.cookie(cookie(LOGIN_COOKIE, token, "/login", (int) Duration.ofHours(1).toSeconds()));
        return token;
    }

    /**
     * Checks a posted login: the form's token, the throttle, then the password. A success opens a session and
     * sets its cookie; a wrong name or password answers empty (the same for both, so names cannot be probed).
     *
     * @throws Forbidden when the form's token does not match its cookie
     * @throws TooManyAttempts when earlier failures for the name or the address ask for a pause
     */
    public Optional<Accounts.Session> logIn(Context ctx, String name, String password, String formToken) {
        if (!sameToken(formToken, ctx.cookie(LOGIN_COOKIE))) {
            throw new Forbidden("the login form has expired or was not sent by this site: open /login again");
        }
        Instant now = clock.instant();
        long wait = throttle.waitSeconds(name, ctx.ip(), now);
        if (wait > 0) throw new TooManyAttempts(wait);
        Optional<Accounts.User> user = accounts.authenticate(name, password);
        if (user.isEmpty()) {
            throttle.failed(name, ctx.ip(), now);
            return Optional.empty();
        }
        throttle.succeeded(name);
        Optional<Accounts.Session> previous = session(ctx);
        previous.ifPresent(s -> accounts.closeSession(s.token())); // a new login never keeps an old session id
        Accounts.Session session = accounts.openSession(user.get(), now, lifetime);
        ctx.cookie(cookie(SESSION_COOKIE, session.token(), "/", (int) lifetime.toSeconds()));
        ctx.cookie(cookie(LOGIN_COOKIE, "", "/login", 0));
        ctx.attribute(CURRENT, Optional.of(session));
        return Optional.of(session);
    }

    /** Ends the request's session (the route is guarded by {@link Access#SESSION}) and clears its cookie. */
    public void logOut(Context ctx) {
        session(ctx).ifPresent(s -> accounts.closeSession(s.token()));
        ctx.cookie(cookie(SESSION_COOKIE, "", "/", 0));
        ctx.attribute(CURRENT, Optional.empty());
    }

    private Cookie cookie(String name, String value, String path, int maxAge) {
        return new Cookie(name, value, path, maxAge, secure, true, null, SameSite.STRICT);
    }

    /** Constant-time comparison of a token given by the client with the expected one. */
    static boolean sameToken(String given, String expected) {
        if (given == null || expected == null || given.isEmpty()) return false;
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
