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
}

std::vector<MonthSum> MonthSumTally::sums() const
{
    std::vector<MonthSum> sorted = m_events;
    // Key order (company, month, kind) also keeps the writes to the sums table local.
    std::sort(sorted.begin(), sorted.end(), [](const MonthSum &a, const MonthSum &b) {
        return std::tie(a.companyId, a.month, a.kind) < std::tie(b.companyId, b.month, b.kind);
    });
    std::vector<MonthSum> sums;
    for (const MonthSum &one : sorted) {
        if (!sums.empty() && sameKey(sums.back(), one)) {
            MonthSum &sum = sums.back();
            sum.events += one.events;
            sum.headcount += one.headcount;
            sum.amountUsdCents += one.amountUsdCents;
        } else {
            sums.push_back(one);
        }
    }
    return sums;
}

} // namespace techwinter
