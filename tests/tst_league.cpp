// Issue 11's league table: per-company measures over the filter, its CSV and its item model.
#include "EventFilter.h"
#include "EventStore.h"
#include "LeagueTable.h"
#include "LeagueTableCsv.h"
#include "LeagueTableModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

// Hand-written: Microsoft's compute deal (ai_infrastructure) must not count as AI investment,
// a layoff without a headcount counts as an event but adds no jobs, Kakao has no layoff at all.
std::shared_ptr<const EventStore> leagueStore()
{
    using K = EventKind;
    using test::makeEvent;
    const QString ms = QStringLiteral("Microsoft"), google = QStringLiteral("Google");
    std::vector<Event> events {
        makeEvent(QStringLiteral("2023-01-18"), ms, K::Layoff, 10000),
        makeEvent(QStringLiteral("2023-01-20"), google, K::Layoff, 12000),
        makeEvent(QStringLiteral("2023-01-23"), ms, K::AiInvestment, std::nullopt, 10e9),
        makeEvent(QStringLiteral("2023-02-03"), google, K::AiInvestment, std::nullopt, 300e6),
        makeEvent(QStringLiteral("2023-03"), QStringLiteral("Kakao"), K::Restructuring),
        makeEvent(QStringLiteral("2023-04-20"), google, K::Launch),
        makeEvent(QStringLiteral("2023-07-10"), ms, K::Layoff, std::nullopt),
        makeEvent(QStringLiteral("2023-10-13"), ms, K::Acquisition, std::nullopt, 68.7e9),
        makeEvent(QStringLiteral("2023-11-01"), ms, K::AiInfrastructure, std::nullopt, 80e9),
        makeEvent(QStringLiteral("2024-03-05"), ms, K::Acquisition),
    };
    return std::make_shared<const EventStore>(std::move(events), test::sampleCompanies());
}

std::vector<int> allRows(const EventStore &store)
{
    std::vector<int> rows(size_t(store.size()));
    for (int i = 0; i < store.size(); ++i)
        rows[size_t(i)] = i;
    return rows;
}

} // namespace

TEST_CASE("The league table sums cuts, AI investment and acquisitions per company")
{
    const auto store = leagueStore();
    const auto table = LeagueTable::compute(*store, allRows(*store));
    REQUIRE(table.size() == 3);

    CHECK(table[0].name == QStringLiteral("Google"));
    CHECK(table[0].jobsCut == 12000);
    CHECK(table[0].aiUsd == 300e6);
    CHECK(table[0].aiUsdPerJobCut() == std::optional<double>(25000));

    const LeagueRow &ms = table[1];
    CHECK(ms.name == QStringLiteral("Microsoft"));
    CHECK(ms.jobsCut == 10000);
    CHECK(ms.layoffEvents == 2);
    CHECK(ms.aiUsd == 10e9); // the 80e9 compute deal is not investment
    CHECK(ms.aiUsdPerJobCut() == std::optional<double>(1e6));
    CHECK(ms.acquisitions == 2);
    CHECK(ms.acquisitionUsd == 68.7e9);
    CHECK(ms.firstEvent == QDate(2023, 1, 18));
    CHECK(ms.lastEvent == QDate(2024, 3, 5));

    CHECK(table[2].name == QStringLiteral("Kakao"));
    CHECK(table[2].layoffEvents == 0);
    CHECK_FALSE(table[2].aiUsdPerJobCut().has_value());
}

TEST_CASE("The league table follows the filter: only the chosen dates count")
{
    const auto store = leagueStore();
    FilterState state;
    state.from = QDate(2023, 7, 1);
    const auto table = LeagueTable::compute(*store, state.matchingRows(*store));
    REQUIRE(table.size() == 1);
    CHECK(table[0].name == QStringLiteral("Microsoft"));
    CHECK(table[0].jobsCut == 0);
    CHECK(table[0].layoffEvents == 1);
    CHECK(table[0].aiUsd == 0);
    CHECK_FALSE(table[0].aiUsdPerJobCut().has_value());
    CHECK(table[0].firstEvent == QDate(2023, 7, 10));
}

TEST_CASE("The cumulative league view runs jobs cut against AI investment by date")
{
    const auto store = leagueStore();
    const auto points = LeagueTable::cumulative(*store, allRows(*store));
    const std::vector<CumulativePoint> expected {
        { QDate(2023, 1, 18), 10000, 0 },
        { QDate(2023, 1, 20), 22000, 0 },
        { QDate(2023, 1, 23), 22000, 10e9 },
        { QDate(2023, 2, 3), 22000, 10.3e9 },
        { QDate(2023, 7, 10), 22000, 10.3e9 },
    };
    CHECK(points == expected);
}

TEST_CASE("The summary CSV writes plain numbers and leaves an undefined ratio empty")
{
    const auto store = leagueStore();
    const QString csv
        = QString::fromUtf8(LeagueTableCsv::write(LeagueTable::compute(*store, allRows(*store))));
    CHECK(csv
        == QStringLiteral("company,jobs_cut,layoff_events,ai_usd,ai_usd_per_job_cut,acquisitions,"
                          "acquisition_usd,first_event,last_event\n"
                          "Google,12000,1,300000000,25000,0,0,2023-01-20,2023-04-20\n"
                          "Microsoft,10000,2,10000000000,1000000,2,68700000000,2023-01-18,"
                          "2024-03-05\n"
                          "Kakao,0,0,0,,0,0,2023-03-01,2023-03-01\n"));
}

TEST_CASE("LeagueTableModel passes the model tester, sorts by value and resets once per filter")
{
    EventFilter filter;
    filter.setStore(leagueStore());
    LeagueTableModel model(&filter);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == LeagueTableModel::ColumnCount);

    const auto companyAt = [&model](int row) {
        return model.index(row, 0).data(LeagueTableModel::CompanyRole).toString();
    };
    model.sort(LeagueTableModel::AiUsdPerJobCutColumn, Qt::DescendingOrder);
    CHECK(companyAt(0) == QStringLiteral("Microsoft"));
    CHECK(companyAt(1) == QStringLiteral("Google"));
    CHECK(companyAt(2) == QStringLiteral("Kakao")); // no ratio: last either way
    model.sort(LeagueTableModel::AiUsdPerJobCutColumn, Qt::AscendingOrder);
    CHECK(companyAt(0) == QStringLiteral("Google"));
    CHECK(companyAt(2) == QStringLiteral("Kakao"));
    // By jobs cut ascending: numbers, not text ("10,000" would sort before "12,000" anyway, but
    // 0 must come first).
    model.sort(LeagueTableModel::JobsCutColumn, Qt::AscendingOrder);
    CHECK(companyAt(0) == QStringLiteral("Kakao"));
    CHECK(companyAt(1) == QStringLiteral("Microsoft"));
    model.sort(LeagueTableModel::CompanyColumn, Qt::AscendingOrder);
    CHECK(companyAt(0) == QStringLiteral("Google"));
    CHECK(companyAt(1) == QStringLiteral("Kakao"));
    CHECK_FALSE(model.index(1, LeagueTableModel::AiUsdPerJobCutColumn)
                    .data(LeagueTableModel::AiUsdPerJobCutRole)
                    .isValid());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    filter.setCompanies(std::set<int> { *filter.store().findCompany(u"Microsoft") });
    CHECK(reset.count() == 1);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, LeagueTableModel::JobsCutColumn).data(LeagueTableModel::JobsCutRole)
        == QVariant(qint64(10000)));
}
