#include "MoneyConverter.h"

#include <QCoreApplication>

namespace techwinter {

namespace {

const QString krw = QStringLiteral("KRW");

bool wholeYear(const Event &event)
{
    return event.precision == DatePrecision::Year;
}

} // namespace

QString displayCurrencyCode(DisplayCurrency currency)
{
    return currency == DisplayCurrency::Krw ? krw : QStringLiteral("USD");
}

std::optional<DisplayCurrency> displayCurrencyFromCode(const QString &code)
{
    if (code.compare(QStringLiteral("USD"), Qt::CaseInsensitive) == 0)
        return DisplayCurrency::Usd;
    if (code.compare(krw, Qt::CaseInsensitive) == 0)
        return DisplayCurrency::Krw;
    return std::nullopt;
}

bool ConvertedMoney::extrapolated() const
{
    return (originalPerUsd && originalPerUsd->extrapolated)
        || (krwPerUsd && krwPerUsd->extrapolated);
}

MoneyConverter::MoneyConverter(
    MoneySettings settings, const ExchangeRates &rates, const PriceIndex &prices)
    : m_settings(settings)
    , m_rates(&rates)
    , m_prices(&prices)
{
}

std::optional<double> MoneyConverter::usdNominal(const Event &event) const
{
    if (event.amountUsd)
        return event.amountUsd;
    if (!event.amount || event.currency.isEmpty())
        return std::nullopt;
    const std::optional<MonthValue> rate
        = m_rates->perUsd(event.currency, event.date, wholeYear(event));
    if (!rate)
        return std::nullopt;
    return *event.amount / rate->value;
}

std::optional<ConvertedMoney> MoneyConverter::convert(const Event &event) const
{
    const std::optional<double> usd = usdNominal(event);
    if (!usd)
        return std::nullopt;
    ConvertedMoney money;
    money.currency = m_settings.currency;
    money.usdNominal = *usd;
    if (!event.amountUsd)
        money.originalPerUsd = m_rates->perUsd(event.currency, event.date, wholeYear(event));
    double value = *usd;
    if (m_settings.realYear) {
        money.cpiFactor = m_prices->factor(event.date, *m_settings.realYear, wholeYear(event));
        if (!money.cpiFactor)
            return std::nullopt;
        value *= *money.cpiFactor;
    }
    if (m_settings.currency == DisplayCurrency::Krw) {
        // Real won are real dollars at the base year's mean rate; nominal won use the event month.
        money.krwPerUsd = m_settings.realYear ? m_rates->perUsdInYear(krw, *m_settings.realYear)
                                              : m_rates->perUsd(krw, event.date, wholeYear(event));
        if (!money.krwPerUsd)
            return std::nullopt;
        // A won amount shown in won nominally is the amount itself, not a round trip through
        // dollars.
        const bool originalWon
            = event.currency.compare(krw, Qt::CaseInsensitive) == 0 && event.amount;
        value
            = originalWon && !m_settings.realYear ? *event.amount : value * money.krwPerUsd->value;
    }
    money.value = value;
    return money;
}

QString MoneyConverter::sourceNote() const
{
    if (!m_settings.converts())
        return {};
    QStringList parts;
    if (m_settings.currency == DisplayCurrency::Krw)
        parts << QCoreApplication::translate("MoneyConverter", "Rates: %1, each event's month")
                     .arg(ExchangeRates::sourceName());
    if (m_settings.realYear) {
        parts << QCoreApplication::translate(
            "MoneyConverter", "real dollars of %1 average prices: %2")
                     .arg(*m_settings.realYear)
                     .arg(PriceIndex::sourceName());
        if (m_settings.currency == DisplayCurrency::Krw)
            parts << QCoreApplication::translate("MoneyConverter", "won at %1's average rate")
                         .arg(*m_settings.realYear);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace techwinter
