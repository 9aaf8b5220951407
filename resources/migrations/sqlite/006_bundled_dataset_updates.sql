-- Schema version 6: what the bundled dataset of 2026 needs, and what lets it reach databases made
-- from an older one.
--
-- - kind 'ai_infrastructure': money that is not an equity stake or a funding round (compute
--   purchase commitments, data-centre and capex plans, chip-supply deals). Never summed as AI
--   investment; a CHECK cannot change in place, so the table is copied as in migration 005.
-- - title_ko: the event's title written for Korean readers; '' where there is none.
-- - other_sources: further reports of the same event, one URL per line ('' when there are none);
--   source_url stays the primary one.
-- - bundle_id: the stable id of a bundled-dataset event (b0001...), NULL for everything a user
--   imported or added, so an update of the dataset finds its own rows and nothing else.
-- - edited: 1 once the user changed the event; a dataset update leaves such rows alone.
-- - companies.name_ko: the company's Korean name in common use ('' where there is none).
--
-- dataset_info records which bundled dataset a database holds; retired_events keeps the rows a
-- dataset update replaced and dataset_updates the versions it went between, so undoing that
-- update (an import batch like any other) puts them back with their ids. Indexes and triggers are made again as migration 005 made them; the partial
-- index of rows with text now also covers the two new text columns.
CREATE TABLE events_rebuilt (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_precision TEXT NOT NULL DEFAULT 'day'
        CHECK (date_precision = 'day' OR date_precision = 'month' OR date_precision = 'year'),
    company_id INTEGER NOT NULL REFERENCES companies(id),
    kind TEXT NOT NULL CHECK (kind = 'layoff' OR kind = 'ai_investment' OR kind = 'investment'
                              OR kind = 'acquisition' OR kind = 'restructuring' OR kind = 'launch'
                              OR kind = 'ai_infrastructure'),
    counterparty TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    workforce_pct REAL,
    amount REAL,
    currency TEXT,
    amount_usd REAL,
    usd_rate REAL,
    source_url TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
    source_row INTEGER,
    title_ko TEXT NOT NULL DEFAULT '',
    other_sources TEXT NOT NULL DEFAULT '',
    bundle_id TEXT,
    edited INTEGER NOT NULL DEFAULT 0 CHECK (edited = 0 OR edited = 1)
);

INSERT INTO events_rebuilt (id, date, date_precision, company_id, kind, counterparty, title,
                            headcount, workforce_pct, amount, currency, amount_usd, usd_rate,
                            source_url, notes, batch_id, source_row)
SELECT id, date, date_precision, company_id, kind, counterparty, title, headcount, workforce_pct,
       amount, currency, amount_usd, usd_rate, source_url, notes, batch_id, source_row
FROM events;

DROP TABLE events;

ALTER TABLE events_rebuilt RENAME TO events;

CREATE INDEX events_company_date ON events(company_id, date);

CREATE INDEX events_batch ON events(batch_id);

CREATE INDEX events_launches ON events(date) WHERE kind = 'launch';

CREATE INDEX events_with_details ON events(id)
WHERE counterparty <> '' OR title <> '' OR source_url <> '' OR notes <> '' OR currency <> ''
   OR workforce_pct IS NOT NULL OR amount IS NOT NULL OR usd_rate IS NOT NULL
   OR title_ko <> '' OR other_sources <> '';

CREATE UNIQUE INDEX events_bundle_id ON events(bundle_id) WHERE bundle_id IS NOT NULL;

ALTER TABLE companies ADD COLUMN name_ko TEXT NOT NULL DEFAULT '';

CREATE TABLE dataset_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE retired_events (
    retired_by INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    date TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    company_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    counterparty TEXT NOT NULL,
    title TEXT NOT NULL,
    headcount INTEGER,
    workforce_pct REAL,
    amount REAL,
    currency TEXT,
    amount_usd REAL,
    usd_rate REAL,
    source_url TEXT NOT NULL,
    notes TEXT NOT NULL,
    batch_id INTEGER,
    source_row INTEGER,
    title_ko TEXT NOT NULL,
    other_sources TEXT NOT NULL,
    bundle_id TEXT,
    edited INTEGER NOT NULL
);

CREATE INDEX retired_events_batch ON retired_events(retired_by);

CREATE TABLE dataset_updates (
    batch_id INTEGER PRIMARY KEY REFERENCES import_batches(id) ON DELETE CASCADE,
    from_version INTEGER NOT NULL,
    to_version INTEGER NOT NULL
);

