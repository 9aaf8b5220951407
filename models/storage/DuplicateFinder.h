#pragma once

#include "ImportTypes.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <unordered_map>
#include <vector>

namespace techwinter {

/// Which event a row of an import repeats.
struct Repeat
{
    enum class Of : std::uint8_t {
        Nothing, ///< the row is new
        EarlierRow, ///< an earlier row of the file (`row`)
        StoredEvent, ///< a stored event (`eventId`), possibly one of this file stored already
    };
    Of of = Of::Nothing;
    size_t row = 0;
    qint64 eventId = 0;

    explicit operator bool() const { return of != Of::Nothing; }
};

/// The dedupe step of an import: finds the rows that repeat a stored event or an earlier row of
/// the file, equal in every identifying field of the event field table. A repeat within the file
/// is found in memory; only a row of a company with stored events needs the SQL lookup (which
/// also sees this file's rows, inserted in the same transaction). Two different keys with one
/// 64-bit hash fall back to the lookup too.
class DuplicateFinder
{
public:
    /// `events` (the file's rows) must outlive the finder.
    DuplicateFinder(const QSqlDatabase &db, const std::vector<ImportedEvent> &events);

    /// Reads which companies already hold events, through `q`; false when that fails (`q` says
    /// why). Only their rows can duplicate a stored event, so only they pay an SQL lookup per
    /// row (a million lookups were a large part of a big import).
    bool loadStoredCompanies(QSqlQuery &q);
    /// True when some company already holds events.
    bool anyStored() const { return !m_companiesWithEvents.isEmpty(); }

    /// What row `row` of the file, of company `companyId`, repeats; nullopt when the lookup
    /// fails (lookup() says why). Rows must be asked about in file order.
    std::optional<Repeat> find(size_t row, qint64 companyId);
    const QSqlQuery &lookup() const { return m_lookup; }

private:
    const std::vector<ImportedEvent> &m_events;
    QSqlQuery m_lookup;
    QSet<qint64> m_companiesWithEvents;
    /// Rows of this file by the hash of their duplicate key (the first row with each hash).
    std::unordered_map<size_t, size_t> m_firstWithHash;
    std::vector<qint64> m_rowCompany; ///< each row's company id, once asked about
};

} // namespace techwinter
