#include "ChartStyle.h"
#include "EventStore.h"
#include "TestSupport.h"
#include "TimelineChart.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QXYSeries>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

TimelineChartContent compareContent(const std::vector<Event> &events)
{
    const EventStore store(events, test::sampleCompanies());
    const std::vector<int> rows = FilterState {}.matchingRows(store);
    return makeChartContent(store, {}, rows, BucketSize::Month, QStringLiteral("test"), true);
}

QStringList visibleLegend(TimelineChart &chart)
{
    QStringList names;
    QCoreApplication::sendPostedEvents(); // the legend lays its markers out in posted events
    for (QLegendMarker *marker : chart.legend()->markers()) {
        if (marker->isVisible())
            names << marker->label();
    }
    return names;
}

// A chart in a scene of its own, as the exporter lays it out: legend markers only show there.
struct SceneChart
{
    QGraphicsScene scene;
    TimelineChart *chart = new TimelineChart;
    SceneChart()
    {
        scene.addItem(chart);
        chart->setGeometry(QRectF(0, 0, 1200, 700));
    }
};

} // namespace

TEST_CASE("Compare chart: one bar set and one money line per company, in its colour")
{
    SceneChart staged;
    TimelineChart &chart = *staged.chart;
    chart.setContent(compareContent(test::sampleEvents()), {});
    const QAbstractBarSeries *bars = chart.compareLayer()->bars();
    REQUIRE(bars != nullptr);
    CHECK(qobject_cast<const QStackedBarSeries *>(bars) == nullptr); // grouped by default
    REQUIRE(bars->count() == 3);
    CHECK(bars->barSets()[0]->label() == QStringLiteral("Google"));
    CHECK(bars->barSets()[0]->brush().color() == QColor(0xCC, 0x66, 0x77));
    CHECK(bars->barSets()[1]->brush().color() == QColor(0x33, 0x22, 0x88)); // Kakao
    CHECK(bars->barSets()[2]->brush().color() == QColor(0x88, 0x22, 0x55)); // Microsoft
    CHECK(bars->barSets()[2]->at(2) == 10000);
    // Kakao has no AI money, so two lines; each in its company's colour.
    REQUIRE(chart.compareLayer()->moneyLines().size() == 2);
    CHECK(chart.compareLayer()->moneyLines()[1]->pen().color() == QColor(0x88, 0x22, 0x55));
    // The legend names the companies, not the totals' series.
    const QStringList legend = visibleLegend(chart);
    CHECK(legend.contains(QStringLiteral("Google")));
    CHECK(legend.contains(QStringLiteral("Microsoft")));
    CHECK_FALSE(legend.contains(QStringLiteral("Layoffs (people)")));
    CHECK(legend.count(QStringLiteral("Google")) == 1);
}

TEST_CASE("Compare chart stacks bars on request and names the Other group")
{
    std::vector<Event> events;
    for (int i = 1; i <= 10; ++i)
        events.push_back(test::makeEvent(QStringLiteral("2023-01-15"),
            QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0')), EventKind::Layoff, i * 100));
    SceneChart staged;
    TimelineChart &chart = *staged.chart;
    TimelineChartOptions options;
    options.stackedBars = true;
    chart.setContent(compareContent(events), options);
    const QAbstractBarSeries *bars = chart.compareLayer()->bars();
    REQUIRE(qobject_cast<const QStackedBarSeries *>(bars) != nullptr);
    REQUIRE(bars->count() == 9);
    CHECK(bars->barSets().back()->label() == QStringLiteral("Other (2 companies)"));
    CHECK(bars->barSets().back()->brush().color() == QColor(0x99, 0x99, 0x99));
    CHECK(visibleLegend(chart).contains(QStringLiteral("Other (2 companies)")));

    // Leaving compare mode removes the per-company series again.
    chart.setContent(test::chartContentOf(test::sampleEvents()), {});
    CHECK(chart.compareLayer()->bars() == nullptr);
    CHECK(visibleLegend(chart).contains(QStringLiteral("Layoffs (people)")));
}
