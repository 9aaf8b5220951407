// Money across currencies and years: the bundled H.10 rates and CPI-U, the converter, and the
// Korean 조/억/만 formatting. Expected figures are worked out by hand from the bundled tables.
#include "ChartContent.h"
#include "EventFilter.h"
#include "EventStore.h"
#include "ExchangeRates.h"
#include "Formatting.h"
#include "MoneyConverter.h"
#include "PriceIndex.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

Event moneyEvent(QDate date, double amount, const QString &currency)
{
    Event event;
    event.date = date;
    event.amount = amount;
    event.currency = currency;
    return event;
}

const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
const QLocale english(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST_CASE("bundled rates quote units of a currency per US dollar for the event month")
{
    const ExchangeRates &rates = ExchangeRates::bundled();
    // 2023-01 average: 1,243.0705 won and 0.8172 pound per dollar (a pound is worth more than a
    // dollar).
    REQUIRE(rates.perUsd(QStringLiteral("KRW"), QDate(2023, 1, 12)));
    CHECK(rates.perUsd(QStringLiteral("KRW"), QDate(2023, 1, 12))->value == Approx(1243.0705));
    CHECK(rates.perUsd(QStringLiteral("gbp"), QDate(2023, 1, 31))->value == Approx(0.8172));
    CHECK(rates.perUsd(QStringLiteral("USD"), QDate(1950, 1, 1))->value == 1.0);
    CHECK_FALSE(rates.perUsd(QStringLiteral("EUR"), QDate(1998, 12, 1))); // the euro starts in 1999
    CHECK_FALSE(rates.knows(QStringLiteral("XAU")));
    CHECK(rates.knows(QStringLiteral("HKD")));
}

TEST_CASE("a KRW event converts to dollars at its month's average rate")
{
    const MoneyConverter dollars;
    const Event samsung = moneyEvent(QDate(2023, 1, 12), 1.2e12, QStringLiteral("KRW"));
    const std::optional<ConvertedMoney> usd = dollars.convert(samsung);
    REQUIRE(usd);
    // 1,200,000,000,000 / 1,243.0705 = 965,351,522.70
    CHECK(usd->value == Approx(965351522.70));
    REQUIRE(usd->originalPerUsd);
    CHECK(usd->originalPerUsd->month.text() == QStringLiteral("2023-01"));
    CHECK_FALSE(usd->extrapolated());

    // Shown in won, a won amount is itself, with the month's rate kept for the dollar figure.
    const MoneyConverter won({ DisplayCurrency::Krw, std::nullopt });
    const std::optional<ConvertedMoney> krw = won.convert(samsung);
    REQUIRE(krw);
    CHECK(krw->value == 1.2e12);
    CHECK(krw->krwPerUsd->value == Approx(1243.0705));
}

TEST_CASE("a EUR event converts to dollars and to won at its month's rates")
{
    const Event round = moneyEvent(QDate(2023, 6, 13), 105e6, QStringLiteral("EUR"));
    // 105,000,000 / 0.9225 = 113,821,138.21 dollars; × 1,297.2514 = 147,655,… won
    CHECK(MoneyConverter().convert(round)->value == Approx(113821138.21));
    CHECK(MoneyConverter({ DisplayCurrency::Krw, std::nullopt }).convert(round)->value
        == Approx(113821138.21 * 1297.2514));
    // A stored dollar figure (the source's own) wins over the month's rate.
    Event stored = round;
    stored.amountUsd = 114e6;
    CHECK(MoneyConverter().convert(stored)->value == 114e6);
}

TEST_CASE("a month beyond the rate table uses the last known month and says so")
{
    const Event late = moneyEvent(QDate(2026, 9, 3), 1529461900.0, QStringLiteral("KRW"));
    const std::optional<ConvertedMoney> usd = MoneyConverter().convert(late);
    REQUIRE(usd);
    CHECK(usd->value == Approx(1000000.0)); // 2026-06: 1,529.4619 won per dollar
    CHECK(usd->originalPerUsd->month.text() == QStringLiteral("2026-06"));
    CHECK(usd->extrapolated());
}

TEST_CASE("real dollars: 2019 money in 2025 average prices")
{
    Event deal;
    deal.date = QDate(2019, 6, 20);
    deal.amountUsd = 1e6;
    // CPI-U 2019-06 = 256.143; 2025's eleven published months average 321.943 (no October).
    CHECK(PriceIndex::bundled().yearAverage(2025)->value == Approx(321.943));
    const std::optional<ConvertedMoney> real
        = MoneyConverter({ DisplayCurrency::Usd, 2025 }).convert(deal);
    REQUIRE(real);
    CHECK(real->value == Approx(1256887.75));
    // Real won: the real dollars at 2025's mean rate, 1,421.72805 won per dollar.
    const std::optional<ConvertedMoney> realWon
        = MoneyConverter({ DisplayCurrency::Krw, 2025 }).convert(deal);
    REQUIRE(realWon);
    CHECK(realWon->value == Approx(1256887.75 * 1421.72805));
    CHECK(realWon->krwPerUsd->yearAverage);
    CHECK(MoneyConverter({ DisplayCurrency::Krw, 2025 })
              .sourceNote()
              .contains(QStringLiteral("2025")));
}

TEST_CASE("Korean money reads in 조, 억 and 만 at the unit boundaries")
{
    CHECK(formatMoney(1.2e12, QStringLiteral("KRW"), korean) == QStringLiteral("1조 2,000억 원"));
    CHECK(formatMoney(9999e8, QStringLiteral("KRW"), korean) == QStringLiteral("9,999억 원"));
    CHECK(formatMoney(999999999999.0, QStringLiteral("KRW"), korean) == QStringLiteral("1조 원"));
    CHECK(formatMoney(1e12, QStringLiteral("KRW"), korean) == QStringLiteral("1조 원"));
    CHECK(formatMoney(295.7e9, QStringLiteral("KRW"), korean) == QStringLiteral("2,957억 원"));
    CHECK(formatMoney(1e8, QStringLiteral("KRW"), korean) == QStringLiteral("1억 원"));
    CHECK(formatMoney(99999999.0, QStringLiteral("KRW"), korean) == QStringLiteral("1억 원"));
    CHECK(formatMoney(15e6, QStringLiteral("KRW"), korean) == QStringLiteral("1,500만 원"));
    CHECK(formatMoney(9999, QStringLiteral("KRW"), korean) == QStringLiteral("9,999원"));
    CHECK(formatMoney(0, QStringLiteral("KRW"), korean) == QStringLiteral("0원"));
    CHECK(formatMoney(-1.2e12, QStringLiteral("KRW"), korean) == QStringLiteral("-1조 2,000억 원"));
    CHECK(formatUsd(1e10, korean) == QStringLiteral("100억 달러"));
    CHECK(formatUsd(963.8e6, korean) == QStringLiteral("9억 6,380만 달러"));
    CHECK(formatUsd(75000, korean) == QStringLiteral("7만 5,000 달러"));
}

TEST_CASE("English money keeps K/M/bn and shows won in trillions")
{
    CHECK(formatUsd(10.3e9, english) == QStringLiteral("US$10.3 bn"));
    CHECK(formatUsd(2.6e12, english) == QStringLiteral("US$2,600 bn"));
    CHECK(formatUsd(300e6, english) == QStringLiteral("US$300 m"));
    CHECK(formatUsd(0, english) == QStringLiteral("US$0"));
    CHECK(formatMoney(1.2e12, QStringLiteral("KRW"), english) == QStringLiteral("₩1.2 tn"));
    CHECK(formatMoney(-295.7e9, QStringLiteral("KRW"), english) == QStringLiteral("-₩296 bn"));
    CHECK(formatKrwPerUsd(1243.0705, english) == QStringLiteral("₩1,243/$"));
    CHECK(formatKrwPerUsd(1243.0705, korean) == QStringLiteral("1달러당 1,243원"));
}

TEST_CASE("The chart sums AI money in won at each event month's rate, per bucket")
{
    const auto store
        = std::make_shared<const EventStore>(test::sampleEvents(), test::sampleCompanies());
    EventFilter filter;
    filter.setStore(store);
    MoneySettings won;
    won.currency = DisplayCurrency::Krw;
    const auto content = makeChartContent(*store, filter.state(), filter.rows(),
        BucketSize::Quarter, QStringLiteral("t"), false, won);
    // Microsoft's US$10 bn of 2023-01-23 and Google's US$300 m of 2023-02-03 share 2023 Q1,
    // each at its own month's H.10 average.
    const ExchangeRates &rates = ExchangeRates::bundled();
    const double january = rates.perUsd(QStringLiteral("KRW"), QDate(2023, 1, 1))->value;
    const double february = rates.perUsd(QStringLiteral("KRW"), QDate(2023, 2, 1))->value;
    CHECK(january == Approx(1243.0705));
    const int q1 = content.series.bucketIndexFor(QDate(2023, 1, 1));
    REQUIRE(q1 >= 0);
    CHECK(content.aiMoneyAt(q1) == Approx(10e9 * january + 300e6 * february));
    CHECK(content.series.buckets()[size_t(q1)].aiInvestmentUsd == Approx(10.3e9));
    CHECK(content.footer.contains(QStringLiteral("H.10")));
    const QString tooltip = bucketTooltip(*store, filter.rows(), content.series, q1, 4, won);
    CHECK(tooltip.contains(formatMoney(10e9 * january + 300e6 * february, QStringLiteral("KRW"))));
    // In dollars nothing is converted and the footer names no rates.
    const auto dollars = makeChartContent(
        *store, filter.state(), filter.rows(), BucketSize::Quarter, QStringLiteral("t"));
    CHECK(dollars.aiMoney.empty());
    CHECK(dollars.aiMoneyAt(q1) == Approx(10.3e9));
    CHECK_FALSE(dollars.footer.contains(QStringLiteral("H.10")));
}
