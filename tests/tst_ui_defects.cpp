// What a new user hit in the window and the exports (issue 12), each observed offscreen.
#include "ChartContent.h"
#include "ChartExporter.h"
#include "CompanyPanel.h"
#include "EventDatabase.h"
#include "EventDetailsPanel.h"
#include "EventFilter.h"
#include "EventStore.h"
#include "EventTableModel.h"
#include "EventTableView.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TimelineChartView.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateEdit>
#include <QDialog>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

// A window over `events` in a fresh database, with fresh settings.
struct Window
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    explicit Window(const std::vector<Event> &events = test::sampleEvents(),
        const std::vector<Company> &companies = test::sampleCompanies())
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        auto db = EventDatabase::open(
            DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("ui.sqlite"))),
            { .seedBundled = false });
        REQUIRE(db.ok());
        REQUIRE(db.value().addCompanies(companies).ok());
        REQUIRE(db.value().addEvents(events, QStringLiteral("sample")).ok());
        REQUIRE(db.value().reload().ok());
        window = std::make_unique<MainWindow>(std::move(db).value());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    TimelineChart *chart() const { return window->chartView()->timelineChart(); }
    const FilterState &state() const { return window->filter()->state(); }
};

} // namespace

TEST_CASE("Typing a month into From and To after Ctrl+A is taken (issue 12, item 9)")
{
    Window w;
    QDateEdit *from = w.window->filterPanel()->fromEdit();
    QDateEdit *to = w.window->filterPanel()->toEdit();
    QTest::mouseClick(from, Qt::LeftButton, {}, QPoint(10, from->height() / 2));
    from->setFocus();
    QTest::keyClick(from, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(from, QStringLiteral("2023-01"));
    INFO("typed: " << from->text().toStdString() << " section " << from->currentSectionIndex());
    QTest::keyClick(from, Qt::Key_Tab);
    INFO("after tab: " << from->text().toStdString() << " "
                       << w.state().from.toString(Qt::ISODate).toStdString());
    CHECK(w.state().from == QDate(2023, 1, 1));

    QTest::mouseClick(to, Qt::LeftButton, {}, QPoint(10, to->height() / 2));
    to->setFocus();
    QTest::keyClick(to, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(to, QStringLiteral("2023-07"));
    QTest::keyClick(to, Qt::Key_Return);
    CHECK(w.state().to == QDate(2023, 7, 31));
    CHECK(to->date().month() == 7);
}

TEST_CASE("The date range reaches back to the data's first year (issue 12, item 10)")
{
    auto events = test::sampleEvents();
    events.push_back(test::makeEvent(QStringLiteral("1966-05-02"), QStringLiteral("Google"),
        EventKind::Acquisition, std::nullopt, 1e6));
    Window w(events);
    QDateEdit *from = w.window->filterPanel()->fromEdit();
    CHECK(from->minimumDate() <= QDate(1966, 1, 1));
    CHECK(from->date() == QDate(1966, 5, 2));
    from->setDate(QDate(1966, 1, 1));
    w.window->filterPanel()->toEdit()->setDate(QDate(1970, 12, 1));
    CHECK(w.state().from == QDate(1966, 1, 1));
    CHECK(w.window->tableView()->model()->rowCount() == 1);
}

TEST_CASE("The Date column shows ISO dates at each precision in every locale (issue 12, item 11)")
{
    std::vector<Event> events { test::makeEvent(QStringLiteral("2019-07-22"),
                                    QStringLiteral("Google"), EventKind::Layoff, 10),
        test::makeEvent(QStringLiteral("2019-12"), QStringLiteral("Google"), EventKind::Layoff, 10),
        test::makeEvent(QStringLiteral("2020"), QStringLiteral("Google"), EventKind::Layoff, 10) };
    const QLocale previous;
    for (const char *name : { "en_US", "ko_KR", "de_DE" }) {
        QLocale::setDefault(QLocale(QString::fromLatin1(name)));
        auto store = std::make_shared<EventStore>(events, test::sampleCompanies());
        EventFilter filter;
        filter.setStore(store);
        EventTableModel model(&filter);
        REQUIRE(model.rowCount() == 3);
        const auto shown = [&](int row) {
            return model.index(row, EventTableModel::DateColumn).data().toString();
        };
        CHECK(shown(0) == QStringLiteral("2019-07-22"));
        CHECK(shown(1) == QStringLiteral("2019-12"));
        CHECK(shown(2) == QStringLiteral("2020"));
    }
    QLocale::setDefault(previous);
}
