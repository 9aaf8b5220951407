// The window's parts driven as a user would: type, check, toggle, export (offscreen platform).
#include "tst_ui_support.h"

#include <catch2/catch.hpp>

using namespace techwinter;
using namespace techwinter::test;

TEST_CASE("Typing in the company search narrows the list, by name, alias or Korean name")
{
    WindowFixture f;
    REQUIRE(f.companyView()->rowCount() == 3);
    QLineEdit *search = f.companies()->searchField();
    QTest::keyClicks(search, QStringLiteral("micro"));
    CHECK(f.companyView()->rowCount() == 1);
    CHECK(f.companyView()->index(0, 0).data().toString() == QStringLiteral("Microsoft"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("alpha"));
    REQUIRE(f.companyView()->rowCount() == 1);
    CHECK(f.companyView()->index(0, 0).data().toString() == QStringLiteral("Google"));
    search->setText(QStringLiteral("카카"));
    REQUIRE(f.companyView()->rowCount() == 1);
    CHECK(f.companyView()->index(0, 0).data().toString() == QStringLiteral("Kakao"));
    search->setText(QStringLiteral("zzz"));
    CHECK(f.companyView()->rowCount() == 0);
    // Searching narrows the list only; the table still shows every company.
    CHECK(f.tableRows() == 9);
}

TEST_CASE("Checking companies changes the table rows and the chart's sums")
{
    WindowFixture f;
    f.companies()->uncheckVisible();
    CHECK(f.tableRows() == 0);
    CHECK(f.chart()->isShowingEmptyState());

    QTest::keyClicks(f.companies()->searchField(), QStringLiteral("Google"));
    f.clickCompany(0);
    CHECK(f.tableRows() == 3);
    CHECK_FALSE(f.chart()->isShowingEmptyState());
    // Google: 12,000 jobs in Jan 2023, $300M into AI in Feb 2023, a launch in Apr 2023.
    const auto &series = f.chart()->content().series;
    REQUIRE(series.buckets().size() == 4);
    CHECK(f.chart()->layoffValue(0) == 12000);
    CHECK(f.chart()->aiValueBillions(1) == Approx(0.3));
    CHECK(f.chart()->content().launches.size() == 1);
    CHECK(f.chart()->content().title.contains(QStringLiteral("Google")));

    f.companies()->searchField()->setText(QStringLiteral("MSFT"));
    f.clickCompany(0);
    CHECK(f.tableRows() == 7);
    const auto &both = f.chart()->content().series;
    const int jan = both.bucketIndexFor(QDate(2023, 1, 1));
    CHECK(f.chart()->layoffValue(jan) == 22000);
    CHECK(f.chart()->aiValueBillions(jan) == Approx(10.0));
    CHECK(f.chart()->content().title.contains(QStringLiteral("Google, Microsoft")));
}

TEST_CASE("Kind toggles and the typed date range filter the table and the chart")
{
    WindowFixture f;
    QCheckBox *layoffs = f.window->filterPanel()->kindToggle(EventKind::Layoff);
    layoffs->click();
    CHECK(f.tableRows() == 5);
    CHECK(f.chart()->content().series.totalLayoffHeadcount() == 0);
    layoffs->click();
    CHECK(f.tableRows() == 9);
    CHECK(f.chart()->content().series.totalLayoffHeadcount() == 23000);

    QDateEdit *from = f.window->filterPanel()->fromEdit();
    QDateEdit *to = f.window->filterPanel()->toEdit();
    to->setDate(QDate(2023, 2, 1));
    from->setDate(QDate(2023, 1, 1));
    CHECK(f.window->filter()->state().from == QDate(2023, 1, 1));
    CHECK(f.window->filter()->state().to == QDate(2023, 2, 28));
    CHECK(f.tableRows() == 4);
    CHECK(f.chart()->content().series.buckets().size() == 2);
    CHECK(f.chart()->content().series.totalAiInvestmentUsd() == 10.3e9);
    CHECK(f.chart()->content().title.contains(QStringLiteral("Jan 2023–Feb 2023")));

    // Typing a month works as well as picking one.
    to->setFocus();
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("2023-09"));
    QTest::keyClick(to, Qt::Key_Enter);
    CHECK(f.window->filter()->state().to == QDate(2023, 9, 30));
    CHECK(f.tableRows() == 8);
}

