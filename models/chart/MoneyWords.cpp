#include "MoneyWords.h"

namespace techwinter {

MoneyWords MoneyWords::of(const MoneySettings &money)
{
    if (money.currency == DisplayCurrency::Krw) {
        if (money.realYear)
            return { tr("AI investment (₩ tn, %1 prices)").arg(*money.realYear),
                tr("AI investment (trillion won, %1 prices)").arg(*money.realYear),
                tr("AI investment, running total (trillion won, %1 prices)").arg(*money.realYear),
                1e12 };
        return { tr("AI investment (₩ tn)"), tr("AI investment (trillion won)"),
            tr("AI investment, running total (trillion won)"), 1e12 };
    }
    if (money.realYear)
        return { tr("AI investment (US$ bn, %1 prices)").arg(*money.realYear),
            tr("AI investment (US$ billions, %1 prices)").arg(*money.realYear),
            tr("AI investment, running total (US$ billions, %1 prices)").arg(*money.realYear),
            1e9 };
    return { tr("AI investment (US$ bn)"), tr("AI investment (US$ billions)"),
        tr("AI investment, running total (US$ billions)"), 1e9 };
}

} // namespace techwinter
