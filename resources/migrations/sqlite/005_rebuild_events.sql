-- Schema version 5: the events table rebuilt with checks SQLite evaluates cheaply, and without
-- the index on events(date).
--
-- A CHECK of the form `kind IN (six names)` makes SQLite build a temporary lookup table every time
-- the INSERT statement runs, so once per imported row; written as a chain of `=` comparisons the
-- same rule costs next to nothing (together with the date index, a third of a million-row import
-- in tests/bench). SQLite cannot change a CHECK in place, so the table is copied (the procedure of
-- sqlite.org/lang_altertable.html: SchemaMigrator runs migrations with foreign keys off and checks
-- them before committing). Ids, columns and their order stay the same; indexes and triggers are
-- dropped with the old table and created again below, word for word as migrations 2 to 4 made them.
--
-- Nothing reads events by date range any more: the window loads every event in id order
-- (EventRepository::loadStore), charts read event_month_sums, launches have their own partial
-- index and a full export sorts once. The date index only cost every import a B-tree insert per
-- row, so it is not created again.
CREATE TABLE events_rebuilt (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_precision TEXT NOT NULL DEFAULT 'day'
        CHECK (date_precision = 'day' OR date_precision = 'month' OR date_precision = 'year'),
    company_id INTEGER NOT NULL REFERENCES companies(id),
    kind TEXT NOT NULL CHECK (kind = 'layoff' OR kind = 'ai_investment' OR kind = 'investment'
                              OR kind = 'acquisition' OR kind = 'restructuring' OR kind = 'launch'),
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
    source_row INTEGER
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
   OR workforce_pct IS NOT NULL OR amount IS NOT NULL OR usd_rate IS NOT NULL;

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
