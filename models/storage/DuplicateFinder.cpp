#include "DuplicateFinder.h"

#include "EventColumns.h"
#include "SqlSupport.h"

#include <limits>

namespace techwinter {

using namespace sql;

namespace {

// The identifying fields of an event (those the duplicate lookup compares) as bytes: doubles by
// their bits, texts length-prefixed. Events the lookup would match have equal keys.
QByteArray duplicateKey(qint64 companyId, const Event &e)
{
    QByteArray key;
    key.reserve(96);
    const auto raw = [&](const auto &v) {
        key.append(reinterpret_cast<const char *>(&v), sizeof v);
    };
    const auto optional = [&](const auto &v) {
        key.push_back(v ? '1' : '0');
        if (v)
            raw(*v);
    };
    raw(companyId);
    for (const EventFieldSpec &spec : EventFields) {
        if (!spec.identifying || spec.field == EventField::Company)
            continue;
        switch (spec.type) {
        case FieldType::Date:
            raw(e.date.toJulianDay());
            raw(e.precision);
            break;
        case FieldType::Kind:
            raw(e.kind);
            break;
        case FieldType::Text: {
            const QByteArray utf8 = (e.*spec.text).toUtf8();
            raw(utf8.size());
            key.append(utf8);
            break;
        }
        case FieldType::Integer:
            optional(e.*spec.integer);
            break;
        case FieldType::Number:
            optional(e.*spec.number);
            break;
        }
    }
    return key;
}

} // namespace

DuplicateFinder::DuplicateFinder(const QSqlDatabase &db)
    : m_lookup(db)
    , m_lookupById(db)
{
    static constexpr SqlText lookup = duplicateLookup();
    static constexpr SqlText byId = duplicateLookup(true);
    m_lookup.prepare(lookup.toString());
    m_lookupById.prepare(byId.toString());
    m_hashes.assign(size_t(1) << 12, 0);
    m_ids.assign(m_hashes.size(), 0);
}

bool DuplicateFinder::loadStoredCompanies(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("SELECT DISTINCT company_id FROM events")))
        return false;
    while (q.next())
        m_companiesWithEvents.insert(q.value(0).toLongLong());
    return true;
}

size_t DuplicateFinder::slotOf(quint64 hash) const
{
    return size_t(hash) & (m_hashes.size() - 1);
}

void DuplicateFinder::grow()
{
    std::vector<quint64> hashes(m_hashes.size() * 2, 0);
    std::vector<quint32> ids(hashes.size(), 0);
    std::swap(hashes, m_hashes);
    std::swap(ids, m_ids);
    for (size_t i = 0; i < hashes.size(); ++i) {
        if (hashes[i] == 0)
            continue;
        size_t slot = slotOf(hashes[i]);
        while (m_hashes[slot] != 0)
            slot = (slot + 1) & (m_hashes.size() - 1);
        m_hashes[slot] = hashes[i];
        m_ids[slot] = ids[i];
    }
}

// The id found by `query` (m_lookup, or m_lookupById for `id`), 0 when none.
std::optional<qint64> DuplicateFinder::lookUp(
    QSqlQuery &query, const Event &e, qint64 companyId, qint64 id)
{
    if (m_beforeLookup && !m_beforeLookup()) {
        m_failed = &query;
        return std::nullopt;
    }
    int index = 0;
    if (id != 0)
        query.bindValue(index++, id);
    for (const EventFieldSpec &spec : EventFields) {
        if (spec.identifying)
            index = bindEventField(query, index, spec, e, companyId);
    }
    if (!query.exec()) {
        m_failed = &query;
        return std::nullopt;
    }
    const qint64 found = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return found;
}

std::optional<qint64> DuplicateFinder::findDuplicate(const Event &e, qint64 companyId)
{
    const QByteArray key = duplicateKey(companyId, e);
    m_lastHash = std::max<quint64>(qHash(QByteArrayView(key)), 1);
    for (size_t slot = slotOf(m_lastHash); m_hashes[slot] != 0;
         slot = (slot + 1) & (m_hashes.size() - 1)) {
        if (m_hashes[slot] != m_lastHash)
            continue;
        // The same hash: that one earlier row, through its primary key (a different key with the
        // same hash is told apart here).
        const auto same = lookUp(m_lookupById, e, companyId, m_base + qint64(m_ids[slot]));
        if (!same || *same != 0)
            return same;
    }
    if (!m_companiesWithEvents.contains(companyId) && !m_forgetful)
        return 0;
    return lookUp(m_lookup, e, companyId, 0);
}

void DuplicateFinder::remember(qint64 eventId)
{
    if (m_base < 0)
        m_base = eventId;
    const qint64 offset = eventId - m_base;
    if (offset < 0 || offset > qint64(std::numeric_limits<quint32>::max())) {
        // Ids this far apart never come from one import; should they, ask SQL about every row.
        m_forgetful = true;
        return;
    }
    if ((m_used + 1) * 10 > m_hashes.size() * 7)
        grow();
    size_t slot = slotOf(m_lastHash);
    while (m_hashes[slot] != 0)
        slot = (slot + 1) & (m_hashes.size() - 1);
    m_hashes[slot] = m_lastHash;
    m_ids[slot] = quint32(offset);
    ++m_used;
}

} // namespace techwinter
