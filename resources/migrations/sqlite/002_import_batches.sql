-- Schema version 2: every event remembers the import that brought it (file, row, time),
-- so that an import can be shown and undone as a whole.
CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

ALTER TABLE events ADD COLUMN batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE;
ALTER TABLE events ADD COLUMN source_row INTEGER;

CREATE INDEX events_batch ON events(batch_id);
