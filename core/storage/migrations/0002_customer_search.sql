-- Version 2: full-text search over customers.
-- search_text is derived by the application (Chinese characters spaced out,
-- pinyin, phone digit suffixes: see core/storage/SearchText.h); the C++ part of
-- this migration fills it for existing rows. The FTS5 index reads it through
-- external content and triggers keep the two in step.

ALTER TABLE customers ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE customers_fts USING fts5(
    search_text,
    content = 'customers',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
END;

CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
    INSERT INTO customers_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;

-- An external-content index must start out in step with its table, or the
-- triggers' 'delete' of a row it never saw corrupts it.
INSERT INTO customers_fts (customers_fts) VALUES ('rebuild');
