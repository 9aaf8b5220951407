#pragma once

#include "Event.h"
#include "ExchangeRates.h"
#include "PriceIndex.h"

#include <cstdint>

namespace techwinter {

/// The currency money is shown in across the app.
enum class DisplayCurrency : std::uint8_t { Usd, Krw };

/// "USD" / "KRW".
QString displayCurrencyCode(DisplayCurrency currency);
std::optional<DisplayCurrency> displayCurrencyFromCode(const QString &code);

/// How money is shown: the currency and, for real figures, the year whose average prices count.
struct MoneySettings
{
    DisplayCurrency currency = DisplayCurrency::Usd;
    std::optional<int> realYear;

    bool converts() const { return currency != DisplayCurrency::Usd || realYear.has_value(); }
    bool operator==(const MoneySettings &) const = default;
};

/// An event's amount in the shown currency, with every rate that produced it.
struct ConvertedMoney
{
    double value = 0;
    DisplayCurrency currency = DisplayCurrency::Usd;
    double usdNominal = 0;
    /// Original currency per dollar, when amount_usd was empty and the original amount converted.
    std::optional<MonthValue> originalPerUsd;
    /// Won per dollar used for a KRW figure (the base year's mean for real figures).
    std::optional<MonthValue> krwPerUsd;
    /// Base-year dollars per dollar of the event's month.
    std::optional<double> cpiFactor;

    bool extrapolated() const;
};

/// Turns events' amounts into US dollars or won, nominal or real, at each event month's rate.
class MoneyConverter
{
public:
    explicit MoneyConverter(MoneySettings settings = {},
        const ExchangeRates &rates = ExchangeRates::bundled(),
        const PriceIndex &prices = PriceIndex::bundled());

    const MoneySettings &settings() const { return m_settings; }
    /// Nothing when the event has no amount or no rate reaches it.
    std::optional<ConvertedMoney> convert(const Event &event) const;
    /// The event's nominal dollars: amount_usd, or the original amount at its month's rate.
    std::optional<double> usdNominal(const Event &event) const;
    /// The source line for footers ("Rates: ...; prices: ...") or empty when nothing converts.
    QString sourceNote() const;

private:
    MoneySettings m_settings;
    const ExchangeRates *m_rates;
    const PriceIndex *m_prices;
};

} // namespace techwinter
