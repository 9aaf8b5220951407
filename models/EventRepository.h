#pragma once

#include "Event.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace techwinter {

/// The SQLite event store behind Qt SQL: the only class that writes SQL. One connection each.
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

private:
    EventRepository(QSqlDatabase db, QString path, bool created);
    Error sqlError(const QString &what, const class QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_path;
    bool m_created = false;
};

} // namespace techwinter
