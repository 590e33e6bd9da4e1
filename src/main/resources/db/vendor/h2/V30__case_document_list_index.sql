-- Issue 15, the list of a case's documents a page at a time, newest first. PostgreSQL's V30 is a partial index
-- holding only the current documents (not superseded, not removed); H2 (demo run) has no partial index, so this
-- is a plain index on the same columns.
create index ix_bcd_case_document_current on bcd_case_document (case_id, added_at desc, id desc);
