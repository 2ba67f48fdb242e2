package org.tarikh.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.tarikh.TarikhException;

/**
 * The archive's user accounts and their web sessions, in the archive's own database (tables {@code users} and
 * {@code sessions}).
 *
 * <p>Passwords are kept only as bcrypt hashes (Spring Security's {@link BCrypt}, cost {@value #COST}); a session
 * is kept only as the SHA-256 of its token, so a copy of the database (a backup) lets nobody act as a logged-in
 * user. Times are passed in by the caller, so that the web layer's clock alone decides what has expired.
 *
 * <p>Thread-safe: each call takes its own handle.
 */
public final class Accounts {
    /** What an account may do: every account may log in; writes need {@link #EDITOR} or {@link #ADMIN}. */
    public enum Role {
        READER, EDITOR, ADMIN;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean maySubmitChanges() {
            return this != READER;
        }

        public static Role of(String wire) {
            if (wire != null) {
                for (Role r : values()) if (r.wire().equals(wire.strip().toLowerCase(Locale.ROOT))) return r;
            }
            throw new TarikhException("unknown role '" + wire + "': use reader, editor or admin");
        }
    }

    public record User(String name, Role role, String createdAt) {}

    /**
     * A web session. {@code token} is what the cookie carries: known only to the session just created and to the
     * one looked up by it, never read back from the database.
     */
    public record Session(String token, String csrfToken, User user, Instant expires) {}

    static final int COST = 11;
    /** bcrypt reads at most 72 bytes of a password; a longer one would be silently cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MIN_PASSWORD_CHARS = 8;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Checked against when the name is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String DUMMY_HASH = BCrypt.hashpw("not a password of anyone", BCrypt.gensalt(COST, RANDOM));

    private final Jdbi jdbi;

    Accounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public User add(String name, String password, Role role, Instant now) {
        checkName(name);
        String hash = hash(password);
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM users WHERE name = :name").bind("name", name)
                    .mapTo(Integer.class).one() > 0) {
                throw new TarikhException("a user named '" + name + "' exists already (change the password with: user passwd " + name + ")");
            }
            h.createUpdate("""
                    INSERT INTO users (name, password_hash, role, created_at, password_set)
                    VALUES (:name, :hash, :role, :now, :now)""")
                    .bind("name", name).bind("hash", hash).bind("role", role.wire()).bind("now", now.toString())
                    .execute();
            return new User(name, role, now.toString());
        });
    }

    public List<User> users() {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, role, created_at FROM users ORDER BY name")
                .map((rs, ctx) -> new User(rs.getString(1), Role.of(rs.getString(2)), rs.getString(3))).list());
    }

    public Optional<User> user(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, role, created_at FROM users WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> new User(rs.getString(1), Role.of(rs.getString(2)), rs.getString(3))).findOne());
    }

    /** Sets a new password and ends every session of the user, so a stolen session does not outlive the change. */
    public void setPassword(String name, String password, Instant now) {
        String hash = hash(password);
        jdbi.useTransaction(h -> {
            int changed = h.createUpdate("UPDATE users SET password_hash = :hash, password_set = :now WHERE name = :name")
                    .bind("hash", hash).bind("now", now.toString()).bind("name", name).execute();
            if (changed == 0) throw noSuchUser(name);
            h.createUpdate("DELETE FROM sessions WHERE user_name = :name").bind("name", name).execute();
        });
    }

    /** Changes the role; open sessions get the new role at once (a session reads the role on each request). */
    public void setRole(String name, Role role) {
        int changed = jdbi.withHandle(h -> h.createUpdate("UPDATE users SET role = :role WHERE name = :name")
                .bind("role", role.wire()).bind("name", name).execute());
        if (changed == 0) throw noSuchUser(name);
    }

    /** The user, when the name exists and the password is its password. */
    public Optional<User> authenticate(String name, String password) {
        if (name == null || password == null) return Optional.empty();
        Optional<String> stored = jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        if (stored.isEmpty() || given.length > MAX_PASSWORD_BYTES) {
            BCrypt.checkpw("not a password of anyone either", DUMMY_HASH);
            return Optional.empty();
        }
        return BCrypt.checkpw(given, stored.get()) ? user(name) : Optional.empty();
    }

    /** Opens a session for the user; also forgets the sessions that have expired. */
    public Session openSession(User user, Instant now, Duration lifetime) {
        String token = randomToken();
        String csrf = randomToken();
        Instant expires = now.plus(lifetime);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now").bind("now", now.toEpochMilli()).execute();
            h.createUpdate("""
                    INSERT INTO sessions (token_hash, user_name, created_at, expires_at, csrf_token)
                    VALUES (:hash, :user, :created, :expires, :csrf)""")
                    .bind("hash", sha256(token)).bind("user", user.name()).bind("created", now.toString())
                    .bind("expires", expires.toEpochMilli()).bind("csrf", csrf).execute();
        });
        return new Session(token, csrf, user, expires);
    }

    /** The live session of a token: none when the token is unknown or the session has expired. */
    public Optional<Session> session(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.csrf_token, s.expires_at, u.name, u.role, u.created_at
                        FROM sessions s JOIN users u ON u.name = s.user_name
                        WHERE s.token_hash = :hash AND s.expires_at > :now""")
                .bind("hash", sha256(token)).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Session(token, rs.getString(1),
                        new User(rs.getString(3), Role.of(rs.getString(4)), rs.getString(5)),
                        Instant.ofEpochMilli(rs.getLong(2))))
                .findOne());
    }

    public void closeSession(String token) {
        if (token == null) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                .bind("hash", sha256(token)).execute());
    }

    /** Forgets every session (after a restore: sessions of the copied database belong to another time). */
    public void closeAllSessions() {
        jdbi.useHandle(h -> h.execute("DELETE FROM sessions"));
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new TarikhException("a user name is 1 to 64 letters, digits, dots, hyphens or underscores, not '"
                    + name + "'");
        }
    }

    private static String hash(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_CHARS) {
            throw new TarikhException("a password needs at least " + MIN_PASSWORD_CHARS + " characters");
        }
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_PASSWORD_BYTES) {
            throw new TarikhException("a password may have at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8 (bcrypt ignores the rest); this one has " + bytes.length);
        }
        return BCrypt.hashpw(bytes, BCrypt.gensalt(COST, RANDOM));
    }

    private static TarikhException noSuchUser(String name) {
        return new TarikhException("no user named '" + name + "' (see: user list)");
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
