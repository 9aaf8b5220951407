#pragma once

#include <QLocale>
#include <QString>

namespace techwinter {

/// "US$10.3 bn", "US$300 m", "US$75,000": money the way a reader scans it, in `locale`'s digits.
QString formatUsd(double usd, const QLocale &locale = QLocale());

} // namespace techwinter
