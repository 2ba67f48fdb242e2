-- Accounts of the archive's readers and editors, and their web sessions. Reading needs no account; every write
-- through the web needs a session of an editor or an admin.

CREATE TABLE users (
    name           VARCHAR(64)  NOT NULL PRIMARY KEY,  -- the login name, also the editor's name in the audit
    password_hash  TEXT         NOT NULL,              -- bcrypt ($2b$…): never the password itself
    role           VARCHAR(16)  NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
    created_at     VARCHAR(40)  NOT NULL,
    password_set   VARCHAR(40)  NOT NULL
);

CREATE TABLE sessions (
    token_hash     VARCHAR(64)  NOT NULL PRIMARY KEY,  -- SHA-256 (hex) of the cookie's token: a copy of the
                                                       -- database lets nobody act as the session's user
    user_name      VARCHAR(64)  NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    created_at     VARCHAR(40)  NOT NULL,
    expires_at     BIGINT       NOT NULL,              -- epoch milliseconds, UTC
    csrf_token     VARCHAR(64)  NOT NULL               -- put in every form of the session and checked on each write
);

CREATE INDEX sessions_user ON sessions (user_name);
