#include "EventStore.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace techwinter {

namespace {

QString key(QStringView name)
{
    return name.trimmed().toString().toCaseFolded();
}

template<typename T> void permute(std::vector<T> &column, const std::vector<int> &order)
{
    std::vector<T> sorted;
    sorted.reserve(column.size());
    for (int from : order)
        sorted.push_back(column[size_t(from)]);
    column = std::move(sorted);
}

// Stable order of positions by day. Days of real data span a few decades, so a counting sort
// (linear, no comparisons) beats a comparison sort by far on a million rows; fall back to
// stable_sort when the span is huge (year 1 next to year 9999).
std::vector<int> dateOrder(const std::vector<int> &days)
{
    std::vector<int> order(days.size());
    if (days.empty())
        return order;
    const auto [lo, hi] = std::minmax_element(days.begin(), days.end());
    const qint64 span = qint64(*hi) - qint64(*lo) + 1;
    if (span > std::max<qint64>(qint64(days.size()) * 4, 1 << 20)) {
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return days[size_t(a)] < days[size_t(b)]; });
        return order;
    }
    std::vector<int> start(size_t(span) + 1, 0);
    for (int d : days)
        ++start[size_t(d - *lo) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    for (size_t i = 0; i < days.size(); ++i)
        order[size_t(start[size_t(days[i] - *lo)]++)] = int(i);
    return order;
}

void putVarint(QByteArray &out, quint32 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

quint32 getVarint(const char *&p)
{
    quint32 v = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = quint8(*p++);
        v |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return v;
    }
}

} // namespace

EventStore::Builder::Builder(std::vector<Company> companies)
    : m_store(std::make_unique<EventStore>())
{
    EventStore &s = *m_store;
    s.m_companies = std::move(companies);
    for (int i = 0; i < int(s.m_companies.size()); ++i) {
        const Company &c = s.m_companies[size_t(i)];
        s.m_companyByKey.insert(key(c.name), i);
        for (const QString &alias : c.aliases)
            s.m_companyByKey.insert(key(alias), i);
        if (c.id != 0)
            s.m_companyById.insert(c.id, i);
    }
}

void EventStore::Builder::reserve(size_t events)
{
    EventStore &s = *m_store;
    s.m_ids.reserve(events);
    s.m_days.reserve(events);
    s.m_companyOfRow.reserve(events);
    s.m_kinds.reserve(events);
    s.m_headcounts.reserve(events);
    s.m_amountsUsd.reserve(events);
}

int EventStore::Builder::internCompany(QStringView name)
{
    EventStore &s = *m_store;
    const QString k = key(name);
    if (auto it = s.m_companyByKey.constFind(k); it != s.m_companyByKey.constEnd())
        return *it;
    const int index = int(s.m_companies.size());
    s.m_companies.push_back(Company { 0, name.trimmed().toString(), {}, {} });
    s.m_companyByKey.insert(k, index);
    return index;
}

int EventStore::Builder::companyById(qint64 id) const
{
    return m_store->m_companyById.value(id, -1);
}

size_t EventStore::Builder::addEvent(qint64 id, int julianDay, DatePrecision precision, int company,
    EventKind kind, std::optional<qint64> headcount, std::optional<double> amountUsd)
{
    EventStore &s = *m_store;
    s.m_ids.push_back(id);
    s.m_days.push_back(julianDay);
    s.m_companyOfRow.push_back(company);
    s.m_kinds.push_back(quint8(quint8(kind) | quint8(precision) << 4));
    if (headcount && (*headcount >= BigHeadcount || *headcount <= NoHeadcount)) {
        s.m_bigHeadcounts.insert(int(s.m_headcounts.size()), *headcount); // by position for now
        s.m_headcounts.push_back(BigHeadcount);
    } else {
        s.m_headcounts.push_back(headcount ? qint32(*headcount) : NoHeadcount);
    }
    s.m_amountsUsd.push_back(amountUsd ? *amountUsd : std::numeric_limits<double>::quiet_NaN());
    return s.m_ids.size() - 1;
}