TEST_CASE("Selecting a table row shows its details and highlights its bucket — clicking a bucket "
          "selects its events")
{
    WindowFixture f;
    EventTableView *table = f.window->tableView();
    table->selectRow(2); // 2023-01-20 Google layoff (date order)
    CHECK(f.window->detailsPanel()->toHtml().contains(QStringLiteral("12,000")));
    const int jan = f.chart()->content().series.bucketIndexFor(QDate(2023, 1, 20));
    CHECK(f.chart()->highlightedBucket() == jan);

    Q_EMIT f.chart()->bucketClicked(jan);
    const auto selected = table->selectionModel()->selectedRows();
    CHECK(selected.size() == 3); // three events in January 2023
}

TEST_CASE("The window restores its filters from the last session")
{
    std::vector<std::string> before;
    std::vector<std::string> defaults;
    {
        WindowFixture f;
        defaults = whatTheUserSees(f);
        // Google and Microsoft only, no launches, January to June 2023, by quarter, running totals
        // on a log money axis, events mentioning "layoff".
        f.companies()->searchField()->setText(QStringLiteral("Kakao"));
        f.companies()->uncheckVisible();
        f.window->filterPanel()->kindToggle(EventKind::Launch)->click();
        f.window->filterPanel()->toEdit()->setDate(QDate(2023, 6, 1));
        f.window->filterPanel()->fromEdit()->setDate(QDate(2023, 1, 1));
        action(*f.window, QStringLiteral("By &Quarter"))->trigger();
        action(*f.window, QStringLiteral("&Running Totals"))->trigger();
        action(*f.window, QStringLiteral("&Log Scale for Money"))->trigger();
        QTest::keyClicks(f.window->findChild<QLineEdit *>(QStringLiteral("eventSearch")),
            QStringLiteral("layoff"));
        before = whatTheUserSees(f);
        f.window->close();
    }
    REQUIRE(before != defaults);

    // A new window, as at the next start, over a database with the same companies.
    WindowFixture next(false);
    const std::vector<std::string> after = whatTheUserSees(next);
    CHECK(after == before);
    // Written out, so that a window that restores nothing (and a first one that changed
    // nothing) cannot pass either.
    CHECK(after
        == std::vector<std::string> { "company Google: checked", "company Kakao: unchecked",
            "company Microsoft: checked", "kind layoff: on", "kind ai_investment: on",
            "kind investment: on", "kind acquisition: on", "kind restructuring: on",
            "kind launch: off", "kind ai_infrastructure: on", "from 2023-01", "to 2023-06",
            "event search \"layoff\"", "By &Month: unchecked", "By &Quarter: checked",
            "By &Year: unchecked", "&Running Totals: checked", "&Log Scale for Money: checked",
            "chart: 2 buckets of a quarter, running totals, log money", "table: 2 rows" });
}

TEST_CASE("Chart export writes a PNG of exactly the requested size that is not blank and follows "
          "the filter")
{
    WindowFixture f;
    QTemporaryDir dir;
    const QString all = dir.filePath(QStringLiteral("all.png"));
    ChartExportOptions options;
    options.pixelSize = QSize(1200, 700);
    REQUIRE(f.window->exportChart(all, options));
    QImage a(all);
    REQUIRE_FALSE(a.isNull());
    CHECK(a.size() == QSize(1200, 700));
    CHECK(countColours(a) > 20); // bars, a line, text: not a blank canvas
    CHECK(a.text(QStringLiteral("Filter")) == QStringLiteral("all companies"));
    CHECK(a.text(QStringLiteral("Software")).startsWith(QStringLiteral("TechWinter")));
    CHECK(a.text(QStringLiteral("Bucket")) == QStringLiteral("month"));

    f.companies()->searchField()->setText(QStringLiteral("구글"));
    f.companies()->uncheckVisible();
    const QString less = dir.filePath(QStringLiteral("less.png"));
    REQUIRE(f.window->exportChart(less, options));
    QImage b(less);
    CHECK(b.size() == QSize(1200, 700));
    CHECK(b != a);
    CHECK(b.text(QStringLiteral("Filter")) == QStringLiteral("Kakao, Microsoft"));

    options.scale = 2;
    options.pixelSize = QSize(1600, 900);
    const QString sharp = dir.filePath(QStringLiteral("sharp.png"));
    REQUIRE(f.window->exportChart(sharp, options));
    CHECK(QImage(sharp).size() == QSize(3200, 1800)); // 2×: twice the pixels each way
}

