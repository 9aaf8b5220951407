#pragma once

#include "MonthTable.h"

#include <QDate>

namespace techwinter {

/// US consumer prices (CPI-U, BLS, 1982–84 = 100) by month, for money in dollars of one year.
class PriceIndex
{
public:
    explicit PriceIndex(MonthTable table = {});
    /// The compiled-in table (resources/data/us-cpi-monthly.csv).
    static const PriceIndex &bundled();

    /// The index in `date`'s month (the year's mean when only the year is known).
    std::optional<MonthValue> at(QDate date, bool wholeYear = false) const;
    std::optional<MonthValue> yearAverage(int year) const;
    /// What one dollar of `date`'s month is worth in dollars of `baseYear`'s average prices.
    std::optional<double> factor(QDate date, int baseYear, bool wholeYear = false) const;
    static QString sourceName();

private:
    MonthTable m_table;
};

} // namespace techwinter
