-- Version 5: purchase-rule mining.

-- One row per mining run, with every parameter it was made with, so runs can be
-- compared over time and repeated. Keys in association_rules are product ids
-- for item_level 'product'; for 'category' they are 0-based indices into this
-- run's `categories` (the distinct category names of its baskets, sorted, ''
-- for products without one), so a rule still resolves after products move.
CREATE TABLE mining_runs (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE,
    created_at     TEXT    NOT NULL,
    basket_unit    TEXT    NOT NULL CHECK (basket_unit IN ('order', 'customer')),
    item_level     TEXT    NOT NULL CHECK (item_level IN ('product', 'category')),
    date_from      TEXT    CHECK (date_from IS NULL OR date(date_from) IS date_from),
    date_to        TEXT    CHECK (date_to IS NULL OR date(date_to) IS date_to),
    algorithm      TEXT    NOT NULL CHECK (algorithm IN ('apriori', 'eclat', 'fpgrowth')),
    -- A fraction of the transactions; min_count > 0 overrides it (see below).
    min_support    REAL    NOT NULL CHECK (min_support >= 0),
    min_count      INTEGER NOT NULL DEFAULT 0 CHECK (min_count >= 0),
    max_size       INTEGER NOT NULL DEFAULT 0 CHECK (max_size >= 0), -- 0: no limit
    itemset_kind   TEXT    NOT NULL DEFAULT 'all' CHECK (itemset_kind IN ('all', 'closed', 'maximal')),
    min_confidence REAL    NOT NULL CHECK (min_confidence >= 0 AND min_confidence <= 1),
    min_lift       REAL    NOT NULL DEFAULT 0 CHECK (min_lift >= 0),
    max_antecedent INTEGER NOT NULL DEFAULT 0 CHECK (max_antecedent >= 0), -- 0: no limit
    max_consequent INTEGER NOT NULL DEFAULT 1 CHECK (max_consequent >= 0), -- 0: no limit
    categories     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(categories)
                                                        AND json_type(categories) = 'array'),
    transactions   INTEGER NOT NULL DEFAULT 0 CHECK (transactions >= 0),
    items          INTEGER NOT NULL DEFAULT 0 CHECK (items >= 0),
    itemsets       INTEGER NOT NULL DEFAULT 0 CHECK (itemsets >= 0),
    rule_count     INTEGER NOT NULL DEFAULT 0 CHECK (rule_count >= 0),
    seconds        REAL    NOT NULL DEFAULT 0 CHECK (seconds >= 0),
    CHECK (min_support <= 1 OR min_count > 0),
    CHECK (date_from IS NULL OR date_to IS NULL OR date_from <= date_to)
);
CREATE INDEX mining_runs_by_created ON mining_runs (created_at, id);

-- The rules of a run, antecedent ⇒ consequent. Keys and labels are JSON arrays
-- in the same order; labels are the item names as they were when the run was
-- made. SQL reads the keys with json_each (target lists, "also buys").
-- Conviction is NULL when it is infinite (confidence 1).
CREATE TABLE association_rules (
    id                INTEGER PRIMARY KEY,
    run_id            INTEGER NOT NULL REFERENCES mining_runs (id) ON DELETE CASCADE,
    antecedent_keys   TEXT    NOT NULL CHECK (json_valid(antecedent_keys)
                                              AND json_type(antecedent_keys) = 'array'),
    consequent_keys   TEXT    NOT NULL CHECK (json_valid(consequent_keys)
                                              AND json_type(consequent_keys) = 'array'),
    antecedent_labels TEXT    NOT NULL CHECK (json_valid(antecedent_labels)
                                              AND json_type(antecedent_labels) = 'array'),
    consequent_labels TEXT    NOT NULL CHECK (json_valid(consequent_labels)
                                              AND json_type(consequent_labels) = 'array'),
    count             INTEGER NOT NULL CHECK (count > 0),
    support           REAL    NOT NULL CHECK (support > 0 AND support <= 1),
    confidence        REAL    NOT NULL CHECK (confidence > 0 AND confidence <= 1),
    lift              REAL    NOT NULL CHECK (lift > 0),
    leverage          REAL    NOT NULL CHECK (leverage >= -1 AND leverage <= 1),
    conviction        REAL    CHECK (conviction IS NULL OR conviction >= 0)
);
CREATE INDEX association_rules_by_lift ON association_rules (run_id, lift DESC);
