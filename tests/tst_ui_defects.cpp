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

TEST_CASE("Ctrl+E opens Export Chart with the focus in a search box (issue 12, item 12)")
{
    Window w;
    auto *action = w.window->findChild<QAction *>(QStringLiteral("exportChartAction"));
    REQUIRE(action);
    QSignalSpy triggered(action, &QAction::triggered);
    // The export dialog is modal: close it as soon as it shows.
    const auto closeDialogSoon = [] {
        QTimer::singleShot(50, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
    };
    QLineEdit *companySearch = w.window->filterPanel()->companyPanel()->searchField();
    QLineEdit *eventSearch = w.window->findChild<QLineEdit *>(QStringLiteral("eventSearch"));
    REQUIRE(eventSearch);
    int expected = 0;
    for (QLineEdit *edit : { companySearch, eventSearch }) {
        w.window->activateWindow();
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        closeDialogSoon();
        QTest::keyClick(edit, Qt::Key_E, Qt::ControlModifier);
        CHECK(triggered.size() == ++expected);
    }
}

namespace {

// One layoff a month and one AI deal a quarter from `firstYear` to `lastYear`.
std::vector<Event> decades(int firstYear, int lastYear)
{
    std::vector<Event> events;
    for (int year = firstYear; year <= lastYear; ++year) {
        for (int month = 1; month <= 12; ++month) {
            const QString date
                = QStringLiteral("%1-%2-15").arg(year).arg(month, 2, 10, QLatin1Char('0'));
            events.push_back(
                test::makeEvent(date, QStringLiteral("Google"), EventKind::Layoff, 100 + month));
            if (month % 3 == 0)
                events.push_back(test::makeEvent(date, QStringLiteral("Microsoft"),
                    EventKind::AiInvestment, std::nullopt, 1e8 * month));
        }
    }
    return events;
}

// A chart laid out in its own scene at `size`, as the exporter does it.
struct StagedChart
{
    QGraphicsScene scene;
    TimelineChart *chart = new TimelineChart;
    StagedChart(const TimelineChartContent &content, QSizeF size, TimelineChartOptions options = {})
    {
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        options.baseFontPixels = ChartExporter::baseFontPixelsFor(size);
        chart->setContent(content, options);
        QCoreApplication::sendPostedEvents();
        chart->layout();
        QCoreApplication::sendPostedEvents();
    }
};

// The time axis' labels in order, with the value each sits on.
std::vector<std::pair<QString, double>> timeLabels(const TimelineChart *chart)
{
    std::vector<std::pair<QString, double>> labels;
    for (const QString &label : chart->timeAxis()->categoriesLabels())
        labels.emplace_back(label, chart->timeAxis()->endValue(label));
    return labels;
}

} // namespace

TEST_CASE("Year labels across decades thin out to what fits, at any size (issue 12, item 1)")
{
    const TimelineChartContent content = test::chartContentOf(decades(1960, 2013));
    for (const QSizeF size :
        { QSizeF(1024, 768), QSizeF(1600, 900), QSizeF(640, 400), QSizeF(3200, 900) }) {
        StagedChart staged(content, size);
        const auto labels = timeLabels(staged.chart);
        const int step = staged.chart->yearLabelStep();
        INFO("size " << size.width() << "x" << size.height() << ", step " << step);
        REQUIRE(labels.size() >= 3);
        const QFontMetricsF fm(staged.chart->timeAxis()->labelsFont());
        const double room = staged.chart->plotArea().width() / double(labels.size());
        CHECK(room > fm.horizontalAdvance(QStringLiteral("2000")) * 1.2);
        for (const auto &[label, value] : labels)
            CHECK(label.toInt() % step == 0);
        // Labels at adjacent positions are at least a label's width apart on screen.
        for (size_t i = 1; i < labels.size(); ++i) {
            const qreal gap = staged.chart->positionOf(labels[i].second, 0).x()
                - staged.chart->positionOf(labels[i - 1].second, 0).x();
            CHECK(gap > fm.horizontalAdvance(labels[i].first));
        }
    }
    // Wide and short: every year fits.
    StagedChart wide(test::chartContentOf(decades(2019, 2025)), QSizeF(1600, 900));
    CHECK(wide.chart->yearLabelStep() == 1);
    CHECK(timeLabels(wide.chart).size() == 7);
}

TEST_CASE("Each year's label sits on the boundary where January begins (issue 12, item 2)")
{
    StagedChart staged(test::chartContentOf(decades(2019, 2025)), QSizeF(1600, 900));
    const TimelineChart *chart = staged.chart;
    CHECK(chart->timeAxis()->labelsPosition() == QCategoryAxis::AxisLabelsPositionOnValue);
    const auto &series = chart->content().series;
    for (const auto &[label, value] : timeLabels(chart)) {
        const int january = series.bucketIndexFor(QDate(label.toInt(), 1, 1));
        CHECK(value == Approx(january - 0.5));
    }
    // A January 2025 bar lies right of the "2025" boundary, a December 2024 bar left of it.
    const double boundary = chart->timeAxis()->endValue(QStringLiteral("2025"));
    CHECK(series.bucketIndexFor(QDate(2025, 1, 15)) > boundary);
    CHECK(series.bucketIndexFor(QDate(2024, 12, 15)) < boundary);
}

TEST_CASE("The layoffs legend marker is filled with the bars' colour (issue 12, item 3)")
{
    StagedChart staged(test::chartContentOf(decades(2022, 2023)), QSizeF(1600, 900));
    QLegendMarker *layoffs = nullptr;
    for (QLegendMarker *marker : staged.chart->legend()->markers()) {
        if (marker->label() == staged.chart->layoffSet()->label())
            layoffs = marker;
    }
    REQUIRE(layoffs);
    CHECK(layoffs->brush().style() == Qt::SolidPattern);
    CHECK(layoffs->brush().color() == staged.chart->layoffSet()->brush().color());
    CHECK(layoffs->brush().color() != QColor(Qt::white));

    // In the rendered image, the legend (above the plot) holds the bars' colour.
    const QImage image = ChartExporter::render(staged.chart->content(), {}, {});
    const QColor bars = staged.chart->layoffSet()->brush().color();
    int found = 0;
    const int plotTop = int(staged.chart->plotArea().top());
    for (int y = 0; y < plotTop; ++y)
        for (int x = 0; x < image.width(); ++x)
            found += image.pixelColor(x, y).rgb() == bars.rgb() ? 1 : 0;
    CHECK(found > 20);
}

TEST_CASE("Launch labels stay by their markers after a date range change, inside the plot (issue "
          "12, item 4)")
{
    auto events = decades(2019, 2024);
    for (const char *date : { "2021-03-10", "2022-06-01", "2023-11-20", "2020-02-02" })
        events.push_back(test::makeEvent(QString::fromLatin1(date), QStringLiteral("Google"),
            EventKind::Launch, std::nullopt, std::nullopt,
            QStringLiteral("Google launches %1").arg(QString::fromLatin1(date))));
    Window w(events);
    for (const QSize size : { QSize(1440, 900), QSize(1024, 768) }) {
        w.window->resize(size);
        w.window->filterPanel()->fromEdit()->setDate(QDate(2021, 1, 1));
        w.window->filterPanel()->toEdit()->setDate(QDate(2023, 12, 1));
        QApplication::processEvents();
        QApplication::processEvents();
        const TimelineChart *chart = w.chart();
        const QRectF area = chart->plotArea();
        const auto &labels = chart->launchLabels();
        REQUIRE(labels.size() == 3);
        const auto markers = chart->launchMarkers()->points();
        REQUIRE(markers.size() == 3);
        for (size_t i = 0; i < labels.size(); ++i) {
            const QRectF label = labels[i]->mapRectToParent(labels[i]->boundingRect());
            CHECK(area.contains(label));
            // The drawn marker, by the series' own mapping once layout has settled.
            const QPointF marker = const_cast<TimelineChart *>(chart)->mapToPosition(
                markers[qsizetype(i)], chart->launchMarkers());
            const qreal b = chart->options().baseFontPixels;
            CHECK(
                std::min(std::abs(label.left() - marker.x()), std::abs(label.right() - marker.x()))
                < b * 1.2);
            CHECK(label.top() > marker.y());
            CHECK(label.top() - marker.y() < b * 4.5);
        }
        w.window->filterPanel()->findChild<QPushButton *>(QStringLiteral("allDates"))->click();
    }
}

TEST_CASE("The log money axis has room above its largest point — no AI money hides the money "
          "axis (issue 12, item 5)")
{
    std::vector<Event> events { test::makeEvent(QStringLiteral("2023-01-10"),
                                    QStringLiteral("Google"), EventKind::Layoff, 1000),
        test::makeEvent(QStringLiteral("2023-02-10"), QStringLiteral("Microsoft"),
            EventKind::AiInvestment, std::nullopt, 10e9) };
    TimelineChartOptions log;
    log.logMoney = true;
    StagedChart staged(test::chartContentOf(events), QSizeF(1600, 900), log);
    auto *axis = qobject_cast<QLogValueAxis *>(staged.chart->moneyAxis());
    REQUIRE(axis);
    CHECK(axis->max() >= 10.0 * 1.5);

    events.pop_back();
    for (bool logMoney : { false, true }) {
        TimelineChartOptions options;
        options.logMoney = logMoney;
        StagedChart none(test::chartContentOf(events), QSizeF(1600, 900), options);
        CHECK_FALSE(none.chart->moneyAxis()->isVisible());
        for (QLegendMarker *marker : none.chart->legend()->markers()) {
            if (marker->label().contains(QStringLiteral("AI")))
                CHECK_FALSE(marker->isVisible());
        }
        CHECK(none.chart->content().subtitle.contains(QStringLiteral("no AI money")));
        CHECK(none.chart->peopleAxis()->labelsColor().alpha() == 255);
    }

    // The same for layoffs, and for launches: what the selection lacks leaves no empty axis or
    // legend entry behind.
    const std::vector<Event> moneyOnly { test::makeEvent(QStringLiteral("2023-02-10"),
        QStringLiteral("Microsoft"), EventKind::AiInvestment, std::nullopt, 10e9) };
    StagedChart money(test::chartContentOf(moneyOnly), QSizeF(1600, 900), {});
    CHECK(money.chart->peopleAxis()->labelsColor().alpha() == 0);
    CHECK_FALSE(money.chart->peopleAxis()->isTitleVisible());
    CHECK(money.chart->moneyAxis()->isVisible());
    QStringList shown;
    for (QLegendMarker *marker : money.chart->legend()->markers()) {
        if (marker->isVisible())
            shown << marker->label();
    }
    CHECK(shown == QStringList { QStringLiteral("AI investment (US$ bn)") });
    CHECK(
        money.chart->content().subtitle.startsWith(QStringLiteral("no layoffs in this selection")));
}

TEST_CASE("Moving the mouse over a bar shows its tooltip and a click selects its events (issue 12, "
          "item 6)")
{
    Window w;
    w.window->resize(1440, 900);
    QApplication::processEvents();
    TimelineChartView *view = w.window->chartView();
    const TimelineChart *chart = w.chart();
    const int jan = chart->content().series.bucketIndexFor(QDate(2023, 1, 20));
    const QPointF scenePoint = chart->positionOf(jan, chart->layoffValue(jan) / 2);
    const QPoint at = view->mapFromScene(scenePoint);
    QTest::mouseMove(view->viewport(), at);
    QTRY_VERIFY(QToolTip::isVisible());
    CHECK(QToolTip::text().contains(QStringLiteral("Jobs cut: 22,000")));

    // Between bars, and over the line and markers too: the bucket under the mouse.
    const QPoint high
        = view->mapFromScene(chart->positionOf(jan + 0.3, chart->layoffValue(jan) * 1.15));
    QTest::mouseMove(view->viewport(), high);
    CHECK(QToolTip::text().contains(QStringLiteral("Jobs cut: 22,000")));

    const auto range = chart->timeRange();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    CHECK(w.window->tableView()->selectionModel()->selectedRows().size() == 3);
    CHECK(chart->highlightedBucket() == jan);
    CHECK(chart->timeRange() == range); // a click is not a zoom
}

TEST_CASE("The title names the text search and the metadata holds the full filter (issue 12, "
          "items 7 and 15)")
{
    Window w;
    QLineEdit *search = w.window->findChild<QLineEdit *>(QStringLiteral("eventSearch"));
    QTest::keyClicks(search, QStringLiteral("layoff"));
    CHECK(w.chart()->content().title.contains(QStringLiteral("“layoff”")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("search.png"));
    REQUIRE(w.window->exportChart(path, {}));
    QImage image(path);
    CHECK(image.text(QStringLiteral("Title")).contains(QStringLiteral("“layoff”")));
    CHECK(image.text(QStringLiteral("Filter")).contains(QStringLiteral("“layoff”")));
}

TEST_CASE("The footer says how many events drawn have a source (issue 12, item 8)")
{
    auto events = test::sampleEvents(); // each with a source URL
    const TimelineChartContent sourced = test::chartContentOf(events);
    CHECK(sourced.footer.contains(
        QStringLiteral("9 events from public reports, each with its source URL")));
    for (int i = 0; i < 4; ++i) {
        Event e = test::makeEvent(QStringLiteral("2023-05-0%1").arg(i + 1),
            QStringLiteral("Google"), EventKind::Acquisition, std::nullopt, 1e6);
        e.sourceUrl.clear();
        events.push_back(e);
    }
    const TimelineChartContent mixed = test::chartContentOf(events);
    CHECK(mixed.footer.contains(QStringLiteral("9 events with a source URL; 4 without a source")));
    CHECK_FALSE(mixed.footer.contains(QStringLiteral("each")));
}

TEST_CASE(
    "The first window fits the screen — long titles elide with the full text in the tooltip — "
    "the empty details panel collapses (issue 12, item 13)")
{
    Window w;
    const QRect available = w.window->screen()->availableGeometry();
    INFO("available " << available.width() << "x" << available.height() << " frame "
                      << w.window->frameGeometry().x() << "," << w.window->frameGeometry().y()
                      << " " << w.window->frameGeometry().width() << "x"
                      << w.window->frameGeometry().height() << " min "
                      << w.window->minimumSizeHint().width() << "x"
                      << w.window->minimumSizeHint().height());
    CHECK(available.contains(w.window->frameGeometry()));
    CHECK_FALSE(w.window->detailsPanel()->isVisible());
    w.window->tableView()->selectRow(0);
    CHECK(w.window->detailsPanel()->isVisible());

    // A title longer than the chart is wide.
    std::vector<Company> many = test::sampleCompanies();
    std::vector<Event> events = test::sampleEvents();
    for (const char *name : { "International Business Machines", "Salesforce Incorporated",
             "Amazon Web Services", "Meta Platforms" }) {
        Company c;
        c.name = QString::fromLatin1(name);
        many.push_back(c);
        events.push_back(
            test::makeEvent(QStringLiteral("2023-01-05"), c.name, EventKind::Layoff, 10));
    }
    auto store = std::make_shared<EventStore>(events, many);
    FilterState state;
    state.companies = std::set<int> { 0, 1, 2, 3, 4, 5, 6 };
    EventFilter filter;
    filter.setStore(store);
    filter.setState(state);
    const auto content = makeChartContent(*store, filter.state(), filter.rows(), BucketSize::Month,
        QStringLiteral("a database with a long name.sqlite"));
    StagedChart staged(content, QSizeF(700, 500));
    const QGraphicsSimpleTextItem *title = staged.chart->titleItem();
    CHECK(title->boundingRect().width() <= 700);
    CHECK(title->pos().x() >= 0);
    CHECK(title->toolTip() == content.title);
    CHECK(staged.chart->footerItem()->boundingRect().width() <= 700);
}
