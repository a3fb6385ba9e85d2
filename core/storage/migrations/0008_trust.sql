-- Version 8: trust. Settings that belong to the file rather than to one user
-- account (the application password's Argon2id hash and the idle-lock minutes
-- travel with the database, so another account on the same computer meets the
-- same lock), and an index for the audit-log viewer, which lists newest first
-- and filters by time.

CREATE TABLE app_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX audit_log_by_time ON audit_log (at, id);
