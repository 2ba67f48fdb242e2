package org.tarikh.web.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed logins in a row for one user name, or
 * {@value #FREE_FAILURES_PER_ADDRESS} from one client address, further attempts are refused without checking the
 * password for a pause that doubles with each further failure (from {@link #FIRST_PAUSE} up to {@link #MAX_PAUSE}).
 * A successful login clears the name's count. In memory: a restart forgets it.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration MAX_PAUSE = Duration.ofHours(1);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Seconds to wait before the next attempt for this name or address; 0 when it may go ahead. */
    long waitSeconds(String name, String address, Instant now) {
        long wait = 0;
        for (String key : new String[] {nameKey(name), addressKey(address)}) {
            Failures f = failures.get(key);
            if (f != null && f.blockedUntil() != null && now.isBefore(f.blockedUntil())) {
                wait = Math.max(wait, Math.max(1, Duration.between(now, f.blockedUntil()).toSeconds()));
            }
        }
        return wait;
    }

    void failed(String name, String address, Instant now) {
        if (failures.size() > MAX_TRACKED) failures.entrySet().removeIf(e -> e.getValue().last().isBefore(now.minus(MAX_PAUSE)));
        count(nameKey(name), FREE_FAILURES, now);
        count(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
    }

    void succeeded(String name) {
        failures.remove(nameKey(name));
    }

    private void count(String key, int free, Instant now) {
        failures.compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant blocked = null;
            if (count >= free) {
                int doublings = Math.min(20, count - free);
                Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
                blocked = now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
            }
            return new Failures(count, now, blocked);
        });
    }

    private static String nameKey(String name) {
        return "name:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
