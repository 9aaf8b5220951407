#include "ChartContent.h"
#include "CompareSeries.h"
#include "EventStore.h"
#include "TestSupport.h"
#include "ViewState.h"

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

CompareSeries compareOf(const std::vector<Event> &events, std::vector<Company> companies = {})
{
    const EventStore store(events, companies.empty() ? test::sampleCompanies() : companies);
    const std::vector<int> rows = FilterState {}.matchingRows(store);
    const auto series = TimelineSeries::compute(store, rows, BucketSize::Month);
    return CompareSeries::compute(store, rows, series);
}

const CompanyTrack *trackOf(const CompareSeries &series, const QString &name)
{
    for (const CompanyTrack &t : series.tracks()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

// Ten companies C01..C10, each with one layoff of 100 × its number in 2023-01.
std::vector<Event> tenCompanies()
{
    std::vector<Event> events;
    for (int i = 1; i <= 10; ++i)
        events.push_back(test::makeEvent(QStringLiteral("2023-01-15"),
            QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0')), EventKind::Layoff, i * 100));
    return events;
}

} // namespace

TEST_CASE("Compare mode gives each company its own sums, by name")
{
    const CompareSeries series = compareOf(test::sampleEvents());
    REQUIRE(series.tracks().size() == 3);
    CHECK(series.tracks()[0].name == QStringLiteral("Google"));
    CHECK(series.tracks()[1].name == QStringLiteral("Kakao"));
    CHECK(series.tracks()[2].name == QStringLiteral("Microsoft"));
    // Buckets 2022-11 .. 2023-09; 2023-01 is bucket 2.
    const CompanyTrack &google = series.tracks()[0];
    const CompanyTrack &microsoft = series.tracks()[2];
    REQUIRE(google.layoffHeadcount.size() == 11);
    CHECK(google.layoffHeadcount[2] == 12000);
    CHECK(google.aiInvestmentCents[3] == 30000000000); // $300M in 2023-02
    CHECK(microsoft.layoffHeadcount[0] == 1000);
    CHECK(microsoft.layoffHeadcount[2] == 10000);
    CHECK(microsoft.totalAiInvestmentCents() == 1000000000000); // $10B; the $500M is not AI
    CHECK(series.tracks()[1].totalLayoffHeadcount() == 0); // Kakao's headcount is unknown
}

TEST_CASE("Compare colours come from the company, distinct within a chart")
{
    // Google and Kakao both prefer slot 6: Google, first by name, keeps it; Kakao takes the
    // next free slot after Microsoft's 7.
    const CompareSeries all = compareOf(test::sampleEvents());
    CHECK(trackOf(all, QStringLiteral("Google"))->colourSlot == 6);
    CHECK(trackOf(all, QStringLiteral("Microsoft"))->colourSlot == 7);
    CHECK(trackOf(all, QStringLiteral("Kakao"))->colourSlot == 0);

    // Dropping Kakao from the selection moves nobody else.
    std::vector<Event> withoutKakao;
    for (const Event &e : test::sampleEvents()) {
        if (e.company != QStringLiteral("Kakao"))
            withoutKakao.push_back(e);
    }
    const CompareSeries two = compareOf(withoutKakao);
    REQUIRE(two.tracks().size() == 2);
    CHECK(trackOf(two, QStringLiteral("Google"))->colourSlot == 6);
    CHECK(trackOf(two, QStringLiteral("Microsoft"))->colourSlot == 7);
}

TEST_CASE("Beyond eight companies the smallest are one Other track")
{
    std::vector<Event> events = tenCompanies();
    const CompareSeries series = compareOf(events);
    REQUIRE(series.tracks().size() == 9);
    const CompanyTrack &other = series.tracks().back();
    CHECK(other.company == -1);
    CHECK(other.otherCompanies == 2);
    CHECK(other.colourSlot == CompareSeries::OtherSlot);
    CHECK(other.layoffHeadcount[0] == 300); // C01 and C02: 100 + 200
    CHECK(trackOf(series, QStringLiteral("C01")) == nullptr);
    CHECK(trackOf(series, QStringLiteral("C03"))->layoffHeadcount[0] == 300);
    std::set<int> slots;
    for (size_t i = 0; i + 1 < series.tracks().size(); ++i)
        slots.insert(series.tracks()[i].colourSlot);
    CHECK(slots.size() == 8);

    // Eight companies need no Other.
    events.erase(events.begin(), events.begin() + 2);
    const CompareSeries eight = compareOf(events);
    CHECK(eight.tracks().size() == 8);
    CHECK(eight.tracks().back().company >= 0);
}

TEST_CASE("Compare running totals add up per company")
{
    const CompareSeries running = compareOf(test::sampleEvents()).cumulative();
    const CompanyTrack &microsoft = running.tracks()[2];
    CHECK(microsoft.layoffHeadcount[1] == 1000);
    CHECK(microsoft.layoffHeadcount[10] == 11000);
}

TEST_CASE("The chart content carries compare sums only in compare mode")
{
    const EventStore store(test::sampleEvents(), test::sampleCompanies());
    const std::vector<int> rows = FilterState {}.matchingRows(store);
    CHECK_FALSE(makeChartContent(store, {}, rows, BucketSize::Month, QStringLiteral("t"))
                    .compare.has_value());
    const auto content
        = makeChartContent(store, {}, rows, BucketSize::Month, QStringLiteral("t"), true);
    REQUIRE(content.compare.has_value());
    CHECK(content.compare->tracks().size() == 3);
}

TEST_CASE("A view keeps compare mode and its bar layout through JSON")
{
    ViewState view;
    view.compare = true;
    view.stackedBars = true;
    const auto back = ViewState::fromJson(view.toJson());
    REQUIRE(back.ok());
    CHECK(back->compare);
    CHECK(back->stackedBars);
    CHECK_FALSE(ViewState::fromJson(ViewState {}.toJson())->compare);
}

TEST_CASE("Kinds the chart cannot draw are named in the subtitle, and alone they explain the chart")
{
    FilterState acquisitions;
    acquisitions.kinds.reset();
    acquisitions.setKind(EventKind::Acquisition, true);
    acquisitions.setKind(EventKind::Investment, true);
    const auto content
        = test::chartContentOf(test::sampleEvents(), BucketSize::Month, acquisitions);
    // The sample holds one investment (Microsoft, 2023-09) and no acquisition.
    CHECK(content.notDrawn == QStringLiteral("Investment (1)"));
    CHECK(content.subtitle.endsWith(QStringLiteral("not drawn: Investment (1)")));
    CHECK(content.nothingDrawn);
    CHECK(content.emptyText.contains(QStringLiteral("Investment (1)")));

    const auto all = test::chartContentOf(test::sampleEvents());
    CHECK(all.notDrawn == QStringLiteral("Investment (1), Restructuring (1)"));
    CHECK_FALSE(all.nothingDrawn);
}

TEST_CASE("Compared companies are labelled in Korean in Korean and keep their colour")
{
    const CompareSeries english = compareOf(test::sampleEvents());
    const CompanyTrack *google = trackOf(english, QStringLiteral("Google"));
    REQUIRE(google);
    CHECK(google->label == QStringLiteral("Google"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const CompareSeries korean = compareOf(test::sampleEvents());
    QLocale::setDefault(before);
    const CompanyTrack *koreanGoogle = trackOf(korean, QStringLiteral("Google"));
    REQUIRE(koreanGoogle);
    CHECK(koreanGoogle->label == QStringLiteral("구글"));
    CHECK(koreanGoogle->colourSlot == google->colourSlot);
}
