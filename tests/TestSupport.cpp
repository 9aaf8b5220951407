#include "TestSupport.h"

#include "EventFilter.h"
#include "EventStore.h"
#include "FieldParsers.h"

#include <catch2/catch.hpp>

namespace techwinter::test {

QString fixture(const QString &name)
{
    return QStringLiteral(TECHWINTER_FIXTURES "/") + name;
}

bool inputAvailable(bool available, const std::string &what)
{
    if (available)
        return true;
    if (qEnvironmentVariableIsSet("CI"))
        FAIL("missing in CI (a test that cannot run must not pass there): " << what);
    WARN("skipped: " << what << " is not available here (in CI this fails)");
    return false;
}

Event makeEvent(const QString &date, const QString &company, EventKind kind,
    std::optional<qint64> headcount, std::optional<double> amountUsd, const QString &title)
{
    Event e;
    const auto parsed = FieldParsers::parseDate(date);
    e.date = parsed.value()->date;
    e.precision = parsed.value()->precision;
    e.company = company;
    e.kind = kind;
    e.headcount = headcount;
    e.amountUsd = amountUsd;
    if (amountUsd) {
        e.amount = amountUsd;
        e.currency = QStringLiteral("USD");
        e.usdRate = 1.0;
    }
    e.title = title.isEmpty() ? QStringLiteral("%1 %2").arg(company, eventKindName(kind)) : title;
    e.sourceUrl = QStringLiteral("https://example.org/%1").arg(date);
    return e;
}

std::vector<Company> sampleCompanies()
{
    return {
        Company { 0, QStringLiteral("Google"),
            { QStringLiteral("Alphabet"), QStringLiteral("구글") }, QStringLiteral("구글") },
        Company { 0, QStringLiteral("Microsoft"), { QStringLiteral("MSFT") }, {} },
        Company {
            0, QStringLiteral("Kakao"), { QStringLiteral("카카오") }, QStringLiteral("카카오") },
    };
}

std::vector<Event> sampleEvents()
{
    using K = EventKind;
    return {
        makeEvent(QStringLiteral("2022-11-09"), QStringLiteral("Microsoft"), K::Layoff, 1000),
        makeEvent(QStringLiteral("2023-01-18"), QStringLiteral("Microsoft"), K::Layoff, 10000),
        makeEvent(QStringLiteral("2023-01-20"), QStringLiteral("Alphabet"), K::Layoff, 12000),
        makeEvent(QStringLiteral("2023-01-23"), QStringLiteral("Microsoft"), K::AiInvestment,
            std::nullopt, 10e9),
        makeEvent(QStringLiteral("2023-02-03"), QStringLiteral("Google"), K::AiInvestment,
            std::nullopt, 300e6),
        makeEvent(QStringLiteral("2023-03"), QStringLiteral("카카오"), K::Restructuring),
        makeEvent(QStringLiteral("2023-04-20"), QStringLiteral("Google"), K::Launch),
        makeEvent(QStringLiteral("2023-07-02"), QStringLiteral("Kakao"), K::Layoff, std::nullopt),
        makeEvent(QStringLiteral("2023-09-25"), QStringLiteral("Microsoft"), K::Investment,
            std::nullopt, 5e8),
    };
}

TimelineChartContent chartContentOf(
    const std::vector<Event> &events, BucketSize bucket, const FilterState &state)
{
    auto store = std::make_shared<EventStore>(events, sampleCompanies());
    EventFilter filter;
    filter.setStore(store);
    filter.setState(state);
    return makeChartContent(*store, filter.state(), filter.rows(), bucket, QStringLiteral("test"));
}

} // namespace techwinter::test
