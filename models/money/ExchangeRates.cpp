#include "ExchangeRates.h"

#include <QCoreApplication>

namespace techwinter {

namespace {
const QString usd = QStringLiteral("USD");
}

ExchangeRates::ExchangeRates(MonthTable table)
    : m_table(std::move(table))
{
}

const ExchangeRates &ExchangeRates::bundled()
{
    static const ExchangeRates rates(
        MonthTable::bundled(QStringLiteral(":/money/exchange-rates-monthly.csv")));
    return rates;
}

bool ExchangeRates::knows(const QString &currency) const
{
    return currency.compare(usd, Qt::CaseInsensitive) == 0 || m_table.hasColumn(currency.toUpper());
}

std::optional<MonthValue> ExchangeRates::perUsd(
    const QString &currency, QDate date, bool wholeYear) const
{
    if (!date.isValid())
        return std::nullopt;
    if (currency.compare(usd, Qt::CaseInsensitive) == 0)
        return MonthValue { 1.0, { date.year(), date.month() }, false, wholeYear };
    if (wholeYear)
        return m_table.yearAverage(currency.toUpper(), date.year());
    return m_table.at(currency.toUpper(), { date.year(), date.month() });
}

std::optional<MonthValue> ExchangeRates::perUsdInYear(const QString &currency, int year) const
{
    return perUsd(currency, QDate(year, 1, 1), true);
}

QString ExchangeRates::sourceName()
{
    return QCoreApplication::translate(
        "ExchangeRates", "Federal Reserve H.10 monthly averages (FRED)");
}

} // namespace techwinter
