#include "PriceIndex.h"

#include <QCoreApplication>

namespace techwinter {

namespace {
const QString column = QStringLiteral("cpi_u");
}

PriceIndex::PriceIndex(MonthTable table)
    : m_table(std::move(table))
{
}

const PriceIndex &PriceIndex::bundled()
{
    static const PriceIndex index(
        MonthTable::bundled(QStringLiteral(":/money/us-cpi-monthly.csv")));
    return index;
}

std::optional<MonthValue> PriceIndex::at(QDate date, bool wholeYear) const
{
    if (!date.isValid())
        return std::nullopt;
    if (wholeYear)
        return m_table.yearAverage(column, date.year());
    return m_table.at(column, { date.year(), date.month() });
}

std::optional<MonthValue> PriceIndex::yearAverage(int year) const
{
    return m_table.yearAverage(column, year);
}

std::optional<double> PriceIndex::factor(QDate date, int baseYear, bool wholeYear) const
{
    const std::optional<MonthValue> then = at(date, wholeYear);
    const std::optional<MonthValue> base = yearAverage(baseYear);
    if (!then || !base)
        return std::nullopt;
    return base->value / then->value;
}

QString PriceIndex::sourceName()
{
    return QCoreApplication::translate("PriceIndex", "US CPI-U (BLS)");
}

} // namespace techwinter
