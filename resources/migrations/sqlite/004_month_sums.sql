-- Schema version 4: per-company, per-month, per-kind sums kept beside the events, so a chart of
-- any company set and month-aligned date range reads a few thousand sum rows instead of every
-- event (a headless export of a million-event database stays independent of the event count).
--
-- Triggers keep the sums in the same transaction as every write to events (import, undo, any
-- delete or update, cascades included), so no code path can forget them.
--
-- Money is summed in whole US cents as INTEGER: integer sums are exact and order-independent, so
-- adding and later subtracting an event leaves the sums exactly as a fresh scan would compute
-- them (REAL sums would drift). The conversion clamps to +/-10^13 US$ and rounds half away from
-- zero; TimelineSeries::usdCents() in C++ does the same double arithmetic, step for step.
CREATE TABLE event_month_sums (
    company_id INTEGER NOT NULL,
    month INTEGER NOT NULL, -- year * 12 + (month - 1)
    kind TEXT NOT NULL,
    events INTEGER NOT NULL,
    headcount INTEGER NOT NULL, -- sum of known headcounts
    amount_usd_cents INTEGER NOT NULL, -- sum of known USD amounts, in cents
    PRIMARY KEY (company_id, month, kind)
) WITHOUT ROWID;

INSERT INTO event_month_sums (company_id, month, kind, events, headcount, amount_usd_cents)
SELECT company_id,
       CAST(substr(date, 1, 4) AS INTEGER) * 12 + CAST(substr(date, 6, 2) AS INTEGER) - 1,
       kind, count(*), sum(coalesce(headcount, 0)),
       sum(CASE WHEN amount_usd IS NULL THEN 0
                ELSE CAST(max(-1e13, min(1e13, amount_usd)) * 100
                          + (CASE WHEN amount_usd >= 0 THEN 0.5 ELSE -0.5 END) AS INTEGER) END)
FROM events GROUP BY 1, 2, 3;

-- The chart marks launches one by one; with the sums above they are all a chart still reads from
-- the events. A partial index holds only launch rows, so it costs other events nothing.
CREATE INDEX events_launches ON events(date) WHERE kind = 'launch';

-- Opening reads the hot columns of every event, then text and rare figures only for the events
-- that carry any (EventRepository::loadStore). This partial index lists those events, so an
-- event without text costs the second read nothing. The WHERE must stay the same as the query's.
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
