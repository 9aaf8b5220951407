-- Schema version 3: what importing other people's files needs.

-- Text facts an imported event keeps (a layoff's location, industry, country and stage; a funding
-- round's type and category). Each source has its own set, so a name/value table rather than a
-- column per field that one source happens to have.
CREATE TABLE event_attributes (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (event_id, name)
) WITHOUT ROWID;

-- The layout a batch was read as ('layoffs-fyi', 'funding-rounds'...); empty for older batches.
ALTER TABLE import_batches ADD COLUMN format TEXT NOT NULL DEFAULT '';

-- The import that created a company, so that undoing the import removes the company again when
-- nothing else refers to it.
ALTER TABLE companies ADD COLUMN created_by_batch INTEGER
    REFERENCES import_batches(id) ON DELETE SET NULL;

-- Background series for the chart (private AI investment by country and year). Never events and
-- never summed with them; aggregates such as World are flagged so they are not added to countries.
CREATE TABLE context_series (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    unit TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);

CREATE TABLE context_points (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES context_series(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_code TEXT NOT NULL DEFAULT '',
    is_aggregate INTEGER NOT NULL DEFAULT 0 CHECK (is_aggregate IN (0, 1)),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_precision TEXT NOT NULL DEFAULT 'year' CHECK (date_precision IN ('day', 'month', 'year')),
    value REAL NOT NULL,
    batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
    source_row INTEGER,
    UNIQUE (series_id, entity, date)
);

CREATE INDEX context_points_batch ON context_points(batch_id);
