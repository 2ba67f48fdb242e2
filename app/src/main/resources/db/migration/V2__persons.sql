-- Persons as each document names them (the extraction stage), and archive persons resolved across documents.

CREATE TABLE document_persons (
    document_id   VARCHAR(64)  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    local_id      VARCHAR(32)  NOT NULL,             -- p1, p2, … within the document
    name          TEXT         NOT NULL,             -- display form in the document
    surname       TEXT,
    given_name    TEXT,
    patronymic    TEXT,
    initials      TEXT,                              -- space-separated, without dots
    gender        VARCHAR(8)   NOT NULL,
    PRIMARY KEY (document_id, local_id)
);

CREATE TABLE person_mentions (
    document_id   VARCHAR(64)  NOT NULL,
    local_id      VARCHAR(32)  NOT NULL,
    ordinal       INTEGER      NOT NULL,
    text          TEXT         NOT NULL,             -- exactly the document's text at that place
    start_offset  INTEGER      NOT NULL,             -- char offsets into documents.text
    end_offset    INTEGER      NOT NULL,
    PRIMARY KEY (document_id, local_id, ordinal),
    FOREIGN KEY (document_id, local_id) REFERENCES document_persons (document_id, local_id) ON DELETE CASCADE
);

-- Derived: rebuilt from document_persons by the resolver after each ingest.
CREATE TABLE persons (
    id            VARCHAR(200) NOT NULL PRIMARY KEY,
    name          TEXT         NOT NULL,
    names         TEXT         NOT NULL              -- every form seen, one per line
);

CREATE TABLE person_members (
    person_id     VARCHAR(200) NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    document_id   VARCHAR(64)  NOT NULL,
    local_id      VARCHAR(32)  NOT NULL,
    reason        TEXT         NOT NULL,             -- why this document's person is this archive person
    PRIMARY KEY (document_id, local_id)
);

CREATE INDEX person_members_person ON person_members (person_id);
