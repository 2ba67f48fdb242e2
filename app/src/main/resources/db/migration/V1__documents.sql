-- Documents as read, with their provenance, paragraph blocks and archive references.
-- Written in the SQL that SQLite and PostgreSQL share, so one schema serves both stores.

CREATE TABLE documents (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY, -- stable: derived from the file's absolute path
    source        TEXT         NOT NULL,             -- the path as the user gave it
    location      TEXT         NOT NULL UNIQUE,      -- the absolute path: identity of the file
    content_hash  VARCHAR(64)  NOT NULL,             -- SHA-256 of the bytes: ingestion is idempotent on it
    format        VARCHAR(32)  NOT NULL,
    language      VARCHAR(8),
    title         TEXT,
    publisher     TEXT,
    author        TEXT,
    translator    TEXT,
    published     TEXT,
    cited_source  TEXT,
    text          TEXT         NOT NULL,             -- the text as read: every offset refers to it
    searchable    TEXT         NOT NULL,             -- repaired text, boilerplate blanked: what is indexed
    byte_size     BIGINT       NOT NULL,
    ingested_at   VARCHAR(40)  NOT NULL,
    indexed       INTEGER      NOT NULL DEFAULT 0    -- 1 once the search index has committed this version
);

CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_unindexed ON documents (indexed);

CREATE TABLE document_blocks (
    document_id   VARCHAR(64)  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal       INTEGER      NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    kind          VARCHAR(16)  NOT NULL,             -- TEXT or BOILERPLATE
    language      VARCHAR(8),
    reason        TEXT,                              -- why a block is boilerplate
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE archive_references (
    document_id   VARCHAR(64)  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal       INTEGER      NOT NULL,
    text          TEXT         NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    archive       TEXT,
    fond          TEXT,
    inventory     TEXT,
    file          TEXT,
    sheet         TEXT,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE document_metadata (
    document_id   VARCHAR(64)  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    name          VARCHAR(200) NOT NULL,
    value         TEXT         NOT NULL,
    PRIMARY KEY (document_id, name)
);
