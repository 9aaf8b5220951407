#pragma once

#include "ImportTypes.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>
#include <vector>

namespace techwinter {

/// The dedupe step of an import: finds the rows that repeat a stored event or an earlier row of
/// the file, equal in every identifying field of the event field table, and which event they
/// repeat. The file's own rows are remembered by the hash of their key and their event id (one
/// 64-bit slot a row, at most 16 bytes a row with the table's free slots: the only state of an
/// import that grows with the file); a row whose hash was seen is compared with that one event
/// through its primary key. Only a row of a company with stored events needs the full SQL
/// lookup.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(const QSqlDatabase &db);

    /// Reads which companies already hold events, through `q`; false when that fails (`q` says
    /// why). Only their rows can duplicate a stored event, so only they pay an SQL lookup per
    /// row (a million lookups were a large part of a big import).
    bool loadStoredCompanies(QSqlQuery &q);
    /// True when some company already holds events.
    bool anyStored() const { return !m_companiesWithEvents.isEmpty(); }

    /// The id of the event that `e` (of company `companyId`) repeats, 0 when it is new; nullopt
    /// when the lookup fails (lookup() says why).
    std::optional<qint64> findDuplicate(const Event &e, qint64 companyId);
    /// Notes that the row findDuplicate() last found new was stored as event `eventId`.
    void remember(qint64 eventId);
    /// Makes room for `rows` rows to remember, so the table is not copied as it grows.
    void reserve(qint64 rows);
    const QSqlQuery &lookup() const { return *m_failed; }
    /// Runs `prepare` before each SQL lookup (to write rows still queued); when it fails, the
    /// lookup fails too.
    void beforeLookup(std::function<bool()> prepare) { m_beforeLookup = std::move(prepare); }

private:
    std::optional<qint64> lookUp(QSqlQuery &query, const Event &e, qint64 companyId, qint64 id);
    size_t slotOf(quint64 hash) const;
    void grow(size_t slots);

    QSqlQuery m_lookup;
    QSqlQuery m_lookupById;
    const QSqlQuery *m_failed = &m_lookup;
    QSet<qint64> m_companiesWithEvents;
    // An open-addressing table of the file's rows, one 64-bit slot each (0 = empty): the high
    // 32 bits of the key's hash (the low ones chose the slot) over the event id - m_base.
    std::vector<quint64> m_slots;
    size_t m_used = 0;
    qint64 m_base = -1;
    quint64 m_lastHash = 0;
    bool m_forgetful = false;
    std::function<bool()> m_beforeLookup;
};

} // namespace techwinter