void EventStore::Builder::setColdFields(size_t position, const Event &e)
{
    const QString *texts[] = { &e.counterparty, &e.title, &e.sourceUrl, &e.notes, &e.currency,
        &e.titleKo, &e.otherSources };
    const std::optional<double> *numbers[] = { &e.workforcePct, &e.amount, &e.usdRate };
    quint16 flags = 0;
    for (int i = 0; i < ColdTextCount; ++i)
        flags |= quint16(texts[i]->isEmpty() ? 0 : 1 << i);
    for (int i = 0; i < 3; ++i)
        flags |= quint16(numbers[i]->has_value() ? 1 << (ColdTextCount + i) : 0);
    if (flags == 0)
        return;
    QByteArray &arena = m_store->m_cold;
    if (m_coldAt.size() <= position)
        m_coldAt.resize(m_store->m_ids.size(), NoColdFields);
    m_coldAt[position] = quint64(arena.size());
    arena.append(char(flags & 0xff));
    arena.append(char(flags >> 8));
    for (int i = 0; i < ColdTextCount; ++i) {
        if (texts[i]->isEmpty())
            continue;
        const QByteArray utf8 = texts[i]->toUtf8();
        putVarint(arena, quint32(utf8.size()));
        arena.append(utf8);
    }
    for (int i = 0; i < 3; ++i) {
        if (!numbers[i]->has_value())
            continue;
        const double v = **numbers[i];
        arena.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
}

void EventStore::Builder::add(const Event &e)
{
    const size_t position = addEvent(e.id, int(e.date.toJulianDay()), e.precision,
        internCompany(e.company), e.kind, e.headcount, e.amountUsd);
    setColdFields(position, e);
}

EventStore EventStore::Builder::build() &&
{
    EventStore &s = *m_store;
    if (!m_coldAt.empty())
        m_coldAt.resize(s.m_ids.size(), NoColdFields);
    s.finish(std::move(m_coldAt));
    return std::move(s);
}

void EventStore::finish(std::vector<quint64> coldAtPosition)
{
    const std::vector<int> order = dateOrder(m_days);
    // Already in date order (the usual case for a loader that asks SQLite to sort): skip the
    // permutation copies.
    bool sorted = true;
    for (size_t i = 0; i < order.size() && sorted; ++i)
        sorted = order[i] == int(i);
    if (!sorted) {
        permute(m_ids, order);
        permute(m_days, order);
        permute(m_companyOfRow, order);
        permute(m_kinds, order);
        permute(m_headcounts, order);
        if (!m_bigHeadcounts.isEmpty()) {
            QHash<int, qint64> byRow;
            for (int row = 0; row < int(order.size()); ++row) {
                if (m_headcounts[size_t(row)] == BigHeadcount)
                    byRow.insert(row, m_bigHeadcounts.value(order[size_t(row)]));
            }
            m_bigHeadcounts = std::move(byRow);
        }
        permute(m_amountsUsd, order);
        if (!coldAtPosition.empty())
            permute(coldAtPosition, order);
    }
    m_coldAt = std::move(coldAtPosition);
    m_cold.squeeze();
    m_rowsByCompany.assign(m_companies.size(), {});
    std::vector<int> counts(m_companies.size(), 0);
    for (int c : m_companyOfRow)
        ++counts[size_t(c)];
    for (size_t c = 0; c < counts.size(); ++c)
        m_rowsByCompany[c].reserve(size_t(counts[c]));
    for (int row = 0; row < size(); ++row)
        m_rowsByCompany[size_t(m_companyOfRow[size_t(row)])].push_back(row);
}

EventStore::EventStore(std::vector<Event> events, std::vector<Company> companies)
{
    Builder builder(std::move(companies));
    builder.reserve(events.size());
    for (const Event &e : events)
        builder.add(e);
    events = {};
    *this = std::move(builder).build();
}

Event EventStore::event(int row) const
{
    Event e;
    e.id = id(row);
    e.date = date(row);
    e.precision = precision(row);
    e.company = companyName(row);
    e.kind = kind(row);
    e.headcount = headcount(row);
    e.amountUsd = amountUsd(row);
    decodeCold(row, e);
    return e;
}

void EventStore::decodeCold(int row, Event &e) const
{
    if (m_coldAt.empty() || m_coldAt[size_t(row)] == NoColdFields)
        return;
    const char *p = m_cold.constData() + m_coldAt[size_t(row)];
    const quint16 flags = quint16(quint8(p[0]) | quint8(p[1]) << 8);
    p += 2;
    QString *texts[] = { &e.counterparty, &e.title, &e.sourceUrl, &e.notes, &e.currency, &e.titleKo,
        &e.otherSources };
    std::optional<double> *numbers[] = { &e.workforcePct, &e.amount, &e.usdRate };
    for (int i = 0; i < ColdTextCount; ++i) {
        if (!(flags & (1 << i)))
            continue;
        const quint32 length = getVarint(p);
        *texts[i] = QString::fromUtf8(p, qsizetype(length));
        p += length;
    }
    for (int i = 0; i < 3; ++i) {
        if (!(flags & (1 << (ColdTextCount + i))))
            continue;
        double v = 0;
        std::memcpy(&v, p, sizeof v);
        p += sizeof v;
        *numbers[i] = v;
    }
}

QString EventStore::coldText(int row, ColdField field) const
{
    if (m_coldAt.empty() || m_coldAt[size_t(row)] == NoColdFields)
        return {};
    const char *p = m_cold.constData() + m_coldAt[size_t(row)];
    const quint16 flags = quint16(quint8(p[0]) | quint8(p[1]) << 8);
    p += 2;
    for (int i = 0; i < int(field); ++i) {
        if (flags & (1 << i)) {
            const quint32 skipped = getVarint(p);
            p += skipped;
        }
    }
    if (!(flags & (1 << int(field))))
        return {};
    const quint32 length = getVarint(p);
    return QString::fromUtf8(p, qsizetype(length));
}

QString EventStore::title(int row) const
{
    return coldText(row, Title);
}

QString EventStore::titleKo(int row) const
{
    return coldText(row, TitleKo);
}

QString EventStore::counterparty(int row) const
{
    return coldText(row, Counterparty);
}

QString EventStore::sourceUrl(int row) const
{
    return coldText(row, SourceUrl);
}

QString EventStore::notes(int row) const
{
    return coldText(row, Notes);
}

std::optional<int> EventStore::findCompany(QStringView nameOrAlias) const
{
    auto it = m_companyByKey.constFind(key(nameOrAlias));
    if (it == m_companyByKey.constEnd())
        return std::nullopt;
    return *it;
}

std::span<const int> EventStore::rowsOfCompany(int companyIndex) const
{
    if (companyIndex < 0 || companyIndex >= int(m_rowsByCompany.size()))
        return {};
    return m_rowsByCompany[size_t(companyIndex)];
}

int EventStore::lowerBound(QDate date) const
{
    return int(
        std::lower_bound(m_days.begin(), m_days.end(), int(date.toJulianDay())) - m_days.begin());
}

int EventStore::upperBound(QDate date) const
{
    return int(
        std::upper_bound(m_days.begin(), m_days.end(), int(date.toJulianDay())) - m_days.begin());
}

QDate EventStore::firstDate() const
{
    return m_days.empty() ? QDate() : QDate::fromJulianDay(m_days.front());
}

QDate EventStore::lastDate() const
{
    return m_days.empty() ? QDate() : QDate::fromJulianDay(m_days.back());
}

} // namespace techwinter
