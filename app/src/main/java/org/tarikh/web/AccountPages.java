package org.tarikh.web;

import java.util.Optional;
import org.tarikh.store.Accounts;
import org.tarikh.web.auth.Authenticator;

/**
 * The login page and the account part of every page's header. The header is filled in per request: the shared
 * layout leaves {@link #MARKER} where it goes (a marker no escaped value can contain, as escaping turns its
 * {@code <} into {@code &lt;}).
 */
final class AccountPages {
    static final String MARKER = "<!--tarikh:account-->";

    private AccountPages() {}

    /** "Log in", or the user's name and role with a log-out button. */
    static String nav(Optional<Accounts.Session> session, String here) {
        if (session.isEmpty()) {
            return "<a class=\"login\" id=\"login-link\" href=\"/login?next=" + Html.url(here) + "\">Log in</a>";
        }
        Accounts.User user = session.get().user();
        return "<span class=\"account\" id=\"account\">" + Html.text(user.name()) + " <span class=\"role\">"
                + Html.text(user.role().wire()) + "</span></span>"
                + "<form class=\"logout\" method=\"post\" action=\"/logout\">" + csrfField(session.get())
                + "<button type=\"submit\" id=\"logout\">Log out</button></form>";
    }

    /** The hidden field that carries the session's CSRF token in a form that changes something. */
    static String csrfField(Accounts.Session session) {
        return "<input type=\"hidden\" name=\"" + Authenticator.CSRF_FIELD + "\" value=\"" + Html.text(session.csrfToken()) + "\">";
    }

    static String login(String formToken, String next, String name, String problem) {
        StringBuilder body = new StringBuilder("<section class=\"login\"><h1>Log in</h1>\n");
        body.append("<p class=\"help\">Reading the archive needs no account; editors log in to correct persons and claims.</p>\n");
        if (problem != null) body.append("<p class=\"problem\" role=\"alert\" id=\"login-problem\">").append(Html.text(problem)).append("</p>\n");
        body.append("<form method=\"post\" action=\"/login\" class=\"login\">\n")
                .append("<input type=\"hidden\" name=\"login_token\" value=\"").append(Html.text(formToken)).append("\">\n")
                .append("<input type=\"hidden\" name=\"next\" value=\"").append(Html.text(next)).append("\">\n")
                .append("<label>Name <input name=\"name\" id=\"name\" autocomplete=\"username\" required value=\"")
                .append(Html.text(name == null ? "" : name)).append("\"></label>\n")
                .append("<label>Password <input name=\"password\" id=\"password\" type=\"password\" "
                        + "autocomplete=\"current-password\" required></label>\n")
                .append("<button type=\"submit\" id=\"log-in\">Log in</button>\n</form></section>\n");
        return Pages.layout("Log in", "", body.toString());
    }

    /** A path of this site to go back to after logging in; anything else (another site, {@code //host}) is "/". */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.length() > 2000 || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return next;
    }
}
