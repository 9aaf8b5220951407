#include "UsdConversion.h"

#include <QCoreApplication>
#include <cmath>

namespace techwinter {

UsdConversion convertToUsd(Event &e, const ExchangeRates &rates)
{
    const QString code = e.currency.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    e.currency = code;
    const bool dollars = code == QLatin1String("USD");
    if (!dollars && e.amountUsd && !e.amount) {
        e.amount = e.amountUsd;
        e.amountUsd.reset();
        e.usdRate.reset();
    }
    // A dollar figure the file states itself is the file's word; only an empty one is computed.
    if (!e.amount || e.amountUsd)
        return {};
    if (dollars) {
        e.amountUsd = e.amount;
        e.usdRate = 1.0;
        return {};
    }
    if (!rates.knows(code)) {
        e.amount.reset();
        return { std::nullopt,
            QCoreApplication::translate("UsdConversion",
                "the amount is in %1, which has no exchange rate in TechWinter's table, "
                "so it cannot be counted as US dollars")
                .arg(code) };
    }
    const std::optional<MonthValue> rate
        = rates.perUsd(code, e.date, e.precision == DatePrecision::Year);
    if (!rate) {
        return { std::nullopt,
            QCoreApplication::translate(
                "UsdConversion", "there is no %1 exchange rate for %2 (the table starts later)")
                .arg(code, e.dateText()) };
    }
    e.amountUsd = std::round(*e.amount / rate->value * 100) / 100;
    e.usdRate = 1.0 / rate->value;
    return { rate, std::nullopt };
}

} // namespace techwinter
