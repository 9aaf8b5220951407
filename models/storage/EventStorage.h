#pragma once

#include "BundledDataset.h"
#include "ContextSeries.h"
#include "DatabaseLocation.h"
#include "Event.h"
#include "EventStore.h"
#include "ImportSource.h"
#include "ImportTypes.h"
#include "MonthSum.h"
#include "Result.h"

#include <memory>
#include <optional>
#include <vector>

namespace techwinter {

/// The storage interface: everything the app reads from and writes to a dataset (events,
/// companies, imports and their undo, month sums, provenance, context series), whatever database
/// holds it. One connection each, used on the thread that opened it. Errors come back with a
/// kind (ErrorKind) and words a user can read.
class EventStorage
{
public:
    /// Opens the database at `location` (an SQLite file is created when missing) and migrates it
    /// to the newest schema.
    static Result<std::unique_ptr<EventStorage>> open(const DatabaseLocation &location);

    virtual ~EventStorage() = default;
    EventStorage(const EventStorage &) = delete;
    EventStorage &operator=(const EventStorage &) = delete;

    virtual DatabaseLocation location() const = 0;
    /// True when open() created the database, i.e. it has never been filled.
    virtual bool wasCreated() const = 0;
    virtual Result<int> schemaVersion() const = 0;
    virtual Result<qint64> eventCount() const = 0;
    /// True when the database holds at least one event; constant time.
    virtual Result<bool> hasEvents() const = 0;

    /// Adds companies and their aliases; a company whose name or alias is already known merges
    /// into the existing one. One transaction.
    virtual Status addCompanies(const std::vector<Company> &companies) = 0;
    /// Adds events as one import batch labelled `source`, all or nothing, by the same rules as an
    /// import (companies resolved through names and aliases, created when unknown). Returns the
    /// batch id.
    virtual Result<qint64> addEvents(const std::vector<Event> &events, const QString &source) = 0;

    virtual Result<std::vector<Company>> loadCompanies() const = 0;
    /// Every event, ordered by date then id, with `company` set to the display name.
    virtual Result<std::vector<Event>> loadEvents() const = 0;
    /// The events as an EventStore over `companies` (from loadCompanies()).
    virtual Result<EventStore> loadStore(std::vector<Company> companies) const = 0;
    /// The per-company, per-month, per-kind sums kept as events are written; of the companies
    /// with the given database ids only, when given.
    virtual Result<std::vector<MonthSum>> loadMonthSums(
        const std::optional<std::vector<qint64>> &companyIds = std::nullopt) const = 0;
    /// Every launch (the few events a chart marks one by one), in date order.
    virtual Result<std::vector<Event>> loadLaunches() const = 0;

    /// Stores what Importer parsed as one import batch: all of it or, on any failure or
    /// cancellation, nothing. Exact duplicates (of stored events or earlier rows) are skipped and
    /// counted, so re-importing a file adds nothing. When nothing new remains, no batch is
    /// recorded and batchId is 0.
    virtual Result<ImportSummary> importParsed(
        const ParsedImport &parsed, const ImportControl &control = {})
        = 0;
    /// The same for rows that come piece by piece while the file is still being read
    /// (ImportStream, ImportPipeline): one transaction, stored as they come.
    virtual Result<ImportSummary> importSource(
        ImportSource &source, const ImportControl &control = {})
        = 0;
    /// Removes an import as a whole (its events, points, the companies only it created, the
    /// batch record). Returns how many events and points were removed.
    virtual Result<qint64> undoImport(qint64 batchId) = 0;
    /// Every import batch, oldest first, with how many events and points it still holds.
    virtual Result<std::vector<ImportBatch>> importBatches() const = 0;
    /// Where an event came from (batch, file, line, time) and its attributes.
    virtual Result<EventDetails> eventDetails(qint64 eventId) const = 0;
    /// Every context series with its points (entity, then date order).
    virtual Result<std::vector<ContextSeries>> loadContextSeries() const = 0;

    /// Which bundled dataset the database holds, if any.
    virtual Result<BundledDatasetStatus> bundledDatasetStatus() const = 0;
    /// Fills a new, empty database with `dataset` as the batch "bundled dataset".
    virtual Status installBundledDataset(const BundledDataset &dataset) = 0;
    /// Brings a database made from an older bundled dataset up to `dataset`, in one transaction
    /// and as one import batch (so undoing it is undoing an import): events new in `dataset` are
    /// added, bundled events it corrects are changed unless the user edited them, and nothing
    /// the user imported, added or edited is touched.
    virtual Result<DatasetUpdateSummary> updateBundledDataset(const BundledDataset &dataset) = 0;

protected:
    EventStorage() = default;
};

} // namespace techwinter
