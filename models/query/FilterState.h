#pragma once

#include "Event.h"

#include <QDate>
#include <QString>

#include <bitset>
#include <optional>
#include <set>
#include <vector>

namespace techwinter {

class EventStore;

/// What the user asked to see: companies, kinds, a date range and free text. A plain value, so
/// the window, the command line and the exporters all share one definition.
struct FilterState
{
    /// Company indexes into the EventStore; nullopt means every company, empty means none.
    std::optional<std::set<int>> companies;
    std::bitset<EventKindCount> kinds = std::bitset<EventKindCount>().set();
    QDate from; ///< inclusive; invalid = open
    QDate to; ///< inclusive; invalid = open
    QString text; ///< case-insensitive match in title, company, counterparty or notes

    bool acceptsKind(EventKind kind) const { return kinds.test(size_t(kind)); }
    void setKind(EventKind kind, bool on) { kinds.set(size_t(kind), on); }

    bool operator==(const FilterState &) const = default;

    /// The store rows that match, in date order. Cost is proportional to the rows of the chosen
    /// companies within the date range, not to the whole store.
    std::vector<int> matchingRows(const EventStore &store) const;
};

} // namespace techwinter
