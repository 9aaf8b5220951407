#pragma once

#include "Event.h"

#include <QHash>

#include <optional>
#include <span>
#include <vector>

namespace techwinter {

/// The loaded events in date order, with interned companies and a per-company row index, so a
/// filter touches only the rows of the companies it names.
class EventStore
{
public:
    EventStore() = default;
    /// Sorts `events` by date (stable), interns their companies against `companies` (by name or
    /// alias, case-insensitively) and builds the indexes.
    EventStore(std::vector<Event> events, std::vector<Company> companies);

    int size() const { return int(m_events.size()); }
    bool isEmpty() const { return m_events.empty(); }
    const Event &event(int row) const { return m_events[size_t(row)]; }

    // Hot columns kept apart from the full records so scans stay in cache.
    int day(int row) const { return m_days[size_t(row)]; }
    int companyIndex(int row) const { return m_companyOfRow[size_t(row)]; }
    EventKind kind(int row) const { return m_events[size_t(row)].kind; }

    const std::vector<Company> &companies() const { return m_companies; }
    const Company &company(int index) const { return m_companies[size_t(index)]; }
    /// Company index for a display name or alias (case-insensitive).
    std::optional<int> findCompany(QStringView nameOrAlias) const;
    /// Rows of one company, ascending (hence in date order).
    std::span<const int> rowsOfCompany(int companyIndex) const;

    /// First row whose date is on or after `date`; size() when none.
    int lowerBound(QDate date) const;
    /// First row whose date is after `date`; size() when none.
    int upperBound(QDate date) const;

    QDate firstDate() const;
    QDate lastDate() const;

private:
    std::vector<Event> m_events;
    std::vector<int> m_days;
    std::vector<int> m_companyOfRow;
    std::vector<Company> m_companies;
    std::vector<std::vector<int>> m_rowsByCompany;
    QHash<QString, int> m_companyByKey;
};

} // namespace techwinter
