#include "MonthSumTally.h"

#include "Money.h"

#include <algorithm>
#include <tuple>

namespace techwinter {

namespace {

bool sameKey(const MonthSum &a, const MonthSum &b)
{
    return a.companyId == b.companyId && a.month == b.month && a.kind == b.kind;
}

} // namespace

void MonthSumTally::add(qint64 companyId, const Event &event)
{
    // The trigger's month: year * 12 + (month - 1), read off the stored ISO date.
    m_events.push_back(
        MonthSum { companyId, event.date.year() * 12 + event.date.month() - 1, event.kind, 1,
            event.headcount.value_or(0), event.amountUsd ? usdCents(*event.amountUsd) : 0 });
    // Folded into the sums now and then, so memory follows the sums, not the file's rows.
    if (m_events.size() >= m_folded + 65536)
        fold();
}

void MonthSumTally::fold()
{
    // Key order (company, month, kind) also keeps the writes to the sums table local.
    std::sort(m_events.begin(), m_events.end(), [](const MonthSum &a, const MonthSum &b) {
        return std::tie(a.companyId, a.month, a.kind) < std::tie(b.companyId, b.month, b.kind);
    });
    // Summed in place: no second vector as big as the first.
    size_t kept = 0;
    for (size_t i = 0; i < m_events.size(); ++i) {
        if (kept > 0 && sameKey(m_events[kept - 1], m_events[i])) {
            MonthSum &sum = m_events[kept - 1];
            sum.events += m_events[i].events;
            sum.headcount += m_events[i].headcount;
            sum.amountUsdCents += m_events[i].amountUsdCents;
        } else {
            m_events[kept++] = m_events[i];
        }
    }
    m_events.resize(kept);
    m_folded = kept;
}

const std::vector<MonthSum> &MonthSumTally::sums()
{
    fold();
    return m_events;
}

} // namespace techwinter
