-- Register imports (tarikh import-register): the rows of a register file that went in, one per document person
-- of the file, with the row's values that are no claim, and the rows an editor should look at.

CREATE TABLE register_rows (
    document_id   VARCHAR(64)  NOT NULL,
    local_id      VARCHAR(32)  NOT NULL,             -- r17: the document person the row is
    line          INTEGER      NOT NULL,             -- the line of the CSV file, the row number of the sheet
    details       TEXT,                              -- key=value lines: nationality, occupation, source, other columns
    review        TEXT,                              -- null, or why an editor should look (the persons it fits)
    PRIMARY KEY (document_id, local_id),
    FOREIGN KEY (document_id, local_id) REFERENCES document_persons (document_id, local_id) ON DELETE CASCADE
);

CREATE INDEX register_rows_review ON register_rows (review);
