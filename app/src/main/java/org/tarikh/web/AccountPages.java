package org.tarikh.web;

import org.tarikh.web.view.Ui;

/** The login page; the account part of every page's header is the layout's ({@code tag/account.jte}). */
final class AccountPages {
    private AccountPages() {}

    /** @param problem what went wrong, in the reader's language; null for none */
    static String login(Ui ui, String formToken, String next, String name, String problem) {
        return Templates.render("login", "ui", ui, "token", formToken, "next", next, "name", name, "problem", problem);
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
