-- Schema version 5: drop the index on events(date).
--
-- Nothing reads events by date range any more: the window loads every event in id order
-- (EventRepository::loadStore), charts read event_month_sums, launches have their own partial
-- index, and a full export sorts once. The index still cost every import a random B-tree insert
-- per row: about 9 of 24 seconds of a million-row import (tests/bench).
DROP INDEX IF EXISTS events_date;
