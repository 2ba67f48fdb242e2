package org.tarikh.web.auth;

import io.javalin.security.RouteRole;

/**
 * What a route needs beyond reading, which stays open to everyone. {@link Authenticator#guard} enforces it before
 * the route's handler runs.
 */
public enum Access implements RouteRole {
    /** A live session and its CSRF token (logging out). */
    SESSION,
    /** A write to the archive: a live session of an editor or an admin, and its CSRF token. */
    EDITOR
}
