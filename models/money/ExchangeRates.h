#pragma once

#include "MonthTable.h"

#include <QDate>

namespace techwinter {

/// Monthly average exchange rates (units of a currency per US dollar, Federal Reserve H.10 via
/// FRED); an event is converted at its own month's average.
class ExchangeRates
{
public:
    explicit ExchangeRates(MonthTable table = {});
    /// The compiled-in table (resources/data/exchange-rates-monthly.csv).
    static const ExchangeRates &bundled();

    bool knows(const QString &currency) const;
    /// Units of `currency` per US dollar in `date`'s month (the year's mean when only the year is
    /// known); USD is 1. Nothing for a currency or month before the table.
    std::optional<MonthValue> perUsd(
        const QString &currency, QDate date, bool wholeYear = false) const;
    /// Units per dollar averaged over `year`.
    std::optional<MonthValue> perUsdInYear(const QString &currency, int year) const;
    /// Names the source for footers and exports.
    static QString sourceName();

private:
    MonthTable m_table;
};

} // namespace techwinter
