-- Version 2: full-text search over customers.
-- search_text is derived by the application (Chinese characters spaced out,
-- pinyin, phone digit suffixes: see core/storage/SearchText.h): the name part,
-- a unit separator (char(31)), then the rest. The C++ part of this migration
-- fills it for existing rows.
--
-- The index is contentless (the text already lives in customers.search_text)
-- and holds live customers only: soft-deleted ones leave it, so a search never
-- has to skip them. It has two columns, the name and the rest, and ranks a name
-- match ten times higher. The prefix index makes short prefix queries ("li",
-- "a") read one list instead of merging hundreds.

ALTER TABLE customers ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE customers_fts USING fts5(
    name_text,
    other_text,
    content = '',
    prefix = '1 2 3',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO customers_fts (customers_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');

-- A contentless index must be told exactly what it holds before the triggers
-- below remove anything from it. The same split expressions are used everywhere.
INSERT INTO customers_fts (rowid, name_text, other_text)
SELECT id,
       substr(search_text, 1, instr(search_text, char(31)) - 1),
       substr(search_text, instr(search_text, char(31)) + 1)
FROM customers WHERE deleted_at IS NULL;

CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers
WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO customers_fts (rowid, name_text, other_text)
    VALUES (new.id,
            substr(new.search_text, 1, instr(new.search_text, char(31)) - 1),
            substr(new.search_text, instr(new.search_text, char(31)) + 1));
END;

CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers
WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name_text, other_text)
    VALUES ('delete', old.id,
            substr(old.search_text, 1, instr(old.search_text, char(31)) - 1),
            substr(old.search_text, instr(old.search_text, char(31)) + 1));
END;

CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text, deleted_at ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name_text, other_text)
    SELECT 'delete', old.id,
           substr(old.search_text, 1, instr(old.search_text, char(31)) - 1),
           substr(old.search_text, instr(old.search_text, char(31)) + 1)
    WHERE old.deleted_at IS NULL;
    INSERT INTO customers_fts (rowid, name_text, other_text)
    SELECT new.id,
           substr(new.search_text, 1, instr(new.search_text, char(31)) - 1),
           substr(new.search_text, instr(new.search_text, char(31)) + 1)
    WHERE new.deleted_at IS NULL;
END;
