-- Version 7: marketing e-mail — templates, campaigns, the outbox, consent and
-- the suppression list.

-- Templates users write and keep (subject, HTML and plain-text bodies with
-- mustache merge fields).
CREATE TABLE email_templates (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    subject    TEXT    NOT NULL DEFAULT '',
    html       TEXT    NOT NULL DEFAULT '',
    body_text  TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX email_templates_by_name ON email_templates (lower(name))
    WHERE deleted_at IS NULL;

-- One queued campaign: the template as it was when queued (a later edit of the
-- template does not change mail already in the outbox), who it went to and
-- what was left out.
CREATE TABLE campaigns (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    template_id  INTEGER REFERENCES email_templates (id) ON DELETE SET NULL,
    subject      TEXT    NOT NULL,
    html         TEXT    NOT NULL DEFAULT '',
    body_text    TEXT    NOT NULL,
    segment_kind TEXT    NOT NULL CHECK (segment_kind IN ('tag', 'view', 'rfm', 'rule', 'test')),
    segment_name TEXT    NOT NULL,
    from_name    TEXT    NOT NULL DEFAULT '',
    from_address TEXT    NOT NULL,
    queued       INTEGER NOT NULL DEFAULT 0,
    excluded     TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(excluded)),
    created_at   TEXT    NOT NULL
);

-- One row per recipient of a campaign, rendered when queued. The life of a row:
--   queued -> sending -> sent | queued (temporary failure, later) | failed
--   sending -> uncertain  (Rapport stopped between handing the message to the
--                          server and recording the reply: never resent by
--                          itself; the user marks it sent or sends it again)
--   queued  -> skipped    (opted out or suppressed by the time of sending)
--   queued  -> cancelled  (the user withdrew it)
-- 'sending' is committed before the message leaves, so a row is sent at most
-- once whatever happens to the process.
CREATE TABLE outbox (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    campaign_id       INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    customer_id       INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    to_name           TEXT    NOT NULL DEFAULT '',
    to_address        TEXT    NOT NULL CHECK (length(to_address) > 0),
    subject           TEXT    NOT NULL,
    html              TEXT    NOT NULL DEFAULT '',
    body_text         TEXT    NOT NULL,
    message_id        TEXT    NOT NULL UNIQUE,
    unsubscribe_token TEXT    NOT NULL UNIQUE,
    status            TEXT    NOT NULL DEFAULT 'queued'
                              CHECK (status IN ('queued', 'sending', 'sent', 'failed',
                                                'uncertain', 'skipped', 'cancelled')),
    attempts          INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at   TEXT    NOT NULL,
    smtp_code         INTEGER,
    last_error        TEXT    NOT NULL DEFAULT '',
    queued_at         TEXT    NOT NULL,
    sent_at           TEXT,
    updated_at        TEXT    NOT NULL,
    -- One message per customer per campaign, even when a queue is repeated.
    UNIQUE (campaign_id, customer_id)
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX outbox_by_status ON outbox (status, id);
CREATE INDEX outbox_by_customer ON outbox (customer_id);

-- Addresses that must never receive marketing mail again: opt-outs, bounces,
-- complaints and addresses typed in by hand. Checked when a campaign is queued
-- and again just before each message is sent. Rapport never deletes a row.
CREATE TABLE suppressions (
    id         INTEGER PRIMARY KEY,
    address    TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(address) > 0),
    reason     TEXT    NOT NULL CHECK (reason IN ('opt_out', 'bounce', 'complaint', 'manual')),
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL
);
CREATE TRIGGER suppressions_keep BEFORE DELETE ON suppressions
BEGIN
    SELECT RAISE(ABORT, 'suppressed addresses are never removed');
END;

-- Consent, as a history: each opt-in with its date, where it came from and the
-- exact wording the customer agreed to; each opt-out with its source.
CREATE TABLE consent_events (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('opt_in', 'opt_out')),
    happened_on TEXT    NOT NULL CHECK (date(happened_on) IS happened_on),
    source      TEXT    NOT NULL DEFAULT '',
    wording     TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL
);
CREATE INDEX consent_by_customer ON consent_events (customer_id, id);

-- Whatever path sets a customer's opted_out flag (the dialog, an import, a
-- merge, a reply marked as an opt-out), the address goes on the suppression
-- list, so clearing the flag later can never bring the address back.
CREATE TRIGGER customers_opt_out_suppresses AFTER UPDATE OF opted_out ON customers
WHEN NEW.opted_out = 1 AND length(NEW.email) > 0
BEGIN
    INSERT OR IGNORE INTO suppressions (address, reason, note, created_at)
    VALUES (lower(trim(NEW.email)), 'opt_out', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER customers_opted_out_insert AFTER INSERT ON customers
WHEN NEW.opted_out = 1 AND length(NEW.email) > 0
BEGIN
    INSERT OR IGNORE INTO suppressions (address, reason, note, created_at)
    VALUES (lower(trim(NEW.email)), 'opt_out', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- The addresses of customers who opted out before this version.
INSERT OR IGNORE INTO suppressions (address, reason, note, created_at)
    SELECT lower(trim(email)), 'opt_out', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM customers WHERE opted_out = 1 AND length(email) > 0;

-- The business's mail settings (sender identity, server, pace); never the
-- password, which lives in the system keychain.
CREATE TABLE mail_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
