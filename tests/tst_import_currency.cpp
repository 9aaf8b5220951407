// Issue 12 item 17: imported amounts in other currencies are converted at the event month's H.10
// average rate, and a currency without a rate is a problem, never silently dollars.
#include "ColumnMapping.h"
#include "Importer.h"
#include "SourceReader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

ColumnMapping priceMapping(ImportField priceField)
{
    ColumnMapping mapping;
    mapping.events.column(ImportField::Company) = QStringLiteral("company");
    mapping.events.column(ImportField::Date) = QStringLiteral("date");
    mapping.events.column(priceField) = QStringLiteral("price");
    mapping.events.column(ImportField::Currency) = QStringLiteral("currency");
    mapping.events.defaultKind = EventKind::Investment;
    return mapping;
}

const QByteArray prices("company,date,price,currency\n"
                        "Acme,2023-01-12,100,USD\n"
                        "Hanil,2023-01-12,1243070500,KRW\n"
                        "Eurobank,2023-06-13,922500,eur\n"
                        "Goldco,2023-06-13,5,XAU\n"
                        "Later,2026-09-01,1529461.9,KRW\n");

} // namespace

TEST_CASE("Import converts an original-currency amount to dollars at the event month's rate")
{
    auto table = SourceReader::read(prices, QStringLiteral("p.csv"));
    REQUIRE(table.ok());
    auto parsed = Importer::parse(*table, priceMapping(ImportField::Amount));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->events.size() == 4);
    const Event &usd = parsed->events[0].event;
    CHECK(usd.amountUsd == 100.0);
    CHECK(usd.usdRate == 1.0);
    // 1,243,070,500 won at 2023-01's 1,243.0705 won per dollar.
    CHECK(*parsed->events[1].event.amountUsd == Approx(1000000.0));
    CHECK(*parsed->events[1].event.usdRate == Approx(1.0 / 1243.0705));
    // 922,500 euro at 2023-06's 0.9225 euro per dollar; the code is upper-cased.
    CHECK(*parsed->events[2].event.amountUsd == Approx(1000000.0));
    CHECK(parsed->events[2].event.currency == QStringLiteral("EUR"));
    // Beyond the table: 2026-06's 1,529.4619, and the event says which month it used.
    const ImportedEvent &later = parsed->events[3];
    CHECK(*later.event.amountUsd == Approx(1000.0));
    REQUIRE_FALSE(later.attributes.empty());
    CHECK(later.attributes.back().value.startsWith(QStringLiteral("2026-06")));
    // Gold has no rate: a problem in the preview, naming the currency column.
    REQUIRE(parsed->problems.size() == 1);
    CHECK(parsed->problems[0].line == 5);
    CHECK(parsed->problems[0].column == QStringLiteral("currency"));
    CHECK(parsed->problems[0].reason.contains(QStringLiteral("XAU")));
}

TEST_CASE("A price mapped as US dollars on a euro row is taken as euros, not counted as dollars")
{
    auto table = SourceReader::read(prices, QStringLiteral("p.csv"));
    REQUIRE(table.ok());
    auto parsed = Importer::parse(*table, priceMapping(ImportField::AmountUsd));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->events.size() == 4);
    CHECK(parsed->events[0].event.amountUsd == 100.0);
    const Event &euro = parsed->events[2].event;
    CHECK(euro.amount == 922500.0);
    CHECK(*euro.amountUsd == Approx(1000000.0));
    CHECK(parsed->problems.size() == 1);
}
