package org.tarikh.web.auth;

/** A login refused because of earlier failures for the same name or address: answered 429 with Retry-After. */
public final class TooManyAttempts extends RuntimeException {
    private final long retryAfterSeconds;

    public TooManyAttempts(long retryAfterSeconds) {
        super("too many failed logins; try again in " + retryAfterSeconds + " s", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
