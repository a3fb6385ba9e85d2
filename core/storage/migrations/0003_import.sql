-- Version 3: data in and out.
--
-- customers.code is the customer number another system gave the customer (a
-- shop's "CustomerID", an ERP's 客户编号). Imports match on it first, so an
-- orders file that names customers only by number lands on the same customers
-- every time it is imported.
ALTER TABLE customers ADD COLUMN code TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_by_code ON customers (code, id) WHERE deleted_at IS NULL;

-- One row per import, with what it did, so the last one can be undone and every
-- one can be looked up later ("where did these customers come from?").
CREATE TABLE import_runs (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    entity      TEXT    NOT NULL CHECK (entity IN ('customers', 'companies', 'products', 'orders')),
    file_name   TEXT    NOT NULL DEFAULT '',
    options     TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(options)),
    inserted    INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    started_at  TEXT    NOT NULL,
    finished_at TEXT    NOT NULL,
    undone_at   TEXT
);

-- What an import changed, for its undo: ranges of rows it inserted (an import
-- holds the write lock from start to end, so the ids it takes are contiguous
-- per table), and the row as it was before each update (JSON of the columns
-- an import may change).
CREATE TABLE import_changes (
    id       INTEGER PRIMARY KEY,
    run_id   INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    tbl      TEXT    NOT NULL CHECK (tbl IN ('companies', 'customers', 'products', 'orders')),
    kind     TEXT    NOT NULL CHECK (kind IN ('inserted', 'updated')),
    first_id INTEGER NOT NULL,
    last_id  INTEGER NOT NULL,
    before   TEXT    CHECK (before IS NULL OR json_valid(before))
);
CREATE INDEX import_changes_by_run ON import_changes (run_id);

-- Column mappings saved under a name, per kind of import, to reuse next month.
CREATE TABLE import_templates (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL CHECK (entity IN ('customers', 'companies', 'products', 'orders')),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
    options    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(options)),
    updated_at TEXT NOT NULL,
    UNIQUE (entity, name)
);
