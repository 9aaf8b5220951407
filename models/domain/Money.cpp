#include "Money.h"

#include <algorithm>
#include <cmath>

namespace techwinter {

qint64 usdCents(double usd)
{
    if (std::isnan(usd))
        return 0;
    // Mirrors migration 004 operation by operation: max(-1e13, min(1e13, x)) * 100 +/- 0.5,
    // then CAST AS INTEGER, which truncates toward zero.
    const double clamped = std::max(-1e13, std::min(1e13, usd));
    return qint64(clamped * 100 + (usd >= 0 ? 0.5 : -0.5));
}

} // namespace techwinter
