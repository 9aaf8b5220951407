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
    m_slots.assign(size_t(1) << 12, 0);
}

bool DuplicateFinder::loadStoredCompanies(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("SELECT DISTINCT company_id FROM events")))
        return false;
    while (q.next())
        m_companiesWithEvents.insert(q.value(0).toLongLong());
    return true;
}

namespace {

constexpr quint64 hashPart(quint64 hash)
{
    return hash >> 32;
}

} // namespace

size_t DuplicateFinder::slotOf(quint64 hash) const
{
    return size_t(hash) & (m_slots.size() - 1);
}

void DuplicateFinder::grow(size_t slots)
{
    std::vector<quint64> old(slots, 0);
    std::swap(old, m_slots);
    for (const quint64 entry : old) {
        if (entry == 0)
            continue;
        // Placed by the part of the hash it keeps, as findDuplicate() looks for it.
        size_t slot = slotOf(entry >> 32);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & (m_slots.size() - 1);
        m_slots[slot] = entry;
    }
}

void DuplicateFinder::reserve(qint64 rows)
{
    size_t slots = m_slots.size();
    while (qint64(slots) * 3 < rows * 4)
        slots *= 2;
    if (slots > m_slots.size())
        grow(slots);
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
    // 32 bits of the hash are kept, and they also choose the slot: a row with another key and the
    // same 32 bits costs one lookup by id, which tells them apart.
    m_lastHash = std::max<quint64>(hashPart(qHash(QByteArrayView(key))), 1);
    for (size_t slot = slotOf(m_lastHash); m_slots[slot] != 0;
         slot = (slot + 1) & (m_slots.size() - 1)) {
        if ((m_slots[slot] >> 32) != m_lastHash)
            continue;
        // The same hash: that one earlier row, through its primary key.
        const auto same
            = lookUp(m_lookupById, e, companyId, m_base + qint64(m_slots[slot] & 0xFFFFFFFFu));
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
    if ((m_used + 1) * 4 > m_slots.size() * 3)
        grow(m_slots.size() * 2);
    size_t slot = slotOf(m_lastHash);
    while (m_slots[slot] != 0)
        slot = (slot + 1) & (m_slots.size() - 1);
    m_slots[slot] = (m_lastHash << 32) | quint64(offset);
    ++m_used;
}

} // namespace techwinter
