#pragma once

#include <QtGlobal>

namespace techwinter {

/// US dollars as whole cents, rounded half away from zero and clamped to ±10^13 dollars, exactly
/// as the database's sums trigger computes them, so in-memory and stored sums agree bit for bit.
/// NaN counts as nothing.
qint64 usdCents(double usd);

} // namespace techwinter
