#pragma once

#include "EventStorage.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace techwinter {

/// The SQLite implementation of EventStorage, through Qt SQL: with ImportWriter, the only code
/// that writes SQL. WAL, foreign keys, a busy timeout, every write in one transaction.
class SqliteStorage final : public EventStorage
{
public:
    /// Opens (creating when missing) the database at `path`, turns on WAL and foreign keys, and
    /// migrates it to the newest schema.
    static Result<std::unique_ptr<SqliteStorage>> open(const QString &path);

    ~SqliteStorage() override;

    DatabaseLocation location() const override { return DatabaseLocation::sqliteFile(m_path); }
    bool wasCreated() const override { return m_created; }
    Result<int> schemaVersion() const override;
    Result<qint64> eventCount() const override;
    Result<bool> hasEvents() const override;
    Status addCompanies(const std::vector<Company> &companies) override;
    Result<qint64> addEvents(const std::vector<Event> &events, const QString &source) override;
    Result<std::vector<Company>> loadCompanies() const override;
    Result<std::vector<Event>> loadEvents() const override;
    /// Read column by column: the hot fields of every row, then text only for rows that have any.
    Result<EventStore> loadStore(std::vector<Company> companies) const override;
    Result<std::vector<MonthSum>> loadMonthSums(
        const std::optional<std::vector<qint64>> &companyIds = std::nullopt) const override;
    /// An index read.
    Result<std::vector<Event>> loadLaunches() const override;
    /// The connection is this thread's: to store off the GUI thread, open a second storage on
    /// the worker thread.
    Result<ImportSummary> importParsed(
        const ParsedImport &parsed, const ImportControl &control = {}) override;
    Result<ImportSummary> importSource(
        ImportSource &source, const ImportControl &control = {}) override;
    Result<qint64> undoImport(qint64 batchId) override;
    Result<std::vector<ImportBatch>> importBatches() const override;
    Result<EventDetails> eventDetails(qint64 eventId) const override;
    Result<std::vector<ContextSeries>> loadContextSeries() const override;
    Result<BundledDatasetStatus> bundledDatasetStatus() const override;
    Status installBundledDataset(const BundledDataset &dataset) override;
    Result<DatasetUpdateSummary> updateBundledDataset(const BundledDataset &dataset) override;

private:
    SqliteStorage(QSqlDatabase db, QString path, bool created);
    Error sqlError(const QString &what, const class QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_path;
    bool m_created = false;
};

} // namespace techwinter
