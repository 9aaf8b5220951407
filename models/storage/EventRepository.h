#pragma once

#include "ContextSeries.h"
#include "Event.h"
#include "EventStore.h"
#include "ImportTypes.h"
#include "MonthSum.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace techwinter {

/// The SQLite event store behind Qt SQL: with ImportWriter, the only code that writes SQL. One
/// connection each.
class EventRepository
{
public:
    /// Opens (creating when missing) the database at `path`, turns on WAL and foreign keys, and
    /// migrates it to the newest schema.
    static Result<std::unique_ptr<EventRepository>> open(const QString &path);

    ~EventRepository();
    EventRepository(const EventRepository &) = delete;
    EventRepository &operator=(const EventRepository &) = delete;

    QString path() const { return m_path; }
    /// True when open() created the file, i.e. the database has never been filled.
    bool wasCreated() const { return m_created; }
    Result<int> schemaVersion() const;
    Result<qint64> eventCount() const;

    /// Adds companies and their aliases; a company whose name or alias is already known merges
    /// into the existing one. One transaction.
    Status addCompanies(const std::vector<Company> &companies);

    /// Adds events as one import batch labelled `source`, all or nothing. Companies are resolved
    /// through names and aliases (case-insensitively) and created when unknown.
    /// Returns the batch id.
    Result<qint64> addEvents(const std::vector<Event> &events, const QString &source);

    Result<std::vector<Company>> loadCompanies() const;
    /// Every event, ordered by date then id, with `company` set to the display name.
    Result<std::vector<Event>> loadEvents() const;
    /// The events as an EventStore over `companies` (from loadCompanies()), read column by
    /// column: the hot fields of every row, then text only for the rows that have any.
    Result<EventStore> loadStore(std::vector<Company> companies) const;
    /// The per-company, per-month, per-kind sums the database keeps as events are written; of
    /// the companies with the given database ids only, when given.
    Result<std::vector<MonthSum>> loadMonthSums(
        const std::optional<std::vector<qint64>> &companyIds = std::nullopt) const;
    /// Every launch (the few events a chart marks one by one), in date order; an index read.
    Result<std::vector<Event>> loadLaunches() const;
    /// True when the database holds at least one event; constant time.
    Result<bool> hasEvents() const;

    /// Stores what Importer parsed as one import batch, in one transaction: all of it or, on any
    /// failure or cancellation, nothing. Companies resolve through names and aliases
    /// (case-insensitively). An event equal to one already stored or earlier in the file (same
    /// company, kind, date and figures, and same counterparty and title) is skipped and counted,
    /// so re-importing a file adds nothing; a context-series point whose entity and year already
    /// hold another value is rejected. Each event records the batch (file name, import time) and
    /// its line in the file. When nothing new remains, no batch is recorded and batchId is 0. The
    /// connection is this thread's: to store off the GUI thread, open a second repository on the
    /// worker thread.
    Result<ImportSummary> importParsed(
        const ParsedImport &parsed, const ImportControl &control = {});

    /// Removes an import as a whole: its events with their attributes, its context-series points,
    /// the companies it created that nothing else uses, and the batch record. Returns how many
    /// events and points were removed.
    Result<qint64> undoImport(qint64 batchId);

    /// Every import batch, oldest first, with how many events and points it still holds.
    Result<std::vector<ImportBatch>> importBatches() const;

    /// Where an event came from (batch, file, line, time) and its attributes, for the details
    /// panel.
    Result<EventDetails> eventDetails(qint64 eventId) const;

    /// Every context series with its points (entity, then date order).
    Result<std::vector<ContextSeries>> loadContextSeries() const;

private:
    EventRepository(QSqlDatabase db, QString path, bool created);
    Error sqlError(const QString &what, const class QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_path;
    bool m_created = false;
};

} // namespace techwinter
