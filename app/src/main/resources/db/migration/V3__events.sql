-- Claims: the biographical events each document states about the persons it names, with the evidence span.

CREATE TABLE document_events (
    document_id   VARCHAR(64)  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal       INTEGER      NOT NULL,
    local_id      VARCHAR(32)  NOT NULL,             -- the document person it is about
    type          VARCHAR(32)  NOT NULL,
    date          VARCHAR(64),                       -- EDTF
    place         TEXT,
    evidence      TEXT         NOT NULL,             -- the sentence that states it, as read
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    details       TEXT,                              -- key=value lines: body, articles, punishment, title, …
    PRIMARY KEY (document_id, ordinal)
);

CREATE INDEX document_events_person ON document_events (document_id, local_id);
