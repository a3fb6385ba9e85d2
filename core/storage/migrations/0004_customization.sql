-- Version 4: customization and the sales workflow.

-- Fields the owner defines at run time. Values live in the entity's `custom`
-- JSON object under `key`, which never changes once the field exists (a rename
-- changes the label only, so no value is ever orphaned by one). The key is
-- restricted to [a-z][a-z0-9_]* because core writes it into SQL paths
-- ('$.key'): a bound path would defeat the expression indexes that keep
-- sorting on a field fast. A deleted field is soft-deleted: its values stay in
-- the JSON until the owner purges it, so the delete can be undone; its key stays
-- taken for the same reason.
CREATE TABLE custom_field_defs (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    entity        TEXT    NOT NULL
                          CHECK (entity IN ('customers', 'companies', 'products', 'orders', 'deals')),
    key           TEXT    NOT NULL CHECK (length(key) BETWEEN 1 AND 40 AND key GLOB '[a-z]*'
                                          AND key NOT GLOB '*[^a-z0-9_]*'),
    label         TEXT    NOT NULL CHECK (length(trim(label)) > 0),
    type          TEXT    NOT NULL CHECK (type IN ('text', 'long_text', 'number', 'money', 'date',
                                                   'bool', 'choice', 'multi_choice', 'url',
                                                   'email', 'phone')),
    required      INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    default_value TEXT    NOT NULL DEFAULT 'null' CHECK (json_valid(default_value)),
    choices       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(choices)
                                                       AND json_type(choices) = 'array'),
    help          TEXT    NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0,
    indexed       INTEGER NOT NULL DEFAULT 0 CHECK (indexed IN (0, 1)),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    deleted_at    TEXT,
    UNIQUE (entity, key)
);
CREATE INDEX custom_field_defs_by_position ON custom_field_defs (entity, position)
    WHERE deleted_at IS NULL;

-- Sales pipelines, their stages and the deals that move through them.
CREATE TABLE pipelines (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT    NOT NULL UNIQUE,
    name             TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    position         INTEGER NOT NULL DEFAULT 0,
    stale_after_days INTEGER NOT NULL DEFAULT 30 CHECK (stale_after_days > 0),
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    deleted_at       TEXT
);

CREATE TABLE pipeline_stages (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    position    INTEGER NOT NULL DEFAULT 0,
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    outcome     TEXT    NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX pipeline_stages_by_pipeline ON pipeline_stages (pipeline_id, position);

CREATE TABLE deals (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    title             TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    pipeline_id       INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE RESTRICT,
    stage_id          INTEGER NOT NULL REFERENCES pipeline_stages (id) ON DELETE RESTRICT,
    customer_id       INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    company_id        INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    amount_minor      INTEGER NOT NULL DEFAULT 0 CHECK (amount_minor >= 0),
    currency          TEXT    NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    expected_close_on TEXT    CHECK (expected_close_on IS NULL
                                     OR date(expected_close_on) IS expected_close_on),
    owner             TEXT    NOT NULL DEFAULT '',
    probability       INTEGER CHECK (probability IS NULL OR probability BETWEEN 0 AND 100),
    position          INTEGER NOT NULL DEFAULT 0, -- order within its stage on the board
    stage_changed_at  TEXT    NOT NULL,
    notes             TEXT    NOT NULL DEFAULT '',
    custom            TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(custom)),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    deleted_at        TEXT
);
CREATE INDEX deals_by_stage    ON deals (stage_id, position, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_by_customer ON deals (customer_id) WHERE deleted_at IS NULL;
CREATE INDEX deals_by_company  ON deals (company_id) WHERE deleted_at IS NULL;

-- Activities gain deals, an optional customer (an activity on a company's deal
-- may have no person yet) and reminders, so the table is rebuilt (SQLite cannot
-- drop a NOT NULL in place). Version 3 files hold activities only if someone
-- typed them through a later version, but every row is carried over anyway.
CREATE TABLE activities_v4 (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('note', 'call', 'meeting', 'task', 'email')),
    subject     TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL DEFAULT '',
    due_at      TEXT,
    remind_at   TEXT,
    reminded_at TEXT,
    done_at     TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT,
    CHECK (customer_id IS NOT NULL OR deal_id IS NOT NULL)
);
INSERT INTO activities_v4 (id, uuid, customer_id, kind, subject, body, due_at, done_at,
                           created_at, updated_at, deleted_at)
    SELECT id, uuid, customer_id, kind, subject, body, due_at, done_at,
           created_at, updated_at, deleted_at
    FROM activities;
DROP TABLE activities;
ALTER TABLE activities_v4 RENAME TO activities;
CREATE INDEX activities_by_customer ON activities (customer_id, created_at)
    WHERE deleted_at IS NULL;
CREATE INDEX activities_by_deal ON activities (deal_id, created_at) WHERE deleted_at IS NULL;
-- Open reminders and due dates, for the overdue list and the reminder timer.
CREATE INDEX activities_open_by_due ON activities (due_at)
    WHERE deleted_at IS NULL AND done_at IS NULL AND due_at IS NOT NULL;
CREATE INDEX activities_open_by_reminder ON activities (remind_at)
    WHERE deleted_at IS NULL AND done_at IS NULL AND remind_at IS NOT NULL
      AND reminded_at IS NULL;

-- Who changed what and when, field by field: the customer timeline's "field
-- changes" and, later, the audit log. Values are JSON (null for "empty").
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL DEFAULT '',
    entity    TEXT    NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore',
                                                 'merge', 'export', 'erase')),
    field     TEXT    NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, at);

-- Views a user saved per table: columns, sort, search and filter, as JSON
-- (see core::SavedView), listed in the sidebar under their table.
CREATE TABLE saved_views (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    entity     TEXT    NOT NULL
                       CHECK (entity IN ('customers', 'companies', 'products', 'orders', 'deals')),
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    spec       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(spec)),
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX saved_views_by_name ON saved_views (entity, name) WHERE deleted_at IS NULL;