CREATE TRIGGER event_month_sums_insert AFTER INSERT ON events
BEGIN
    INSERT INTO event_month_sums (company_id, month, kind, events, headcount, amount_usd_cents)
    VALUES (NEW.company_id,
            CAST(substr(NEW.date, 1, 4) AS INTEGER) * 12 + CAST(substr(NEW.date, 6, 2) AS INTEGER) - 1,
            NEW.kind, 1, coalesce(NEW.headcount, 0),
            CASE WHEN NEW.amount_usd IS NULL THEN 0
                 ELSE CAST(max(-1e13, min(1e13, NEW.amount_usd)) * 100
                           + (CASE WHEN NEW.amount_usd >= 0 THEN 0.5 ELSE -0.5 END) AS INTEGER) END)
    ON CONFLICT (company_id, month, kind) DO UPDATE SET
        events = events + 1,
        headcount = headcount + excluded.headcount,
        amount_usd_cents = amount_usd_cents + excluded.amount_usd_cents;
END;

CREATE TRIGGER event_month_sums_delete AFTER DELETE ON events
BEGIN
    UPDATE event_month_sums SET
        events = events - 1,
        headcount = headcount - coalesce(OLD.headcount, 0),
        amount_usd_cents = amount_usd_cents
            - CASE WHEN OLD.amount_usd IS NULL THEN 0
                   ELSE CAST(max(-1e13, min(1e13, OLD.amount_usd)) * 100
                             + (CASE WHEN OLD.amount_usd >= 0 THEN 0.5 ELSE -0.5 END) AS INTEGER) END
    WHERE company_id = OLD.company_id
      AND month = CAST(substr(OLD.date, 1, 4) AS INTEGER) * 12 + CAST(substr(OLD.date, 6, 2) AS INTEGER) - 1
      AND kind = OLD.kind;
    DELETE FROM event_month_sums
    WHERE company_id = OLD.company_id
      AND month = CAST(substr(OLD.date, 1, 4) AS INTEGER) * 12 + CAST(substr(OLD.date, 6, 2) AS INTEGER) - 1
      AND kind = OLD.kind AND events = 0;
END;

-- An edit is the old event leaving its sums and the new one joining its own.
CREATE TRIGGER event_month_sums_update
AFTER UPDATE OF date, company_id, kind, headcount, amount_usd ON events
BEGIN
    UPDATE event_month_sums SET
        events = events - 1,
        headcount = headcount - coalesce(OLD.headcount, 0),
        amount_usd_cents = amount_usd_cents
            - CASE WHEN OLD.amount_usd IS NULL THEN 0
                   ELSE CAST(max(-1e13, min(1e13, OLD.amount_usd)) * 100
                             + (CASE WHEN OLD.amount_usd >= 0 THEN 0.5 ELSE -0.5 END) AS INTEGER) END
    WHERE company_id = OLD.company_id
      AND month = CAST(substr(OLD.date, 1, 4) AS INTEGER) * 12 + CAST(substr(OLD.date, 6, 2) AS INTEGER) - 1
      AND kind = OLD.kind;
    DELETE FROM event_month_sums
    WHERE company_id = OLD.company_id
      AND month = CAST(substr(OLD.date, 1, 4) AS INTEGER) * 12 + CAST(substr(OLD.date, 6, 2) AS INTEGER) - 1
      AND kind = OLD.kind AND events = 0;
    INSERT INTO event_month_sums (company_id, month, kind, events, headcount, amount_usd_cents)
    VALUES (NEW.company_id,
            CAST(substr(NEW.date, 1, 4) AS INTEGER) * 12 + CAST(substr(NEW.date, 6, 2) AS INTEGER) - 1,
            NEW.kind, 1, coalesce(NEW.headcount, 0),
            CASE WHEN NEW.amount_usd IS NULL THEN 0
                 ELSE CAST(max(-1e13, min(1e13, NEW.amount_usd)) * 100
                           + (CASE WHEN NEW.amount_usd >= 0 THEN 0.5 ELSE -0.5 END) AS INTEGER) END)
    ON CONFLICT (company_id, month, kind) DO UPDATE SET
        events = events + 1,
        headcount = headcount + excluded.headcount,
        amount_usd_cents = amount_usd_cents + excluded.amount_usd_cents;
END;
