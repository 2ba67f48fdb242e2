-- Online resolution (issue 11): a new mention joins an existing person without its family being read again when the
-- resolver's rule allows it (PersonResolver.onlineJoin). Written in the SQL that SQLite and PostgreSQL share.

-- The family key and the core of the given name: the persons of a family who may bear one given name.
ALTER TABLE document_persons ADD COLUMN name_key TEXT;
-- The surname key, the given name key and the sex that the mention gives.
ALTER TABLE document_persons ADD COLUMN form_key TEXT;
CREATE INDEX document_persons_name ON document_persons (name_key, form_key);
