-- Schema version 7: a row that repeats an event but brings another report of it.
--
-- An import that meets a row equal to a stored (or earlier) event in every identifying field but
-- with a source URL the event does not list keeps the one event and adds the URL to it (to
-- source_url when that is empty, else to other_sources). merged_sources records each URL a batch
-- added and to which event, so undoing that batch takes exactly those URLs away again, in any
-- order of undos, and leaves the event as it was.
CREATE TABLE merged_sources (
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (batch_id, event_id, url)
);

CREATE INDEX merged_sources_event ON merged_sources(event_id);
