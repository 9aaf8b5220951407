// The PDF briefing's content (issue 11): which events a company's page lists, and which pages
// there are.
#include "BriefingContent.h"
#include "EventStore.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

std::vector<int> allRows(const EventStore &store)
{
    std::vector<int> rows(size_t(store.size()));
    for (int i = 0; i < store.size(); ++i)
        rows[size_t(i)] = i;
    return rows;
}

int companyIndex(const EventStore &store, const QString &name)
{
    for (int i = 0; i < int(store.companies().size()); ++i) {
        if (store.company(i).name == name)
            return i;
    }
    FAIL("no company " << name.toStdString());
    return -1;
}

} // namespace

TEST_CASE("A company's page lists its four largest layoffs and money events, by date")
{
    using K = EventKind;
    using test::makeEvent;
    const QString ms = QStringLiteral("Microsoft");
    std::vector<Event> events {
        makeEvent(
            QStringLiteral("2023-01-18"), ms, K::Layoff, 100, std::nullopt, QStringLiteral("a")),
        makeEvent(
            QStringLiteral("2023-02-18"), ms, K::Layoff, 900, std::nullopt, QStringLiteral("b")),
        makeEvent(
            QStringLiteral("2023-03-18"), ms, K::Layoff, 50, std::nullopt, QStringLiteral("c")),
        makeEvent(
            QStringLiteral("2023-04-18"), ms, K::Layoff, 500, std::nullopt, QStringLiteral("d")),
        makeEvent(
            QStringLiteral("2023-05-18"), ms, K::Layoff, 300, std::nullopt, QStringLiteral("e")),
        makeEvent(QStringLiteral("2023-06-18"), ms, K::Layoff, std::nullopt, std::nullopt,
            QStringLiteral("unknown size")),
        makeEvent(QStringLiteral("2022-12-01"), ms, K::AiInvestment, std::nullopt, 10e9,
            QStringLiteral("stake")),
        makeEvent(QStringLiteral("2023-10-13"), ms, K::Acquisition, std::nullopt, 68.7e9,
            QStringLiteral("deal")),
        makeEvent(QStringLiteral("2023-11-01"), ms, K::Launch, std::nullopt, std::nullopt,
            QStringLiteral("launch without a figure")),
        makeEvent(QStringLiteral("2023-01-20"), QStringLiteral("Google"), K::Layoff, 12000,
            std::nullopt, QStringLiteral("not Microsoft's")),
    };
    const EventStore store(std::move(events), test::sampleCompanies());
    const auto largest
        = BriefingContent::largestEvents(store, allRows(store), companyIndex(store, ms));
    QStringList titles;
    for (const Event &e : largest)
        titles << e.title;
    // 100, 900, 500, 300 of the five layoffs (50 is the smallest), both money events.
    CHECK(titles
        == QStringList { QStringLiteral("stake"), QStringLiteral("a"), QStringLiteral("b"),
            QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("deal") });
}

TEST_CASE("A briefing has a page per chosen company only when several are chosen")
{
    const EventStore store(test::sampleEvents(), test::sampleCompanies());
    const std::vector<int> rows = allRows(store);
    FilterState all;
    const Briefing whole = BriefingContent::make(store, all, rows, BucketSize::Month, {});
    CHECK(whole.companies.empty());
    CHECK_FALSE(whole.league.empty());

    FilterState two;
    two.companies = std::set<int> { companyIndex(store, QStringLiteral("Google")),
        companyIndex(store, QStringLiteral("Kakao")) };
    const std::vector<int> matching = two.matchingRows(store);
    const Briefing pair = BriefingContent::make(store, two, matching, BucketSize::Month, {});
    REQUIRE(pair.companies.size() == 2);
    CHECK(pair.companies[0].name == QStringLiteral("Google"));
    CHECK(pair.companies[1].name == QStringLiteral("Kakao"));
    CHECK(pair.companies[0].chart.title.contains(QStringLiteral("Google")));
    CHECK_FALSE(pair.companies[0].chart.title.contains(QStringLiteral("Kakao")));
    // Every company name is on the cover's filter line, none cut to "and 1 more".
    CHECK(pair.filter.contains(QStringLiteral("Google")));
    CHECK(pair.filter.contains(QStringLiteral("Kakao")));
}
