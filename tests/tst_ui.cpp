// The window's parts driven as a user would: type, check, toggle, export (offscreen platform).
#include "ChartContent.h"
#include "ChartExporter.h"
#include "CompanyListModel.h"
#include "CompanyPanel.h"
#include "EventDatabase.h"
#include "EventDetailsPanel.h"
#include "EventFilter.h"
#include "EventStore.h"
#include "EventTableView.h"
#include "FilterPanel.h"
#include "ImportDialog.h"
#include "ImportPreviewModel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TimelineChartView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

// A window over the sample events in a fresh database; settings are the test's own.
struct WindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    enum Settings { FreshSettings, KeepSettings };
    explicit WindowFixture(Settings settings = FreshSettings)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (settings == FreshSettings)
            QSettings().clear();
        auto db = EventDatabase::open(
            DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("ui.sqlite"))),
            { .seedBundled = false });
        REQUIRE(db.ok());
        REQUIRE(db.value().addCompanies(test::sampleCompanies()).ok());
        REQUIRE(db.value().addEvents(test::sampleEvents(), QStringLiteral("sample")).ok());
        REQUIRE(db.value().reload().ok());
        window = std::make_unique<MainWindow>(std::move(db).value());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    CompanyPanel *companies() const { return window->filterPanel()->companyPanel(); }
    QAbstractItemModel *companyView() const { return companies()->listView()->model(); }
    int tableRows() const { return window->tableView()->model()->rowCount(); }
    TimelineChart *chart() const { return window->chartView()->timelineChart(); }

    // Clicks the check box of the company shown in list row `row`.
    void clickCompany(int row) const
    {
        QListView *list = companies()->listView();
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        // The indicator sits at the left of the item.
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
    }
};

int countColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

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

TEST_CASE("Selecting a table row shows its details and highlights its bucket; clicking a bucket "
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
    ViewState left;
    {
        WindowFixture f;
        f.companies()->searchField()->setText(QStringLiteral("Kakao"));
        f.companies()->uncheckVisible();
        f.window->filterPanel()->kindToggle(EventKind::Launch)->click();
        left = f.window->viewState();
        f.window->close();
    }
    REQUIRE(left.companies.has_value());
    CHECK(*left.companies == QStringList { QStringLiteral("Google"), QStringLiteral("Microsoft") });
    CHECK_FALSE(left.acceptsKind(EventKind::Launch));
    // A new window on the same settings shows what the user left.
    WindowFixture next(WindowFixture::KeepSettings);
    CHECK(next.window->viewState() == left);
    CHECK(next.window->filter()->state().companies->size() == 2);
    CHECK_FALSE(next.window->filterPanel()->kindToggle(EventKind::Launch)->isChecked());
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

TEST_CASE("The import dialog previews a layoffs.fyi file, imports it off the GUI thread, and the "
          "window shows it")
{
    WindowFixture f;
    const int before = f.window->filter()->store().size();
    ImportDialog dialog(test::fixture(QStringLiteral("import_layoffs_quirks.csv")),
        f.window->database().location());
    QSignalSpy ready(&dialog, &ImportDialog::ready);
    REQUIRE(ready.wait(10000));
    QAbstractItemModelTester tester(const_cast<ImportPreviewModel *>(dialog.previewModel()),
        QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.mapping().format == ImportFormat::LayoffsFyi);
    const int previewRows = dialog.previewModel()->rowCount();
    CHECK(previewRows > 0);
    CHECK(dialog.previewModel()->index(0, ImportPreviewModel::LineColumn).data().toLongLong() >= 2);
    CHECK(dialog.previewModel()->index(0, ImportPreviewModel::KindColumn).data().toString()
        == QStringLiteral("Layoff"));

    // Editing the mapping re-runs the preview: without a company column nothing can be imported.
    auto *company = dialog.findChild<QComboBox *>(QStringLiteral("map_company"));
    REQUIRE(company);
    const int companyIndex = company->currentIndex();
    company->setCurrentIndex(0);
    CHECK(dialog.previewModel()->rowCount() == 0);
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    company->setCurrentIndex(companyIndex);
    CHECK(dialog.previewModel()->rowCount() == previewRows);

    QSignalSpy finished(&dialog, &ImportDialog::finished);
    dialog.startImport();
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(0).toBool());
    REQUIRE(dialog.summary());
    CHECK(dialog.summary()->imported > 0);

    REQUIRE(const_cast<EventDatabase &>(f.window->database()).reload().ok());
    f.window->refreshFromDatabase();
    CHECK(f.window->filter()->store().size() == before + int(dialog.summary()->imported));
}

TEST_CASE("The import dialog explains a file it cannot use and offers no Import button")
{
    QTemporaryDir dir;
    ImportDialog dialog(test::fixture(QStringLiteral("bad_truncated_quote.csv")),
        DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("x.sqlite"))));
    QSignalSpy ready(&dialog, &ImportDialog::ready);
    REQUIRE(ready.wait(10000));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    const auto labels = dialog.findChildren<QLabel *>();
    const bool explained = std::any_of(labels.begin(), labels.end(),
        [](QLabel *l) { return l->text().contains(QStringLiteral("bad_truncated_quote.csv:")); });
    CHECK(explained);
}

TEST_CASE("The details panel shows where an imported event came from")
{
    Event e = test::makeEvent(QStringLiteral("2023-01-20"), QStringLiteral("Google <Alphabet>"),
        EventKind::Layoff, 12000);
    EventDetails details;
    details.batchId = 3;
    details.source = QStringLiteral("layoffs.csv");
    details.sourceRow = 42;
    details.attributes
        = { EventAttribute { QStringLiteral("country"), QStringLiteral("United States") } };
    const QString html = EventDetailsPanel::html(e, details);
    CHECK(html.contains(QStringLiteral("layoffs.csv, line 42")));
    CHECK(html.contains(QStringLiteral("United States")));
    CHECK(html.contains(QStringLiteral("Google &lt;Alphabet&gt;")));
}

TEST_CASE("A context series can be overlaid on the chart and is never added to the event sums")
{
    WindowFixture f;
    auto &db = const_cast<EventDatabase &>(f.window->database());
    QTemporaryDir dir;
    const QString owid = dir.filePath(QStringLiteral("owid.csv"));
    QFile file(owid);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Entity,Code,Year,Estimated investment - Field: All\n"
               "World,OWID_WRL,2022,100000000000\nWorld,OWID_WRL,2023,120000000000\n"
               "United States,USA,2023,60000000000\n");
    file.close();
    auto imported = db.importFile(owid);
    REQUIRE(imported.ok());
    f.window->refreshFromDatabase();
    const auto &series = f.window->chartView()->contextSeries();
    REQUIRE(series.size() == 1);
    const double aiBefore = f.chart()->content().series.totalAiInvestmentUsd();

    f.window->chartView()->setBucketSize(BucketSize::Year);
    f.window->chartView()->setOverlay(series.front().name, QStringLiteral("World"));
    CHECK(f.chart()->overlayLine()->isVisible());
    REQUIRE(f.chart()->overlayLine()->count() == 2);
    CHECK(f.chart()->overlayLine()->at(1).y() == Approx(120.0)); // billions, on the money axis
    CHECK(f.chart()->content().overlayLabel.contains(QStringLiteral("World")));
    CHECK(f.chart()->content().series.totalAiInvestmentUsd() == aiBefore);

    f.window->chartView()->setOverlay({}, {});
    CHECK_FALSE(f.chart()->overlayLine()->isVisible());
}
