-- Scans: the pages of a document read by OCR, with Tesseract's lines and words (boxes in pixels of the page image,
-- spans as char offsets into documents.text) and its word confidence. The page images themselves are files in the
-- archive folder (pages/<document id>/…), which is what a user backs up; image_path is relative to that folder.

CREATE TABLE document_pages (
    document_id     VARCHAR(64)  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page            INTEGER      NOT NULL,             -- 1-based
    image_path      TEXT         NOT NULL,             -- relative to the archive folder
    image_type      VARCHAR(8)   NOT NULL,             -- png or jpeg
    width           INTEGER      NOT NULL,
    height          INTEGER      NOT NULL,
    ocr_languages   VARCHAR(32)  NOT NULL,             -- as given to Tesseract: kaz, rus+eng, …
    mean_confidence DOUBLE PRECISION NOT NULL,         -- 0-100
    seconds         DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (document_id, page)
);

CREATE TABLE page_lines (
    document_id   VARCHAR(64)  NOT NULL,
    page          INTEGER      NOT NULL,
    ordinal       INTEGER      NOT NULL,
    x             INTEGER      NOT NULL,
    y             INTEGER      NOT NULL,
    width         INTEGER      NOT NULL,
    height        INTEGER      NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    confidence    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (document_id, page, ordinal),
    FOREIGN KEY (document_id, page) REFERENCES document_pages (document_id, page) ON DELETE CASCADE
);

CREATE TABLE page_words (
    document_id   VARCHAR(64)  NOT NULL,
    page          INTEGER      NOT NULL,
    ordinal       INTEGER      NOT NULL,
    line          INTEGER      NOT NULL,             -- page_lines.ordinal
    x             INTEGER      NOT NULL,
    y             INTEGER      NOT NULL,
    width         INTEGER      NOT NULL,
    height        INTEGER      NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    confidence    DOUBLE PRECISION NOT NULL,
    ocr_text      TEXT         NOT NULL,             -- as Tesseract read it, before the text stage's repairs
    PRIMARY KEY (document_id, page, ordinal),
    FOREIGN KEY (document_id, page) REFERENCES document_pages (document_id, page) ON DELETE CASCADE
);

CREATE INDEX page_words_span ON page_words (document_id, start_offset);
