#include "CompanyListModel.h"
#include "EventFilter.h"
#include "EventStore.h"
#include "EventTableModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

std::shared_ptr<const EventStore> sampleStore()
{
    return std::make_shared<const EventStore>(test::sampleEvents(), test::sampleCompanies());
}

int companyIndex(const EventFilter &filter, const char16_t *name)
{
    return *filter.store().findCompany(name);
}

} // namespace

TEST_CASE(
    "EventTableModel follows the filter with one reset per change and passes the model tester")
{
    EventFilter filter;
    filter.setStore(sampleStore());
    EventTableModel model(&filter);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 9);
    REQUIRE(model.columnCount() == EventTableModel::ColumnCount);

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);

    filter.setCompanies(std::set<int> { companyIndex(filter, u"Microsoft") });
    CHECK(aboutToReset.count() == 1);
    CHECK(reset.count() == 1);
    CHECK(rowsInserted.count() == 0); // never one signal per row
    CHECK(model.rowCount() == 4);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, EventTableModel::CompanyColumn).data().toString()
            == QStringLiteral("Microsoft"));

    filter.setKindEnabled(EventKind::AiInvestment, false);
    filter.setKindEnabled(EventKind::Investment, false);
    CHECK(reset.count() == 3);
    CHECK(model.rowCount() == 2);

    filter.setDateRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
    CHECK(model.rowCount() == 1);
    CHECK(model.index(0, EventTableModel::HeadcountColumn)
              .data(EventTableModel::HeadcountRole)
              .toLongLong()
        == 10000);

    // Setting the same state again is not a change.
    filter.setDateRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
    CHECK(reset.count() == 4);

    filter.setState(FilterState {});
    filter.setText(QStringLiteral("KAKAO"));
    CHECK(model.rowCount() == 2);
    filter.setCompanies(std::set<int> {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("EventTableModel exposes raw values in named roles and sorts with unknown figures last")
{
    EventFilter filter;
    filter.setStore(sampleStore());
    EventTableModel model(&filter);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto roles = model.roleNames();
    CHECK(roles.value(EventTableModel::HeadcountRole) == "headcount");
    CHECK(roles.value(EventTableModel::AmountUsdRole) == "amountUsd");
    CHECK(roles.value(EventTableModel::SourceUrlRole) == "sourceUrl");

    const QModelIndex first = model.index(0, EventTableModel::DateColumn);
    CHECK(first.data(EventTableModel::DateRole).toDate() == QDate(2022, 11, 9));
    CHECK(model.index(0, EventTableModel::KindColumn).data(EventTableModel::KindRole).toString()
        == QStringLiteral("layoff"));
    CHECK(
        model.index(0, EventTableModel::KindColumn).data().toString() == QStringLiteral("Layoff"));

    const QPersistentModelIndex google(model.index(2, EventTableModel::TitleColumn));
    REQUIRE(google.data(EventTableModel::CompanyRole).toString() == QStringLiteral("Google"));

    model.sort(EventTableModel::HeadcountColumn, Qt::DescendingOrder);
    CHECK(model.index(0, 0).data(EventTableModel::HeadcountRole).toLongLong() == 12000);
    CHECK(model.index(1, 0).data(EventTableModel::HeadcountRole).toLongLong() == 10000);
    CHECK(model.index(2, 0).data(EventTableModel::HeadcountRole).toLongLong() == 1000);
    CHECK(model.index(3, 0).data(EventTableModel::HeadcountRole).isNull());
    // The persistent index follows its event through the sort.
    CHECK(google.row() == 0);
    CHECK(google.data(EventTableModel::CompanyRole).toString() == QStringLiteral("Google"));

    model.sort(EventTableModel::AmountUsdColumn, Qt::AscendingOrder);
    CHECK(model.index(0, 0).data(EventTableModel::AmountUsdRole).toDouble() == 300e6);
    CHECK(model.index(8, 0).data(EventTableModel::AmountUsdRole).isNull());

    // The sort survives a filter change.
    filter.setCompanies(std::set<int> { companyIndex(filter, u"Microsoft") });
    CHECK(model.index(0, 0).data(EventTableModel::AmountUsdRole).toDouble() == 5e8);
}

TEST_CASE("CompanyListModel checks edit the shared filter, and the checks follow the filter")
{
    EventFilter filter;
    filter.setStore(sampleStore());
    CompanyListModel companies(&filter);
    EventTableModel table(&filter);
    QAbstractItemModelTester tester(
        &companies, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tableTester(
        &table, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(companies.rowCount() == 3);
    const int google = companyIndex(filter, u"Google");
    const QModelIndex googleIndex = companies.index(google);
    CHECK(googleIndex.data().toString() == QStringLiteral("Google"));
    CHECK(googleIndex.data(CompanyListModel::EventCountRole).toInt() == 3);
    CHECK(googleIndex.data(CompanyListModel::AliasesRole)
              .toStringList()
              .contains(QStringLiteral("구글")));
    CHECK(googleIndex.data(CompanyListModel::SearchTextRole)
              .toString()
              .contains(QStringLiteral("Alphabet")));
    CHECK(googleIndex.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);
    CHECK(companies.flags(googleIndex).testFlag(Qt::ItemIsUserCheckable));

    QSignalSpy changed(&companies, &QAbstractItemModel::dataChanged);
    companies.checkNone();
    CHECK(table.rowCount() == 0);
    CHECK(googleIndex.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Unchecked);
    CHECK(changed.count() == 1);

    REQUIRE(companies.setData(googleIndex, Qt::Checked, Qt::CheckStateRole));
    CHECK(table.rowCount() == 3);
    CHECK(filter.state().companies == std::set<int> { google });

    companies.checkAll();
    CHECK(table.rowCount() == 9);
    CHECK_FALSE(filter.state().companies.has_value());
    REQUIRE(companies.setData(googleIndex, Qt::Unchecked, Qt::CheckStateRole));
    CHECK(table.rowCount() == 6);
    // Checking the last unchecked company again means "all companies" (no company filter).
    REQUIRE(companies.setData(googleIndex, Qt::Checked, Qt::CheckStateRole));
    CHECK_FALSE(filter.state().companies.has_value());
}

TEST_CASE("A new store resets the company list and keeps the chosen companies by name")
{
    EventFilter filter;
    filter.setStore(sampleStore());
    CompanyListModel companies(&filter);
    QAbstractItemModelTester tester(
        &companies, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setCompanies(std::set<int> { companyIndex(filter, u"Kakao") });

    auto events = test::sampleEvents();
    events.push_back(test::makeEvent(
        QStringLiteral("2024-01-10"), QStringLiteral("Amazon"), EventKind::Layoff, 500));
    auto companiesList = test::sampleCompanies();
    companiesList.insert(companiesList.begin(), Company { 0, QStringLiteral("Amazon"), {}, {} });
    QSignalSpy reset(&companies, &QAbstractItemModel::modelReset);
    filter.setStore(std::make_shared<const EventStore>(events, companiesList));
    CHECK(reset.count() == 1);
    CHECK(companies.rowCount() == 4);
    REQUIRE(filter.state().companies.has_value());
    CHECK(*filter.state().companies == std::set<int> { companyIndex(filter, u"Kakao") });
    CHECK(filter.rows().size() == 2);
}

TEST_CASE("Filtering through the per-company index gives exactly what a full scan gives")
{
    QRandomGenerator rng(42);
    std::vector<Company> companies;
    for (int c = 0; c < 20; ++c)
        companies.push_back(Company { 0, QStringLiteral("Firm%1").arg(c), {}, {} });
    std::vector<Event> events;
    for (int i = 0; i < 3000; ++i) {
        const QDate date = QDate(2019, 1, 1).addDays(rng.bounded(365 * 6));
        const auto kind = AllEventKinds[size_t(rng.bounded(EventKindCount))];
        events.push_back(test::makeEvent(date.toString(Qt::ISODate),
            QStringLiteral("Firm%1").arg(rng.bounded(20)), kind, rng.bounded(5000),
            rng.bounded(1e9),
            QStringLiteral("event %1 %2").arg(i).arg(rng.bounded(2) ? u"cloud" : u"chips")));
    }
    const EventStore store(events, companies);
    for (int trial = 0; trial < 50; ++trial) {
        FilterState state;
        if (trial % 5 != 0) {
            std::set<int> chosen;
            for (int k = 0; k < 1 + trial % 7; ++k)
                chosen.insert(rng.bounded(20));
            state.companies = chosen;
        }
        if (trial % 3 == 0)
            state.kinds.reset(size_t(rng.bounded(EventKindCount)));
        if (trial % 2 == 0) {
            state.from = QDate(2019, 1, 1).addDays(rng.bounded(800));
            state.to = state.from.addDays(rng.bounded(1500));
        }
        if (trial % 4 == 1)
            state.text = QStringLiteral("CLOUD");

        std::vector<int> expected;
        for (int row = 0; row < store.size(); ++row) {
            const Event &e = store.event(row);
            const bool ok = (!state.companies || state.companies->contains(store.companyIndex(row)))
                && state.acceptsKind(e.kind) && (!state.from.isValid() || e.date >= state.from)
                && (!state.to.isValid() || e.date <= state.to)
                && (state.text.isEmpty() || e.title.contains(state.text, Qt::CaseInsensitive));
            if (ok)
                expected.push_back(row);
        }
        INFO("trial " << trial);
        CHECK(state.matchingRows(store) == expected);
    }
}

TEST_CASE("In Korean the events table shows the Korean title where the event has one")
{
    Event withKorean = test::makeEvent(QStringLiteral("2023-01-20"), QStringLiteral("Google"),
        EventKind::Layoff, 12000, std::nullopt, QStringLiteral("Google cuts 12,000 jobs"));
    withKorean.titleKo = QStringLiteral("구글, 1만 2천 명 감원");
    const Event englishOnly
        = test::makeEvent(QStringLiteral("2023-01-18"), QStringLiteral("Microsoft"),
            EventKind::Layoff, 10000, std::nullopt, QStringLiteral("Microsoft cuts 10,000 jobs"));
    auto store = std::make_shared<EventStore>(
        std::vector<Event> { englishOnly, withKorean }, test::sampleCompanies());
    EventFilter filter;
    filter.setStore(store);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    EventTableModel korean(&filter);
    QLocale::setDefault(previous);
    EventTableModel english(&filter);
    const auto title = [](const EventTableModel &m, int row) {
        return m.index(row, EventTableModel::TitleColumn).data().toString();
    };
    // Date order: Microsoft (18 Jan) first.
    CHECK(title(korean, 0) == QStringLiteral("Microsoft cuts 10,000 jobs"));
    CHECK(title(korean, 1) == QStringLiteral("구글, 1만 2천 명 감원"));
    CHECK(title(english, 1) == QStringLiteral("Google cuts 12,000 jobs"));
    // The English title stays in the tooltip.
    CHECK(korean.index(1, EventTableModel::TitleColumn).data(Qt::ToolTipRole).toString()
        == QStringLiteral("Google cuts 12,000 jobs"));
}
