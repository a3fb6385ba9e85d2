-- Version 6: customer value and predictions.

-- One row per scoring run: when, on data up to which day, with which models,
-- and the whole report (fitted parameters, holdout checks, model scores,
-- segment counts) as JSON, so the Insights charts can show any run again.
CREATE TABLE scoring_runs (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT    NOT NULL,
    as_of         TEXT    NOT NULL CHECK (date(as_of) IS as_of),
    model_version TEXT    NOT NULL CHECK (length(model_version) > 0),
    time_unit     TEXT    NOT NULL CHECK (time_unit IN ('day', 'week', 'month')),
    period_days   INTEGER NOT NULL CHECK (period_days > 0),
    customers     INTEGER NOT NULL CHECK (customers >= 0),
    seconds       REAL    NOT NULL DEFAULT 0,
    report        TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(report)
                                                       AND json_type(report) = 'object')
);

-- The latest scores, one row per customer with a purchase; every run replaces
-- them all in one transaction. Money in minor units like everywhere else;
-- probabilities in [0, 1]; churn_risk and next_category NULL when the
-- propensity models could not be trained.
--
-- No REFERENCES clauses: with foreign keys on, SQLite empties a table that has
-- them row by row instead of dropping its pages at once, and replacing a
-- million scores took five seconds longer. The two triggers below keep what
-- ON DELETE CASCADE would have kept.
CREATE TABLE customer_scores (
    customer_id        INTEGER PRIMARY KEY,
    run_id             INTEGER NOT NULL,
    model_version      TEXT    NOT NULL,
    scored_on          TEXT    NOT NULL CHECK (date(scored_on) IS scored_on),
    recency_days       INTEGER NOT NULL CHECK (recency_days >= 0),
    frequency          INTEGER NOT NULL CHECK (frequency > 0),
    monetary_minor     INTEGER NOT NULL,
    r_score            INTEGER NOT NULL CHECK (r_score BETWEEN 1 AND 5),
    f_score            INTEGER NOT NULL CHECK (f_score BETWEEN 1 AND 5),
    m_score            INTEGER NOT NULL CHECK (m_score BETWEEN 1 AND 5),
    segment            TEXT    NOT NULL CHECK (segment IN (
                           'champions', 'loyal', 'potential_loyalists', 'new', 'promising',
                           'need_attention', 'about_to_sleep', 'at_risk', 'cant_lose_them',
                           'hibernating', 'lost')),
    p_alive            REAL    NOT NULL CHECK (p_alive BETWEEN 0 AND 1),
    expected_purchases REAL    NOT NULL CHECK (expected_purchases >= 0),
    expected_spend_minor INTEGER NOT NULL,
    clv_minor          INTEGER NOT NULL,
    churn_risk         REAL    CHECK (churn_risk IS NULL OR churn_risk BETWEEN 0 AND 1),
    next_category      TEXT,
    next_category_p    REAL    CHECK (next_category_p IS NULL OR next_category_p BETWEEN 0 AND 1),
    -- What pushes the churn risk up the most: a feature key ('recency_days',
    -- 'category_share_2': an index into the run's report.categories) and its
    -- value; shown as a sentence in the reader's language, so not stored as one.
    churn_driver       TEXT,
    churn_driver_value REAL
);
CREATE INDEX customer_scores_by_segment ON customer_scores (segment, customer_id);

CREATE TRIGGER customer_scores_of_deleted_customer AFTER DELETE ON customers
BEGIN
    DELETE FROM customer_scores WHERE customer_id = old.id;
END;
CREATE TRIGGER customer_scores_of_deleted_run AFTER DELETE ON scoring_runs
BEGIN
    DELETE FROM customer_scores WHERE run_id = old.id;
END;
