#include "Formatting.h"

namespace techwinter {

QString formatUsd(double usd, const QLocale &locale)
{
    if (usd >= 1e9)
        return QStringLiteral("US$%1 bn").arg(locale.toString(usd / 1e9, 'f', usd >= 1e11 ? 0 : 1));
    if (usd >= 1e6)
        return QStringLiteral("US$%1 m").arg(locale.toString(usd / 1e6, 'f', usd >= 1e8 ? 0 : 1));
    return QStringLiteral("US$%1").arg(locale.toString(usd, 'f', 0));
}

} // namespace techwinter
