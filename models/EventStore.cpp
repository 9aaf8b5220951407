#include "EventStore.h"

#include <algorithm>

namespace techwinter {

namespace {
QString key(QStringView name)
{
    return name.trimmed().toString().toCaseFolded();
}
} // namespace

EventStore::EventStore(std::vector<Event> events, std::vector<Company> companies)
    : m_events(std::move(events))
    , m_companies(std::move(companies))
{
    std::stable_sort(m_events.begin(), m_events.end(),
        [](const Event &a, const Event &b) { return a.date < b.date; });
    for (int i = 0; i < int(m_companies.size()); ++i) {
        m_companyByKey.insert(key(m_companies[size_t(i)].name), i);
        for (const QString &alias : m_companies[size_t(i)].aliases)
            m_companyByKey.insert(key(alias), i);
    }
    m_days.reserve(m_events.size());
    m_companyOfRow.reserve(m_events.size());
    for (Event &e : m_events) {
        auto it = m_companyByKey.constFind(key(e.company));
        int index = 0;
        if (it == m_companyByKey.constEnd()) {
            index = int(m_companies.size());
            m_companies.push_back(Company { 0, e.company.trimmed(), {} });
            m_companyByKey.insert(key(e.company), index);
        } else {
            index = *it;
        }
        // One spelling per company everywhere the events are shown.
        e.company = m_companies[size_t(index)].name;
        m_days.push_back(int(e.date.toJulianDay()));
        m_companyOfRow.push_back(index);
    }
    m_rowsByCompany.resize(m_companies.size());
    for (int row = 0; row < size(); ++row)
        m_rowsByCompany[size_t(m_companyOfRow[size_t(row)])].push_back(row);
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
    return m_events.empty() ? QDate() : m_events.front().date;
}

QDate EventStore::lastDate() const
{
    return m_events.empty() ? QDate() : m_events.back().date;
}

} // namespace techwinter
