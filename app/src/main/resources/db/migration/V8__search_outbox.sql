-- The outbox of the search index: a row per stored change the index has not yet taken, written in the same
-- transaction as the change and deleted once the index has committed that version. A process killed between the
-- database and the index leaves the row, and the next one indexes it. On PostgreSQL several processes consume it at
-- once, each claiming rows the others have not (FOR UPDATE SKIP LOCKED). Replaces documents.indexed, which could
-- only say "some version is indexed" and so lost a version written by one process while another indexed the last.
-- Written in the SQL that SQLite and PostgreSQL share.

CREATE TABLE search_outbox (
    document_id   VARCHAR(64)  NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,             -- the version to index
    queued_at     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (document_id, content_hash)
);
CREATE INDEX search_outbox_queued ON search_outbox (queued_at);

INSERT INTO search_outbox (document_id, content_hash, queued_at)
    SELECT id, content_hash, ingested_at FROM documents WHERE indexed = 0;

DROP INDEX documents_unindexed;
ALTER TABLE documents DROP COLUMN indexed;
