// The one view state: what a user looks at, as a value the window, settings, the command line
// and the exporters share.
#include "EventStore.h"
#include "FilterArguments.h"
#include "TestSupport.h"
#include "ViewState.h"
#include "ViewStateSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

ViewState sampleView()
{
    ViewState view;
    view.companies = QStringList { QStringLiteral("Google"), QStringLiteral("카카오") };
    view.kinds.reset();
    view.setKind(EventKind::Layoff, true);
    view.setKind(EventKind::AiInvestment, true);
    view.from = QDate(2022, 11, 1);
    view.to = QDate(2024, 6, 30);
    view.text = QStringLiteral("cloud");
    view.bucket = BucketSize::Quarter;
    view.cumulative = true;
    view.logMoney = true;
    view.overlaySeries = QStringLiteral("Private investment in AI");
    view.overlayEntity = QStringLiteral("World");
    view.money = MoneySettings { DisplayCurrency::Krw, 2019 };
    return view;
}

} // namespace

TEST_CASE("A view state survives JSON unchanged, in the layout written down")
{
    const ViewState view = sampleView();
    const QJsonObject json = view.toJson();
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    CHECK(text
        == QByteArray(R"({"bucket":"quarter","companies":["Google","카카오"],"compare":false,)"
                      R"("compareBars":"grouped","cumulative":true,"currency":"KRW",)"
                      R"("from":"2022-11-01","kinds":["layoff","ai_investment"],"logMoney":true,)"
                      R"("overlay":{"entity":"World","series":"Private investment in AI"},)"
                      R"("realDollarsYear":2019,"text":"cloud","to":"2024-06-30"})"));
    auto back = ViewState::fromJson(json);
    REQUIRE(back.ok());
    CHECK(back.value() == view);

    // Every company and no overlay are nulls, not empty lists.
    const QJsonObject open = ViewState {}.toJson();
    CHECK(open.value(QStringLiteral("companies")).isNull());
    CHECK(open.value(QStringLiteral("overlay")).isNull());
    CHECK(ViewState::fromJson(open).value() == ViewState {});
}

TEST_CASE("A view state with a wrong value is refused with the key named")
{
    QJsonObject json = sampleView().toJson();
    json.insert(QStringLiteral("bucket"), QStringLiteral("fortnight"));
    auto bad = ViewState::fromJson(json);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("'bucket'")));

    json = sampleView().toJson();
    json.insert(QStringLiteral("from"), QStringLiteral("last spring"));
    CHECK(ViewState::fromJson(json).error().message.contains(QStringLiteral("'from'")));

    json = sampleView().toJson();
    json.insert(QStringLiteral("kinds"), QJsonArray { QStringLiteral("layoffs") });
    CHECK(ViewState::fromJson(json).error().message.contains(QStringLiteral("'layoffs'")));

    json = sampleView().toJson();
    json.insert(QStringLiteral("currency"), QStringLiteral("yen"));
    CHECK(ViewState::fromJson(json).error().message.contains(QStringLiteral("'currency'")));

    // A key a newer app writes is ignored, not an error.
    json = sampleView().toJson();
    json.insert(QStringLiteral("palette"), QStringLiteral("dark"));
    CHECK(ViewState::fromJson(json).ok());
}

TEST_CASE("A view names companies, so it opens on any database — the command line is strict")
{
    const EventStore store(test::sampleEvents(), test::sampleCompanies());
    ViewState view;
    view.companies = QStringList { QStringLiteral("Alphabet"), QStringLiteral("Nobody Inc") };
    const FilterState lenient = view.filterFor(store);
    REQUIRE(lenient.companies.has_value());
    CHECK(*lenient.companies == std::set<int> { *store.findCompany(QStringLiteral("Google")) });

    auto strict = view.strictFilterFor(store);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().kind == ErrorKind::NotFound);
    CHECK(strict.error().message.contains(QStringLiteral("'Nobody Inc'")));

    // Back from a filter, the companies carry their display names.
    ViewState again;
    again.setFilter(lenient, store);
    CHECK(*again.companies == QStringList { QStringLiteral("Google") });
}

TEST_CASE("Command-line filter options become a view state, checked before any database opens")
{
    FilterArguments args;
    args.companies = QStringList { QStringLiteral("구글") };
    args.kinds = QStringList { QStringLiteral("layoff") };
    args.from = QStringLiteral("2023-02");
    args.to = QStringLiteral("2023");
    auto view = args.toView();
    REQUIRE(view.ok());
    CHECK(*view->companies == QStringList { QStringLiteral("구글") });
    CHECK(view->acceptsKind(EventKind::Layoff));
    CHECK_FALSE(view->acceptsKind(EventKind::Launch));
    CHECK(view->from == QDate(2023, 2, 1));
    CHECK(view->to == QDate(2023, 12, 31));

    args.to = QStringLiteral("2022-12");
    CHECK(args.toView().error().message.contains(QStringLiteral("before")));
}

TEST_CASE("The last view is kept in the settings, and older settings still restore")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        ViewStateSettings::save(settings, sampleView());
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        CHECK(ViewStateSettings::load(settings) == sampleView());
    }
    // The keys of the release before the view state.
    const QString older = dir.filePath(QStringLiteral("older.ini"));
    {
        QSettings settings(older, QSettings::IniFormat);
        settings.setValue(QStringLiteral("filter/allCompanies"), false);
        settings.setValue(
            QStringLiteral("filter/companies"), QStringList { QStringLiteral("Meta") });
        settings.setValue(QStringLiteral("filter/kinds"), QStringList { QStringLiteral("layoff") });
        settings.setValue(QStringLiteral("filter/from"), QDate(2023, 1, 1));
        settings.setValue(QStringLiteral("chart/bucket"), QStringLiteral("year"));
        settings.setValue(QStringLiteral("chart/logMoney"), true);
    }
    QSettings settings(older, QSettings::IniFormat);
    const ViewState view = ViewStateSettings::load(settings);
    CHECK(*view.companies == QStringList { QStringLiteral("Meta") });
    CHECK(view.acceptsKind(EventKind::Layoff));
    CHECK_FALSE(view.acceptsKind(EventKind::Acquisition));
    CHECK(view.from == QDate(2023, 1, 1));
    CHECK(view.bucket == BucketSize::Year);
    CHECK(view.logMoney);
    CHECK_FALSE(view.cumulative);
}
