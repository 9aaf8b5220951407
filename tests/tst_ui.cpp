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
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

// A window over the sample events in a fresh database; settings are the test's own.
struct WindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    /// `freshSettings` false: the window starts from the settings an earlier window left.
    explicit WindowFixture(bool freshSettings = true)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (freshSettings)
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

// The window's action whose menu text is `text` (with its "&" mnemonic).
QAction *action(const MainWindow &window, const QString &text)
{
    const auto actions = window.findChildren<QAction *>();
    const auto found = std::find_if(
        actions.begin(), actions.end(), [&](QAction *a) { return a->text() == text; });
    if (found == actions.end())
        FAIL("no action " << text.toStdString());
    return *found;
}

// What the user sees of the filters and the chart's settings, one line each: the company list's
// check boxes, the kind toggles, the date fields, the event search, the checked View actions, and
// what the chart and the table then show.
std::vector<std::string> whatTheUserSees(const WindowFixture &f)
{
    std::vector<std::string> seen;
    const auto add = [&](const QString &line) {
        seen.push_back(line.toStdString());
    };
    f.companies()->searchField()->clear();
    const QAbstractItemModel *list = f.companyView();
    for (int row = 0; row < list->rowCount(); ++row) {
        const QModelIndex index = list->index(row, 0);
        add(QStringLiteral("company %1: %2")
                .arg(index.data().toString(),
                    index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked
                        ? QStringLiteral("checked")
                        : QStringLiteral("unchecked")));
    }
    for (EventKind kind : AllEventKinds)
        add(QStringLiteral("kind %1: %2")
                .arg(eventKindName(kind),
                    f.window->filterPanel()->kindToggle(kind)->isChecked()
                        ? QStringLiteral("on")
                        : QStringLiteral("off")));
    add(QStringLiteral("from %1").arg(f.window->filterPanel()->fromEdit()->text()));
    add(QStringLiteral("to %1").arg(f.window->filterPanel()->toEdit()->text()));
    add(QStringLiteral("event search \"%1\"")
            .arg(f.window->findChild<QLineEdit *>(QStringLiteral("eventSearch"))->text()));
    for (const QString &text :
        { QStringLiteral("By &Month"), QStringLiteral("By &Quarter"), QStringLiteral("By &Year"),
            QStringLiteral("&Running Totals"), QStringLiteral("&Log Scale for Money") })
        add(QStringLiteral("%1: %2").arg(text,
            action(*f.window, text)->isChecked() ? QStringLiteral("checked")
                                                 : QStringLiteral("unchecked")));
    const TimelineChartOptions &options = f.chart()->options();
    add(QStringLiteral("chart: %1 buckets of a %2, %3, %4")
            .arg(f.chart()->content().series.buckets().size())
            .arg(bucketSizeName(f.window->chartView()->bucketSize()))
            .arg(options.cumulative ? QStringLiteral("running totals")
                                    : QStringLiteral("per bucket"))
            .arg(options.logMoney ? QStringLiteral("log money") : QStringLiteral("linear money")));
    add(QStringLiteral("table: %1 rows").arg(f.tableRows()));
    return seen;
}

// Answers the modal dialogs a menu action opens, in order, as the user would. Each step is offered
// the active modal dialog on every tick of a timer (the dialogs run their own event loops) and
// returns true once it has dealt with it; a step that is still waiting (for its dialog to
// appear, for a preview) returns false and is asked again. Steps check with CHECK only: an
// exception must not cross Qt's event loop. Whatever is left open after `timeoutMs` is rejected,
// so a test fails instead of hanging.
class ModalDialogs
{
public:
    using Step = std::function<bool(QWidget *dialog)>;

    explicit ModalDialogs(std::vector<Step> steps, int timeoutMs = 60000)
        : m_steps(std::move(steps))
    {
        QObject::connect(&m_tick, &QTimer::timeout, [this] { offer(); });
        m_tick.start(10);
        m_deadline.start();
        m_timeoutMs = timeoutMs;
    }

    /// Every step ran, in time.
    bool allAnswered() const { return m_next == m_steps.size() && !m_timedOut; }
    /// For the failure message: how far the steps got, and what was left open.
    std::string progress() const
    {
        return std::to_string(m_next) + " of " + std::to_string(m_steps.size())
            + " dialogs answered" + (m_timedOut ? ", timed out at " + m_stuckAt : std::string());
    }

private:
    void offer()
    {
        QWidget *dialog = QApplication::activeModalWidget();
        if (m_deadline.elapsed() > m_timeoutMs) {
            if (!m_timedOut && dialog)
                m_stuckAt = dialog->metaObject()->className() + std::string(" \"")
                    + dialog->windowTitle().toStdString() + "\"";
            m_timedOut = true;
            if (auto *d = qobject_cast<QDialog *>(dialog))
                d->reject();
            return;
        }
        if (!dialog || m_next == m_steps.size())
            return;
        if (m_steps[m_next](dialog))
            ++m_next;
    }