TEST_CASE("Transparent PNG and SVG exports, and the SVG escapes its text")
{
    EventStore store(test::sampleEvents(), test::sampleCompanies());
    FilterState state;
    const auto rows = state.matchingRows(store);
    TimelineChartContent content
        = makeChartContent(store, state, rows, BucketSize::Quarter, QStringLiteral("<db> & \"x\""));
    ViewState quarterView;
    quarterView.bucket = BucketSize::Quarter;
    QTemporaryDir dir;
    ChartExportOptions options;
    options.transparent = true;
    const QString png = dir.filePath(QStringLiteral("t.png"));
    REQUIRE(ChartExporter::writePng(
        png, content, {}, options, chartMetadata(store, quarterView, content))
                .ok());
    const QImage image(png);
    CHECK(image.hasAlphaChannel());
    CHECK(qAlpha(image.pixel(2, 2)) == 0);

    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    REQUIRE(ChartExporter::writeSvg(
        svg, content, {}, options, chartMetadata(store, quarterView, content))
                .ok());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    CHECK(xml.startsWith("<?xml"));
    CHECK(xml.contains("&lt;db&gt; &amp;"));
    CHECK_FALSE(xml.contains("<db>"));
}

TEST_CASE("Exporting to a path that cannot be written reports it and leaves no file")
{
    EventStore store(test::sampleEvents(), test::sampleCompanies());
    const auto rows = FilterState {}.matchingRows(store);
    const auto content
        = makeChartContent(store, FilterState {}, rows, BucketSize::Month, QStringLiteral("x"));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/chart.png"));
    const Status failed = ChartExporter::writePng(missing, content, {}, {}, {});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().file == missing);
    CHECK_FALSE(QFile::exists(missing));
    CHECK_FALSE(ChartExporter::writePng(dir.path(), content, {}, {}, {}).ok());
    ChartExportOptions tiny;
    tiny.pixelSize = QSize(10, 10);
    CHECK(ChartExporter::writePng(dir.filePath(QStringLiteral("tiny.png")), content, {}, tiny, {})
              .error()
              .message.contains(QStringLiteral("outside")));
}

TEST_CASE("Cumulative mode plots running totals, log mode plots money as points")
{
    WindowFixture f;
    f.window->chartView()->setCumulative(true);
    const int last = int(f.chart()->content().series.buckets().size()) - 1;
    CHECK(f.chart()->layoffValue(last) == 23000);
    CHECK(f.chart()->aiValueBillions(last) == Approx(10.3));
    f.window->chartView()->setCumulative(false);
    f.window->chartView()->setLogMoney(true);
    CHECK(f.chart()->aiPoints()->isVisible());
    CHECK_FALSE(f.chart()->aiLine()->isVisible());
    CHECK(f.chart()->aiPoints()->count() == 2); // only months with money: a log axis has no zero
}

TEST_CASE("A series hidden from the legend stays hidden across filter changes, and zoom is kept in "
          "exports")
{
    WindowFixture f;
    TimelineChart *chart = f.chart();
    QLegendMarker *layoffMarker = chart->legend()->markers(chart->series().at(0)).value(0);
    REQUIRE(layoffMarker);
    Q_EMIT layoffMarker->clicked();
    CHECK_FALSE(chart->series().at(0)->isVisible());
    f.window->filterPanel()->kindToggle(EventKind::Launch)->click();
    CHECK_FALSE(chart->series().at(0)->isVisible());
    Q_EMIT layoffMarker->clicked();
    CHECK(chart->series().at(0)->isVisible());

    // Zoom to the first three months, then export: the image shows the zoomed view.
    chart->setTimeRange(-0.5, 2.5);
    QTemporaryDir dir;
    ChartExportOptions options;
    options.pixelSize = QSize(800, 450);
    REQUIRE(f.window->exportChart(dir.filePath(QStringLiteral("zoomed.png")), options));
    f.window->chartView()->resetZoom();
    REQUIRE(f.window->exportChart(dir.filePath(QStringLiteral("whole.png")), options));
    CHECK(QImage(dir.filePath(QStringLiteral("zoomed.png")))
        != QImage(dir.filePath(QStringLiteral("whole.png"))));
    CHECK(chart->timeRange().second == Approx(10.5));
}

TEST_CASE("A bucket's tooltip gives its sums and its largest events")
{
    EventStore store(test::sampleEvents(), test::sampleCompanies());
    const auto rows = FilterState {}.matchingRows(store);
    const auto series = TimelineSeries::compute(store, rows, BucketSize::Month);
    const QString text
        = bucketTooltip(store, rows, series, series.bucketIndexFor(QDate(2023, 1, 1)), 2);
    CHECK(text.contains(QStringLiteral("2023-01")));
    CHECK(text.contains(QStringLiteral("22,000")));
    CHECK(text.contains(QStringLiteral("US$10.0 bn")));
    CHECK(
        text.indexOf(QStringLiteral("Google")) < text.indexOf(QStringLiteral("Microsoft layoff")));
    CHECK(text.contains(QStringLiteral("1 more")));
}
