package org.tarikh.web.auth;

/** A request refused for want of a login, a role or a valid CSRF token: answered 403 with the message. */
public final class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message, null, false, false);
    }
}
