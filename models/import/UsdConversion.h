#pragma once

#include "Event.h"
#include "ExchangeRates.h"

#include <optional>

namespace techwinter {

/// What converting one imported row's amount to US dollars did: the rate used, or why not.
struct UsdConversion
{
    std::optional<MonthValue> rate; ///< units per dollar used, when a rate was applied
    std::optional<QString> problem; ///< why the amount cannot be counted as dollars
};

/// Fills amount_usd and usd_rate from amount and currency at the event month's average rate (USD
/// at 1). A figure mapped as dollars on a row whose currency says otherwise is taken as that
/// currency's amount first, so euros never count as dollars.
UsdConversion convertToUsd(Event &event, const ExchangeRates &rates = ExchangeRates::bundled());

} // namespace techwinter
