-- Permanent person ids, incremental resolution, and the editors' decisions with their audit trail.
-- Written in the SQL that SQLite and PostgreSQL share.

-- Blocking keys of each document person (computed by the resolver): resolution of a new document reads only the
-- persons that share one of them, never the whole archive.
ALTER TABLE document_persons ADD COLUMN family_key TEXT;
ALTER TABLE document_persons ADD COLUMN surname_frame TEXT;
ALTER TABLE document_persons ADD COLUMN family_frame TEXT;
CREATE INDEX document_persons_family ON document_persons (family_key);
CREATE INDEX document_persons_surname_frame ON document_persons (surname_frame, family_key);
CREATE INDEX document_persons_family_frame ON document_persons (family_frame, family_key);

-- 1 once the persons this version of the document names are resolved.
ALTER TABLE documents ADD COLUMN resolved INTEGER NOT NULL DEFAULT 0;
CREATE INDEX documents_unresolved ON documents (resolved);

-- A claim's id: stable across re-ingest while the document states the same thing in the same sentence.
ALTER TABLE document_events ADD COLUMN claim_id VARCHAR(40);
CREATE INDEX document_events_claim ON document_events (claim_id);

-- Every person id ever given out stays here: active, merged (redirect_to names the survivor), or gone (no
-- document names the person any more). Ids are never reused.
ALTER TABLE persons ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'active';
ALTER TABLE persons ADD COLUMN redirect_to VARCHAR(200);
ALTER TABLE persons ADD COLUMN created_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX persons_status ON persons (status);
CREATE INDEX persons_redirect ON persons (redirect_to);
CREATE INDEX persons_created ON persons (created_seq);

-- An editor's decision that a document person is a given archive person (a merge or a split): a constraint that
-- automatic resolution never undoes.
CREATE TABLE person_pins (
    document_id   VARCHAR(64)  NOT NULL,
    local_id      VARCHAR(64)  NOT NULL,
    person_id     VARCHAR(200) NOT NULL,
    change_id     VARCHAR(40)  NOT NULL,
    -- what the change found, kept on the row so that it follows the mention when re-ingest renumbers it:
    before_person     VARCHAR(200),                  -- the person the mention was in
    before_pin_person VARCHAR(200),                  -- the pin the change replaced, if any
    before_pin_change VARCHAR(40),
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX person_pins_person ON person_pins (person_id);
CREATE INDEX person_pins_change ON person_pins (change_id);

-- An editor's judgement of a claim a document states: accepted, rejected (it stays visible, with the reason) or
-- corrected (the corrected date or place, the source's own reading kept beside it).
CREATE TABLE claim_decisions (
    claim_id      VARCHAR(40)  NOT NULL PRIMARY KEY,
    status        VARCHAR(16)  NOT NULL,
    date          VARCHAR(64),
    place         TEXT,
    reason        TEXT         NOT NULL,
    editor        VARCHAR(200) NOT NULL,
    at            VARCHAR(40)  NOT NULL,
    change_id     VARCHAR(40)  NOT NULL
);

-- A claim an editor adds, with the source it comes from.
CREATE TABLE editor_claims (
    id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    person_id     VARCHAR(200) NOT NULL,
    type          VARCHAR(32)  NOT NULL,
    date          VARCHAR(64),
    place         TEXT,
    source        TEXT         NOT NULL,
    quote         TEXT,
    status        VARCHAR(16)  NOT NULL,            -- active, or withdrawn by an undo
    editor        VARCHAR(200) NOT NULL,
    at            VARCHAR(40)  NOT NULL,
    change_id     VARCHAR(40)  NOT NULL
);
CREATE INDEX editor_claims_person ON editor_claims (person_id);

-- The name an editor prefers for a person in one language.
CREATE TABLE person_names (
    person_id     VARCHAR(200) NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    name          TEXT         NOT NULL,
    change_id     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (person_id, language)
);

-- One row per editorial change: who, when, what, why, and the rows it touched before and after (JSON).
CREATE TABLE audit_events (
    change_id     VARCHAR(40)  NOT NULL PRIMARY KEY,
    seq           BIGINT       NOT NULL,
    at            VARCHAR(40)  NOT NULL,
    editor        VARCHAR(200) NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    reason        TEXT         NOT NULL,
    before_state  TEXT         NOT NULL,
    after_state   TEXT         NOT NULL,
    persons       TEXT         NOT NULL,            -- the person ids the change concerns, space-separated
    undoes        VARCHAR(40),
    undone_by     VARCHAR(40)
);
CREATE INDEX audit_events_seq ON audit_events (seq);

CREATE TABLE archive_settings (
    name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    value         TEXT         NOT NULL
);
