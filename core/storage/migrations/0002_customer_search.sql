-- Version 2: full-text search over customers.
-- search_text is derived by the application (Chinese characters spaced out,
-- pinyin, phone digit suffixes: see core/storage/SearchText.h); the C++ part of
-- this migration fills it for existing rows.
--
-- The index is contentless (the text already lives in customers.search_text)
-- and holds live customers only: soft-deleted ones leave it, so a search never
-- has to skip them. The prefix index makes short prefix queries ("li", "a")
-- read one list instead of merging hundreds.

ALTER TABLE customers ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE customers_fts USING fts5(
    search_text,
    content = '',
    prefix = '1 2 3',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- A contentless index must be told exactly what it holds before the triggers
-- below remove anything from it.
INSERT INTO customers_fts (rowid, search_text)
SELECT id, search_text FROM customers WHERE deleted_at IS NULL;

CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers
WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO customers_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers
WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
END;

CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text, deleted_at ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, search_text)
    SELECT 'delete', old.id, old.search_text WHERE old.deleted_at IS NULL;
    INSERT INTO customers_fts (rowid, search_text)
    SELECT new.id, new.search_text WHERE new.deleted_at IS NULL;
END;
