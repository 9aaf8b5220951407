#include "MoneyColumns.h"

namespace techwinter {

namespace {

const QString amountKrw = QStringLiteral("amount_krw");
const QString krwPerUsd = QStringLiteral("krw_per_usd");
const QString rateMonth = QStringLiteral("rate_month");
const QString rateExtrapolated = QStringLiteral("rate_extrapolated");
const QString amountUsdReal = QStringLiteral("amount_usd_real");
const QString realYear = QStringLiteral("real_dollars_year");

QString number(double value)
{
    return QString::number(value, 'f', 0);
}

} // namespace

MoneyColumns::MoneyColumns(const MoneySettings &settings)
    : m_settings(settings)
    , m_krw({ DisplayCurrency::Krw, std::nullopt })
    , m_real({ DisplayCurrency::Usd, settings.realYear })
{
    if (settings.currency == DisplayCurrency::Krw)
        m_names << amountKrw << krwPerUsd << rateMonth << rateExtrapolated;
    if (settings.realYear)
        m_names << amountUsdReal << realYear;
}

QStringList MoneyColumns::cells(const Event &event) const
{
    QStringList out;
    if (m_settings.currency == DisplayCurrency::Krw) {
        // The won figure is always at the event month's rate, real or not, so it can be checked.
        const std::optional<ConvertedMoney> won = m_krw.convert(event);
        const bool rated = won && won->krwPerUsd;
        out << (won ? number(won->value) : QString())
            << (rated ? QString::number(won->krwPerUsd->value, 'f', 4) : QString())
            << (rated ? won->krwPerUsd->month.text() : QString())
            << (rated ? (won->extrapolated() ? QStringLiteral("true") : QStringLiteral("false"))
                      : QString());
    }
    if (m_settings.realYear) {
        const std::optional<ConvertedMoney> real = m_real.convert(event);
        out << (real ? number(real->value) : QString()) << QString::number(*m_settings.realYear);
    }
    return out;
}

bool MoneyColumns::isNumeric(const QString &name)
{
    return name != rateMonth && name != rateExtrapolated;
}

} // namespace techwinter
