#pragma once

#include "Event.h"
#include "MonthSum.h"

#include <vector>

namespace techwinter {

/// Adds events up into per-company, per-month, per-kind sums exactly as the database's sums
/// trigger (migration 004) would, so a bulk import can write each sum once instead of firing the
/// trigger per row.
class MonthSumTally
{
public:
    /// Counts one stored event of the company with database id `companyId`.
    void add(qint64 companyId, const Event &event);
    bool isEmpty() const { return m_events.empty(); }
    /// The sums, ordered by company, month and kind (the table's key order: writes stay local).
    const std::vector<MonthSum> &sums();

private:
    void fold();

    // The sums so far (the first m_folded entries, in key order), then one entry per event
    // since: appending is cheaper than a hash lookup per row (a million-row import touched a
    // hash map of 134,000 sums at random, a cache miss each); fold() sums them up.
    std::vector<MonthSum> m_events;
    size_t m_folded = 0;
};

} // namespace techwinter
