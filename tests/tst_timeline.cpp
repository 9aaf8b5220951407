#include "EventStore.h"
#include "FilterArguments.h"
#include "TestSupport.h"
#include "TimelineSeries.h"

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

struct Fixture
{
    EventStore store { test::sampleEvents(), test::sampleCompanies() };
    std::vector<int> all = FilterState {}.matchingRows(store);
};

} // namespace

// Sample events (TestSupport.cpp), by month:
//   2022-11 Microsoft layoff 1,000
//   2023-01 Microsoft layoff 10,000; Google layoff 12,000; Microsoft AI investment $10B
//   2023-02 Google AI investment $300M
//   2023-03 Kakao restructuring; 2023-04 Google launch; 2023-07 Kakao layoff (headcount unknown)
//   2023-09 Microsoft investment $500M (not known to be AI: never in the AI sums)
TEST_CASE("Monthly buckets: contiguous, with hand-computed sums")
{
    Fixture f;
    const auto series = TimelineSeries::compute(f.store, f.all, BucketSize::Month);
    REQUIRE(series.buckets().size() == 11); // 2022-11 .. 2023-09, empty months included
    CHECK(series.label(0) == QStringLiteral("2022-11"));
    CHECK(series.label(10) == QStringLiteral("2023-09"));
    CHECK(series.buckets()[0].layoffHeadcount == 1000);
    CHECK(series.buckets()[1].eventCount == 0); // December 2022
    const TimelineBucket &jan = series.buckets()[2];
    CHECK(jan.start == QDate(2023, 1, 1));
    CHECK(jan.end == QDate(2023, 1, 31));
    CHECK(jan.layoffHeadcount == 22000);
    CHECK(jan.layoffEvents == 2);
    CHECK(jan.aiInvestmentUsd == 10e9);
    CHECK(series.buckets()[3].aiInvestmentUsd == 300e6);
    CHECK(series.buckets()[8].layoffEvents == 1); // July: counted, headcount unknown
    CHECK(series.buckets()[8].layoffHeadcount == 0);
    CHECK(series.buckets()[10].aiInvestmentUsd == 0); // general investment stays out
    CHECK(series.buckets()[10].eventCount == 1);
    CHECK(series.totalLayoffHeadcount() == 23000);
    CHECK(series.totalAiInvestmentUsd() == 10.3e9);
    CHECK(series.bucketIndexFor(QDate(2023, 1, 20)) == 2);
    CHECK(series.bucketIndexFor(QDate(2021, 1, 1)) == -1);
}

TEST_CASE("Quarter and year buckets sum the same events")
{
    Fixture f;
    const auto quarters = TimelineSeries::compute(f.store, f.all, BucketSize::Quarter);
    REQUIRE(quarters.buckets().size() == 4); // 2022 Q4 .. 2023 Q3
    CHECK(quarters.label(1) == QStringLiteral("2023 Q1"));
    CHECK(quarters.buckets()[0].layoffHeadcount == 1000);
    CHECK(quarters.buckets()[1].layoffHeadcount == 22000);
    CHECK(quarters.buckets()[1].aiInvestmentUsd == 10.3e9);
    CHECK(quarters.buckets()[1].end == QDate(2023, 3, 31));
    CHECK(quarters.buckets()[2].eventCount == 1);

    const auto years = TimelineSeries::compute(f.store, f.all, BucketSize::Year);
    REQUIRE(years.buckets().size() == 2);
    CHECK(years.label(0) == QStringLiteral("2022"));
    CHECK(years.buckets()[0].layoffHeadcount == 1000);
    CHECK(years.buckets()[1].layoffHeadcount == 22000);
    CHECK(years.buckets()[1].eventCount == 8);
}

TEST_CASE("The series follows the filter: one company, a date range, nothing")
{
    Fixture f;
    FilterArguments args;
    args.companies = QStringList { QStringLiteral("구글") };
    args.from = QStringLiteral("2023");
    args.to = QStringLiteral("2023-02");
    auto state = args.toState(f.store);
    REQUIRE(state.ok());
    CHECK(state->to == QDate(2023, 2, 28));
    const auto rows = state->matchingRows(f.store);
    const auto series
        = TimelineSeries::compute(f.store, rows, BucketSize::Month, state->from, state->to);
    REQUIRE(series.buckets().size() == 2);
    CHECK(series.buckets()[0].layoffHeadcount == 12000);
    CHECK(series.buckets()[1].aiInvestmentUsd == 300e6);

    const auto none = TimelineSeries::compute(f.store, {}, BucketSize::Month);
    CHECK(none.isEmpty());
}

TEST_CASE("Command-line filter arguments: names, kinds and dates are checked")
{
    Fixture f;
    FilterArguments args;
    args.companies = QStringList { QStringLiteral("Nobody Inc") };
    CHECK(args.toState(f.store).error().message.contains(QStringLiteral("'Nobody Inc'")));
    args.companies.clear();
    args.kinds = QStringList { QStringLiteral("layoffs") };
    CHECK(args.toState(f.store).error().message.startsWith(QStringLiteral("--kind: 'layoffs'")));
    args.kinds = QStringList { QStringLiteral("AI-investment"), QStringLiteral("layoff") };
    auto ok = args.toState(f.store);
    REQUIRE(ok.ok());
    CHECK(ok->acceptsKind(EventKind::AiInvestment));
    CHECK_FALSE(ok->acceptsKind(EventKind::Launch));
    args.from = QStringLiteral("2023-13");
    CHECK(args.toState(f.store).error().message.startsWith(QStringLiteral("--from:")));
    args.from = QStringLiteral("2024-01");
    args.to = QStringLiteral("2023-01");
    CHECK(args.toState(f.store).error().message.contains(QStringLiteral("before")));
}
