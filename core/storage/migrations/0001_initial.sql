-- Rapport schema, version 1.
-- Conventions: integer primary keys plus a uuid that survives export/import;
-- timestamps are UTC ISO 8601 text; calendar dates are 'YYYY-MM-DD' text;
-- money is integer minor units plus an ISO 4217 code; optional text is '' (never
-- NULL) so keyset paging compares plain values; soft deletes set deleted_at.

-- Marks the file as Rapport's ("RPRT"), so another program's SQLite file is never migrated.
PRAGMA application_id = 1380995668;

CREATE TABLE companies (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    sort_key    TEXT    NOT NULL,
    phone       TEXT    NOT NULL DEFAULT '',
    website     TEXT    NOT NULL DEFAULT '',
    address     TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    custom      TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(custom)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX companies_by_name ON companies (sort_key, id) WHERE deleted_at IS NULL;

CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    sort_key     TEXT    NOT NULL,
    email        TEXT    NOT NULL DEFAULT '',
    phone        TEXT    NOT NULL DEFAULT '',
    phone_digits TEXT    NOT NULL DEFAULT '',
    city         TEXT    NOT NULL DEFAULT '',
    address      TEXT    NOT NULL DEFAULT '',
    company_id   INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    owner        TEXT    NOT NULL DEFAULT '',
    opted_out    INTEGER NOT NULL DEFAULT 0 CHECK (opted_out IN (0, 1)),
    notes        TEXT    NOT NULL DEFAULT '',
    custom       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(custom)),
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    deleted_at   TEXT
);
-- One index per sortable column, partial on live rows, ending in id for keyset paging.
CREATE INDEX customers_by_name    ON customers (sort_key, id)   WHERE deleted_at IS NULL;
CREATE INDEX customers_by_email   ON customers (email, id)      WHERE deleted_at IS NULL;
CREATE INDEX customers_by_phone   ON customers (phone, id)      WHERE deleted_at IS NULL;
CREATE INDEX customers_by_city    ON customers (city, id)       WHERE deleted_at IS NULL;
CREATE INDEX customers_by_created ON customers (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_company    ON customers (company_id);

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    sku         TEXT    NOT NULL UNIQUE CHECK (length(trim(sku)) > 0),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    sort_key    TEXT    NOT NULL,
    category    TEXT    NOT NULL DEFAULT '',
    price_minor INTEGER NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
    currency    TEXT    NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    custom      TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(custom)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX products_by_name     ON products (sort_key, id) WHERE deleted_at IS NULL;
CREATE INDEX products_by_category ON products (category, id) WHERE deleted_at IS NULL;

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    number      TEXT    NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    ordered_on  TEXT    NOT NULL CHECK (date(ordered_on) IS ordered_on),
    status      TEXT    NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'paid', 'shipped', 'cancelled')),
    currency    TEXT    NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    total_minor INTEGER NOT NULL DEFAULT 0, -- sum of the lines, kept by OrderRepository
    notes       TEXT    NOT NULL DEFAULT '',
    custom      TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(custom)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX orders_by_date     ON orders (ordered_on, id)  WHERE deleted_at IS NULL;
CREATE INDEX orders_by_number   ON orders (number, id)      WHERE deleted_at IS NULL;
CREATE INDEX orders_by_total    ON orders (total_minor, id) WHERE deleted_at IS NULL;
CREATE INDEX orders_by_customer ON orders (customer_id, ordered_on);

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id       INTEGER NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    position         INTEGER NOT NULL DEFAULT 0,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0)
);
CREATE INDEX order_lines_by_order   ON order_lines (order_id, position);
CREATE INDEX order_lines_by_product ON order_lines (product_id);

CREATE TABLE activities (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('note', 'call', 'meeting', 'task', 'email')),
    subject     TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL DEFAULT '',
    due_at      TEXT,
    done_at     TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX activities_by_customer ON activities (customer_id, created_at);

CREATE TABLE tags (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    color      TEXT NOT NULL DEFAULT '#888888',
    created_at TEXT NOT NULL
);

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_by_tag ON customer_tags (tag_id, customer_id);
