#pragma once

#include "Event.h"

namespace techwinter {

/// One row of the sums the database keeps per company, month and kind (migration 004): what a
/// chart needs without reading the events. Money is in whole US cents so sums stay exact.
struct MonthSum
{
    qint64 companyId = 0; ///< database id of the company
    int month = 0; ///< year * 12 + (month - 1)
    EventKind kind = EventKind::Layoff;
    qint64 events = 0;
    qint64 headcount = 0; ///< sum of known headcounts
    qint64 amountUsdCents = 0; ///< sum of known USD amounts, in cents

    bool operator==(const MonthSum &) const = default;
};

} // namespace techwinter
