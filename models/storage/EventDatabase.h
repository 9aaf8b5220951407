#pragma once

#include "ContextSeries.h"
#include "DatabaseLocation.h"
#include "EventStorage.h"
#include "EventStore.h"
#include "ImportTypes.h"
#include "Result.h"

#include <memory>
#include <optional>
#include <vector>

namespace techwinter {

/// An open dataset together with its events loaded for viewing: what the window and the command
/// line hold. Callers ask it; they never reach through it to the storage, so every write goes
/// with the reload that keeps the loaded events true.
class EventDatabase
{
public:
    struct OpenOptions
    {
        /// A database created by the open is filled from the bundled dataset first (false for
        /// users who want only their own data).
        bool seedBundled = true;
        /// False: only the companies are loaded (the store holds no events), for callers that
        /// read the month sums instead, like the headless chart export.
        bool loadEvents = true;
    };

    static Result<EventDatabase> open(const DatabaseLocation &location, OpenOptions options);
    static Result<EventDatabase> open(const DatabaseLocation &location)
    {
        return open(location, OpenOptions {});
    }

    /// Where the database lives when the user names none (the platform's app-data folder).
    static DatabaseLocation defaultLocation();

    EventDatabase(EventDatabase &&) noexcept = default;
    EventDatabase &operator=(EventDatabase &&) noexcept = default;
    ~EventDatabase();

    const DatabaseLocation &location() const { return m_location; }
    /// The loaded events (shared with the models that show them; replaced, never changed).
    std::shared_ptr<const EventStore> store() const { return m_store; }
    /// Background series (OWID AI investment...), loaded with the events.
    std::shared_ptr<const std::vector<ContextSeries>> contextSeries() const
    {
        return m_contextSeries;
    }

    Result<int> schemaVersion() const { return m_storage->schemaVersion(); }
    Result<qint64> eventCount() const { return m_storage->eventCount(); }
    Result<bool> hasEvents() const { return m_storage->hasEvents(); }
    /// Every stored event, read afresh (exports and checks; views use store()).
    Result<std::vector<Event>> loadEvents() const { return m_storage->loadEvents(); }
    Result<std::vector<MonthSum>> loadMonthSums(
        const std::optional<std::vector<qint64>> &companyIds = std::nullopt) const
    {
        return m_storage->loadMonthSums(companyIds);
    }
    Result<std::vector<Event>> loadLaunches() const { return m_storage->loadLaunches(); }
    Result<std::vector<ImportBatch>> importBatches() const { return m_storage->importBatches(); }
    Result<EventDetails> eventDetails(qint64 eventId) const
    {
        return m_storage->eventDetails(eventId);
    }

    /// Adds companies (merging by name and alias), then reloads.
    Status addCompanies(const std::vector<Company> &companies);
    /// Adds events as one batch labelled `source`, then reloads. Returns the batch id.
    Result<qint64> addEvents(const std::vector<Event> &events, const QString &source);
    /// Stores what Importer parsed as one import batch (all or nothing), then reloads.
    Result<ImportSummary> importParsed(
        const ParsedImport &parsed, const ImportControl &control = {});
    /// Reads, detects, maps and stores the file at `path` (ImportService), then reloads.
    Result<ImportSummary> importFile(const QString &path, const ImportControl &control = {});
    /// Removes an import batch as a whole, then reloads.
    Result<qint64> undoImport(qint64 batchId);

    /// Which bundled dataset the database holds.
    Result<BundledDatasetStatus> bundledDatasetStatus() const
    {
        return m_storage->bundledDatasetStatus();
    }
    /// Brings the database's bundled dataset up to the one compiled in (EventStorage documents
    /// the rules), then reloads.
    Result<DatasetUpdateSummary> updateBundledDataset();

    /// Re-reads the events after someone else wrote (an import on another connection).
    Status reload();
    /// Re-reads the companies only; the store then holds no events.
    Status reloadCompanies();

private:
    EventDatabase(DatabaseLocation location, std::unique_ptr<EventStorage> storage);
    Status reloadAsBefore();
    Result<ImportSummary> reloadAfterImport(Result<ImportSummary> summary);

    DatabaseLocation m_location;
    std::unique_ptr<EventStorage> m_storage;
    std::shared_ptr<const EventStore> m_store;
    std::shared_ptr<const std::vector<ContextSeries>> m_contextSeries;
    bool m_eventsLoaded = true;
};

} // namespace techwinter