    std::vector<Step> m_steps;
    size_t m_next = 0;
    QTimer m_tick;
    QElapsedTimer m_deadline;
    int m_timeoutMs = 0;
    bool m_timedOut = false;
    std::string m_stuckAt;
};

// A step: the file dialog of File → Import…, answered by typing `path` into its file name field
// and pressing Enter. The dialog lists its folder in the background and may reset the field
// meanwhile: the step tries again until the dialog has taken the file and closed.
ModalDialogs::Step chooseFile(const QString &path)
{
    return [path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        auto *name
            = files ? files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        if (!name || !name->isVisible())
            return false;
        name->setText(path);
        if (files->selectedFiles() != QStringList { path })
            return false;
        QTest::keyClick(name, Qt::Key_Return);
        return !files->isVisible();
    };
}

// What the import dialog did after Import was clicked.
struct ImportSeen
{
    qint64 imported = -1; ///< what the dialog stored (-1: nothing)
};

// A step: the import dialog, once its preview is ready: `check` looks at it, then Import is
// clicked. The dialog closes itself when the import is stored.
ModalDialogs::Step clickImport(ImportSeen *seen, std::function<void(ImportDialog *)> check = {})
{
    return [seen, check](QWidget *dialog) {
        auto *import = qobject_cast<ImportDialog *>(dialog);
        if (!import)
            return false;
        auto *button = import->findChild<QPushButton *>(QStringLiteral("importButton"));
        if (!button->isEnabled())
            return false; // still reading the file
        if (check)
            check(import);
        QObject::connect(import, &ImportDialog::finished, [import, seen](bool stored) {
            seen->imported = stored && import->summary() ? import->summary()->imported : -1;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    };
}

// Another program's write lock on a database (BEGIN IMMEDIATE on a connection of its own): an
// import waits for it, up to the writers' busy timeout.
class WriteLock
{
public:
    ~WriteLock() { release(); }
    bool take(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        return m_held;
    }
    void release()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_held = false;
    }
    bool held() const { return m_held; }

private:
    QString m_name = QUuid::createUuid().toString();
    bool m_held = false;
};

// A step: the message box that reports the import's summary; its text goes to `text`.
ModalDialogs::Step readMessage(QString *text)
{
    return [text](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (!box)
            return false;
        *text = box->text();
        box->accept();
        return true;
    };
}

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

TEST_CASE("File → Import… previews a layoffs.fyi file, imports it off the GUI thread, and the "
          "window shows it")
{
    WindowFixture f;
    const int before = f.window->filter()->store().size();
    const int rowsBefore = f.tableRows();
    const QString file = test::fixture(QStringLiteral("import_layoffs_quirks.csv"));

    // The import dialog the window opens, checked as the user would see it.
    bool previewed = false;
    WriteLock lock;
    const auto checkPreview = [&](ImportDialog *import) {
        previewed = true;
        QAbstractItemModelTester tester(const_cast<ImportPreviewModel *>(import->previewModel()),
            QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(import->mapping().format == ImportFormat::LayoffsFyi);
        const int previewRows = import->previewModel()->rowCount();
        CHECK(previewRows == 8); // 12 rows, 4 rejected; the repeat is found only when storing
        CHECK(import->previewModel()->index(0, ImportPreviewModel::LineColumn).data() == 2);
        CHECK(import->previewModel()->index(0, ImportPreviewModel::KindColumn).data().toString()
            == QStringLiteral("Layoff"));
        // Editing the mapping re-runs the preview: without a company column nothing can be
        // imported.
        auto *button = import->findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *company = import->findChild<QComboBox *>(QStringLiteral("map_company"));
        CHECK(company);
        if (!company)
            return;
        const int companyIndex = company->currentIndex();
        company->setCurrentIndex(0);
        CHECK(import->previewModel()->rowCount() == 0);
        CHECK_FALSE(button->isEnabled());
        company->setCurrentIndex(companyIndex);
        CHECK(import->previewModel()->rowCount() == previewRows);
        CHECK(button->isEnabled());
        // Another program holds the database's write lock when Import is clicked: the import
        // waits for it, on its worker thread, while this (the GUI) thread goes on.
        CHECK(lock.take(f.window->database().location().filePath()));
    };
    // While the import waits, the dialog keeps answering: it is busy on several ticks of this
    // thread's event loop. Then the lock goes and the import finishes.
    int busyTicks = 0;
    const ModalDialogs::Step releaseLock = [&](QWidget *dialog) {
        auto *import = qobject_cast<ImportDialog *>(dialog);
        if (import && import->isBusy() && lock.held() && ++busyTicks < 5)
            return false;
        lock.release();
        return true;
    };
    ImportSeen seen;
    QString report;
    ModalDialogs answers(
        { chooseFile(file), clickImport(&seen, checkPreview), releaseLock, readMessage(&report) });
    action(*f.window, QStringLiteral("&Import…"))->trigger();

    INFO(answers.progress());
    REQUIRE(answers.allAnswered());
    CHECK(previewed);
    CHECK(busyTicks == 5);
    // The fixture's 7 new events (see tst_import_fixtures.cpp), reported to the user.
    CHECK(seen.imported == 7);
    INFO(report.toStdString());
    CHECK(report.startsWith(QStringLiteral("import_layoffs_quirks.csv: 12 rows read, 7 imported, "
                                           "1 duplicates skipped, 4 rejected")));
    // The window reloaded its database: the new events are in the store and in the table.
    CHECK(before == 9);
    CHECK(f.window->filter()->store().size() == 9 + 7);
    CHECK(rowsBefore == 9);
    CHECK(f.tableRows() == 9 + 7);
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
    QTemporaryDir dir;
    const QString owid = dir.filePath(QStringLiteral("owid.csv"));
    QFile file(owid);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Entity,Code,Year,Estimated investment - Field: All\n"
               "World,OWID_WRL,2022,100000000000\nWorld,OWID_WRL,2023,120000000000\n"
               "United States,USA,2023,60000000000\n");
    file.close();
    const double aiBefore = f.chart()->content().series.totalAiInvestmentUsd();

    // Imported the user's way: File → Import…, the file, Import, the summary.
    ImportSeen seen;
    QString report;
    ModalDialogs answers({ chooseFile(owid), clickImport(&seen), readMessage(&report) });
    action(*f.window, QStringLiteral("&Import…"))->trigger();
    INFO(answers.progress());
    REQUIRE(answers.allAnswered());
    CHECK(seen.imported == 3);
    INFO(report.toStdString());
    CHECK(report.contains(QStringLiteral("3 imported")));

    const auto &series = f.window->chartView()->contextSeries();
    REQUIRE(series.size() == 1);
    CHECK(f.chart()->content().series.totalAiInvestmentUsd() == aiBefore);

    // By year, with View → Context Overlay → World.
    action(*f.window, QStringLiteral("By &Year"))->trigger();
    action(*f.window, QStringLiteral("World"))->trigger();
    CHECK(f.chart()->overlayLine()->isVisible());
    REQUIRE(f.chart()->overlayLine()->count() == 2);
    CHECK(f.chart()->overlayLine()->at(1).y() == Approx(120.0)); // billions, on the money axis
    CHECK(f.chart()->content().overlayLabel.contains(QStringLiteral("World")));
    CHECK(f.chart()->content().series.totalAiInvestmentUsd() == aiBefore);

    action(*f.window, QStringLiteral("None"))->trigger();
    CHECK_FALSE(f.chart()->overlayLine()->isVisible());
}

TEST_CASE("The details panel lists every source of an event, and says when there is none")
{
    Event e = test::makeEvent(QStringLiteral("2025-03-31"), QStringLiteral("OpenAI"),
        EventKind::AiInvestment, std::nullopt, 40e9, QStringLiteral("OpenAI raises $40B"));
    e.sourceUrl = QStringLiteral("https://example.org/first");
    e.otherSources = QStringLiteral("https://example.org/second | https://example.org/third");
    const QString html = EventDetailsPanel::html(e);
    CHECK(html.contains(QStringLiteral("href=\"https://example.org/first\"")));
    CHECK(html.contains(QStringLiteral("href=\"https://example.org/second\"")));
    CHECK(html.contains(QStringLiteral("href=\"https://example.org/third\"")));
    CHECK(html.contains(QStringLiteral("Also reported by")));

    e.sourceUrl.clear();
    e.otherSources.clear();
    const QString none = EventDetailsPanel::html(e);
    CHECK(none.contains(QStringLiteral("unverified: no public report was found")));
    CHECK_FALSE(none.contains(QStringLiteral("Also reported by")));
}
