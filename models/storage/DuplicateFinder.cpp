#include "DuplicateFinder.h"

#include "EventColumns.h"
#include "SqlSupport.h"

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

DuplicateFinder::DuplicateFinder(const QSqlDatabase &db, const std::vector<ImportedEvent> &events)
    : m_events(events)
    , m_lookup(db)
    , m_rowCompany(events.size(), 0)
{
    static constexpr SqlText lookup = duplicateLookup();
    m_lookup.prepare(lookup.toString());
    m_firstWithHash.reserve(events.size());
}

bool DuplicateFinder::loadStoredCompanies(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("SELECT DISTINCT company_id FROM events")))
        return false;
    while (q.next())
        m_companiesWithEvents.insert(q.value(0).toLongLong());
    return true;
}

std::optional<Repeat> DuplicateFinder::find(size_t row, qint64 companyId)
{
    const Event &e = m_events[row].event;
    m_rowCompany[row] = companyId;
    const QByteArray key = duplicateKey(companyId, e);
    const auto [first, isNew] = m_firstWithHash.try_emplace(qHash(QByteArrayView(key)), row);
    if (!isNew && duplicateKey(m_rowCompany[first->second], m_events[first->second].event) == key)
        return Repeat { .of = Repeat::Of::EarlierRow, .row = first->second };
    const bool collision = !isNew;
    if (!collision && !m_companiesWithEvents.contains(companyId))
        return Repeat {};
    int index = 0;
    for (const EventFieldSpec &spec : EventFields) {
        if (spec.identifying)
            index = bindEventField(m_lookup, index, spec, e, companyId);
    }
    if (!m_lookup.exec())
        return std::nullopt;
    Repeat repeat;
    if (m_lookup.next())
        repeat
            = Repeat { .of = Repeat::Of::StoredEvent, .eventId = m_lookup.value(0).toLongLong() };
    m_lookup.finish();
    return repeat;
}

} // namespace techwinter
