#include "MainWindow.h"

#include "BundledDataset.h"
#include "ChartContent.h"
#include "ChartExporter.h"
#include "CompanyListModel.h"
#include "CompanyPanel.h"
#include "DatabaseRecovery.h"
#include "EventCsv.h"
#include "EventDetailsPanel.h"
#include "EventFilter.h"
#include "EventJson.h"
#include "EventStore.h"
#include "EventTableModel.h"
#include "EventTableView.h"
#include "ExportChartDialog.h"
#include "FilterPanel.h"
#include "ImportDialog.h"
#include "TimelineChartView.h"
#include "ViewStateSettings.h"
#include "ViewsMenu.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace techwinter {

namespace {

// A line edit claims some of the window's shortcuts for itself (on X11 Ctrl+E moves to the end
// of the line), so with the focus in a search box File → Export Chart would never fire. This
// filter, on the application, lets the window's own shortcuts through from every child widget.
class WindowShortcutsFirst : public QObject
{
public:
    explicit WindowShortcutsFirst(QMainWindow *window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || !m_window->isAncestorOf(widget))
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->isEnabled() && action->shortcuts().contains(pressed)) {
                event->ignore(); // not overridden: the shortcut map triggers the action
                return true;
            }
        }
        return false;
    }

private:
    QMainWindow *m_window;
};

} // namespace

MainWindow::MainWindow(EventDatabase database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_filter(new EventFilter(this))
{
    m_filter->setStore(m_database.store());
    m_tableModel = new EventTableModel(m_filter, this);
    m_companyModel = new CompanyListModel(m_filter, this);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_filterPanel = new FilterPanel(m_filter, m_companyModel, m_mainSplitter);

    m_centreSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_chartView = new TimelineChartView(m_filter, m_centreSplitter);
    m_chartView->setDatabaseName(m_database.location().displayName());

    auto *tableArea = new QWidget(m_centreSplitter);
    m_textSearch = new QLineEdit(tableArea);
    m_textSearch->setObjectName(QStringLiteral("eventSearch"));
    m_textSearch->setPlaceholderText(tr("Search event titles, counterparties and notes…"));
    m_textSearch->setClearButtonEnabled(true);
    m_tableView = new EventTableView(m_tableModel, tableArea);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_textSearch);
    tableLayout->addWidget(m_tableView);

    m_details = new EventDetailsPanel(m_mainSplitter);
    m_details->setVisible(false); // until an event is selected
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setSizes({ 270, 900, 250 });
    m_centreSplitter->setSizes({ 560, 340 });
    setCentralWidget(m_mainSplitter);

    connect(m_textSearch, &QLineEdit::textChanged, m_filter, &EventFilter::setText);
    connect(m_tableView, &EventTableView::currentEventChanged, this, [this](int storeRow) {
        const EventStore &store = m_filter->store();
        const bool valid = storeRow >= 0 && storeRow < store.size();
        std::optional<EventDetails> details;
        if (valid) {
            // Provenance is looked up for the one selected event only.
            if (auto found = m_database.eventDetails(store.event(storeRow).id))
                details = found.value();
        }
        m_details->setEvent(
            valid ? std::optional<Event>(store.event(storeRow)) : std::nullopt, details);
        // The details panel takes room only while it has something to show.
        m_details->setVisible(valid);
        m_chartView->highlightDate(valid ? store.event(storeRow).date : QDate());
    });
    connect(m_chartView, &TimelineChartView::bucketActivated, m_tableView,
        &EventTableView::selectDateRange);
    connect(m_filter, &EventFilter::changed, this, [this] {
        statusBar()->showMessage(
            tr("%1 of %2 events").arg(m_filter->rows().size()).arg(m_filter->store().size()));
    });

    createMenus();
    qApp->installEventFilter(new WindowShortcutsFirst(this));
    rebuildOverlayMenu();
    updateTitle();
    restoreSettings();
    fitToScreen();
    statusBar()->showMessage(
        tr("%1 of %2 events").arg(m_filter->rows().size()).arg(m_filter->store().size()));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase)
        ->setShortcut(QKeySequence::Open);
    file->addAction(tr("&New Dataset…"), this, &MainWindow::newDataset)
        ->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("&Undo an Import…"), this, &MainWindow::undoImport);
    file->addSeparator();
    QAction *exportChartAction
        = file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChartInteractively);
    exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *copy = file->addAction(tr("&Copy Chart"), this, &MainWindow::copyChart);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addAction(tr("Export &Data (CSV or JSON)…"), this, &MainWindow::exportData);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find Company"), this, [this] {
        m_filterPanel->companyPanel()->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterPanel->companyPanel()->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    m_bucketGroup = new QActionGroup(this);
    const std::pair<BucketSize, QString> buckets[] = { { BucketSize::Month, tr("By &Month") },
        { BucketSize::Quarter, tr("By &Quarter") }, { BucketSize::Year, tr("By &Year") } };
    for (const auto &[size, label] : buckets) {
        QAction *action = view->addAction(label);
        action->setCheckable(true);
        action->setData(int(size));
        action->setChecked(size == BucketSize::Month);
        m_bucketGroup->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, size = size] { m_chartView->setBucketSize(size); });
    }
    view->addSeparator();
    m_cumulative = view->addAction(tr("&Running Totals"));
    m_cumulative->setCheckable(true);
    connect(m_cumulative, &QAction::toggled, m_chartView, &TimelineChartView::setCumulative);
    m_logMoney = view->addAction(tr("&Log Scale for Money"));
    m_logMoney->setCheckable(true);
    connect(m_logMoney, &QAction::toggled, m_chartView, &TimelineChartView::setLogMoney);
    m_compare = view->addAction(tr("&Compare Companies"));
    m_compare->setCheckable(true);
    m_compare->setStatusTip(tr("Each company's layoffs and AI money in its own colour"));
    connect(m_compare, &QAction::toggled, m_chartView, &TimelineChartView::setCompare);
    m_stackedBars = view->addAction(tr("S&tack Compared Bars"));
    m_stackedBars->setCheckable(true);
    connect(m_stackedBars, &QAction::toggled, m_chartView, &TimelineChartView::setStackedBars);
    m_stackedBars->setEnabled(false); // only compare mode has bars to stack
    connect(m_compare, &QAction::toggled, m_stackedBars, &QAction::setEnabled);
    m_overlayMenu = view->addMenu(tr("Context &Overlay"));
    QAction *reset = view->addAction(tr("Reset &Zoom"), m_chartView, &TimelineChartView::resetZoom);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    reset->setStatusTip(tr("Drag across the chart to zoom in; right-click or Ctrl+0 to zoom out"));

    auto *views = new ViewsMenu([this] { return viewState(); }, this);
    connect(views, &ViewsMenu::viewChosen, this, &MainWindow::applyViewState);
    menuBar()->addMenu(views);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About TechWinter"), this, &MainWindow::showAbout);
}

ViewState MainWindow::viewState() const
{
    ViewState view;
    view.setFilter(m_filter->state(), m_filter->store());
    view.bucket = m_chartView->bucketSize();
    view.cumulative = m_cumulative->isChecked();
    view.logMoney = m_logMoney->isChecked();
    view.compare = m_compare->isChecked();
    view.stackedBars = m_stackedBars->isChecked();
    if (!m_chartView->overlayEntity().isEmpty()) {
        view.overlaySeries = m_chartView->overlaySeries();
        view.overlayEntity = m_chartView->overlayEntity();
    }
    return view;
}

void MainWindow::applyViewState(const ViewState &view)
{
    const FilterState state = view.filterFor(m_filter->store());
    m_filter->setState(state);
    m_textSearch->setText(state.text);
    for (QAction *action : m_bucketGroup->actions()) {
        if (action->data().toInt() == int(view.bucket))
            action->trigger();
    }
    m_cumulative->setChecked(view.cumulative);
    m_logMoney->setChecked(view.logMoney);
    m_compare->setChecked(view.compare);
    m_stackedBars->setChecked(view.stackedBars);
    m_chartView->setOverlay(view.overlaySeries, view.overlayEntity);
    for (QAction *action : m_overlayMenu->actions()) {
        if (action->isCheckable())
            action->setChecked(view.overlayEntity.isEmpty() ? action->text() == tr("None")
                                                            : action->text() == view.overlayEntity);
    }
}

void MainWindow::fitToScreen()
{
    // The first window (and a restored one from a larger screen) fits the screen's available
    // area, also at QT_SCALE_FACTOR=2 where 1440×900 would be 2880×1800 device pixels.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Before the first show the window manager's frame is unknown: leave room for a typical one.
    const QSize frameMargins = (frameGeometry().size() - size()).expandedTo(QSize(16, 48));
    const QSize room = available.size() - frameMargins;
    const QSize wanted = m_restoredGeometry ? size() : QSize(1440, 900);
    resize(wanted.boundedTo(room * 0.95).expandedTo(minimumSizeHint()).boundedTo(room));
    // On a small screen the filters take a smaller share, so the table keeps its columns.
    if (!m_restoredGeometry) {
        const int filters = std::min(270, std::max(200, width() / 5));
        m_mainSplitter->setSizes({ filters, width() - filters - 250, 250 });
    }
    QRect frame = frameGeometry();
    if (!available.contains(frame)) {
        frame.moveCenter(available.center());
        frame.moveTopLeft(QPoint(
            std::max(available.left(), frame.left()), std::max(available.top(), frame.top())));
        move(frame.topLeft());
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_restoredGeometry
        = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_mainSplitter->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_centreSplitter->restoreState(
        settings.value(QStringLiteral("window/centreSplitter")).toByteArray());
    applyViewState(ViewStateSettings::load(settings));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/centreSplitter"), m_centreSplitter->saveState());
    ViewStateSettings::save(settings, viewState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

bool MainWindow::exportChart(const QString &path, const ChartExportOptions &requested)
{
    ChartExportOptions options = requested;
    const TimelineChart *chart = m_chartView->timelineChart();
    options.timeRange = chart->timeRange();
    const auto &content = chart->content();
    const auto meta = chartMetadata(m_filter->store(), viewState(), content);
    const Status written = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
        ? ChartExporter::writeSvg(path, content, chart->options(), options, meta)
        : ChartExporter::writePng(path, content, chart->options(), options, meta);
    if (!written) {
        QMessageBox::warning(this, tr("Export Chart"),
            tr("The chart was not exported.\n\n%1").arg(written.error().toString()));
        return false;
    }
    statusBar()->showMessage(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::exportChartInteractively()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString folder
        = !pictures.isEmpty() && QDir(pictures).exists() ? pictures : QDir::homePath();
    ExportChartDialog dialog(QDir(folder).filePath(QStringLiteral("techwinter-chart.png")), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.path().isEmpty())
        exportChart(dialog.path(), dialog.options());
}

void MainWindow::copyChart()
{
    const TimelineChart *chart = m_chartView->timelineChart();
    ChartExportOptions options;
    options.timeRange = chart->timeRange();
    QApplication::clipboard()->setImage(
        ChartExporter::render(chart->content(), chart->options(), options));
    statusBar()->showMessage(tr("Chart copied to the clipboard (1600×900)"), 5000);
}

void MainWindow::exportData()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Data"),
        QDir::home().filePath(QStringLiteral("techwinter-events.csv")),
        tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const std::vector<Event> events = m_filter->matchingEvents();
    const Status written
        = json ? EventJson::writeFile(path, events) : EventCsv::writeFile(path, events);
    if (!written) {
        QMessageBox::warning(this, tr("Export Data"),
            tr("The data was not exported.\n\n%1").arg(written.error().toString()));
        return;
    }
    statusBar()->showMessage(
        tr("%1 events exported to %2").arg(events.size()).arg(QDir::toNativeSeparators(path)),
        5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About TechWinter"),
        tr("<h3>TechWinter %1</h3>"
           "<p>Big tech's layoffs and its AI investments on one timeline.</p>"
           "<p>The bundled dataset compiles public news reports from 2019–2025; every event "
           "links to the report it comes from, shown in the details panel. Figures that "
           "were not disclosed are left empty, never estimated.</p>"
           "<p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                m_database.location().description().toHtmlEscaped()));
}

void MainWindow::rebuildOverlayMenu()
{
    m_chartView->setContextSeries(m_database.contextSeries());
    m_chartView->setOverlay({}, {});
    m_overlayMenu->clear();
    auto *group = new QActionGroup(m_overlayMenu);
    QAction *none = m_overlayMenu->addAction(tr("None"));
    none->setCheckable(true);
    none->setChecked(true);
    group->addAction(none);
    connect(none, &QAction::triggered, this, [this] { m_chartView->setOverlay({}, {}); });
    const auto &all = m_chartView->contextSeries();
    m_overlayMenu->setEnabled(!all.empty());
    m_overlayMenu->setToolTip(all.empty()
            ? tr("Import a country-year series (e.g. OWID's private AI investment) to overlay it")
            : QString());
    for (const ContextSeries &series : all) {
        m_overlayMenu->addSection(series.name);
        const QStringList entities = series.entities();
        // Aggregates (World) first, then a handful of the largest countries by their latest value.
        QStringList shown;
        for (const QString &entity : entities) {
            const auto points = series.pointsOf(entity);
            if (!points.empty() && points.front().aggregate && shown.size() < 3)
                shown << entity;
        }
        for (const QString &country : { QStringLiteral("United States"), QStringLiteral("China"),
                 QStringLiteral("South Korea") }) {
            if (entities.contains(country))
                shown << country;
        }
        for (const QString &entity : shown) {
            QAction *action = m_overlayMenu->addAction(entity);
            action->setCheckable(true);
            group->addAction(action);
            connect(action, &QAction::triggered, this,
                [this, name = series.name, entity] { m_chartView->setOverlay(name, entity); });
        }
        QAction *other = m_overlayMenu->addAction(tr("Other…"));
        connect(other, &QAction::triggered, this, [this, name = series.name, entities, other] {
            bool ok = false;
            const QString entity = QInputDialog::getItem(
                this, tr("Context Overlay"), tr("Entity:"), entities, 0, false, &ok);
            if (ok)
                m_chartView->setOverlay(name, entity);
            other->setChecked(ok);
        });
        other->setCheckable(true);
        group->addAction(other);
    }
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("TechWinter — %1").arg(m_database.location().displayName()));
}

void MainWindow::setDatabase(EventDatabase database)
{
    m_database = std::move(database);
    m_chartView->setDatabaseName(m_database.location().displayName());
    m_filter->setStore(m_database.store());
    rebuildOverlayMenu();
    updateTitle();
}

void MainWindow::refreshFromDatabase()
{
    m_filter->setStore(m_database.store());
    rebuildOverlayMenu();
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
        m_database.location().folder(), tr("TechWinter databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    auto opened = EventDatabase::open(DatabaseLocation::sqliteFile(path), { .seedBundled = false });
    if (!opened) {
        QMessageBox::warning(this, tr("Open Database"),
            tr("This database could not be opened; the current one stays open.\n\n%1")
                .arg(opened.error().toString()));
        return;
    }
    setDatabase(std::move(opened).value());
}

void MainWindow::newDataset()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Dataset"),
        QDir(m_database.location().folder()).filePath(QStringLiteral("my-events.sqlite")),
        tr("TechWinter databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // Never replace someone's file: a new dataset needs a new name.
        QMessageBox::warning(this, tr("New Dataset"),
            tr("%1 exists already. Choose a new file name; TechWinter never overwrites a file.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto created
        = EventDatabase::open(DatabaseLocation::sqliteFile(path), { .seedBundled = false });
    if (!created) {
        QMessageBox::warning(this, tr("New Dataset"),
            tr("The dataset could not be created.\n\n%1").arg(created.error().toString()));
        return;
    }
    setDatabase(std::move(created).value());
    statusBar()->showMessage(tr("New empty dataset: use File → Import… to add your data."), 8000);
}

void MainWindow::importFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QDir::homePath(), tr("Data files (*.csv *.json *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(path, m_database.location(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.summary())
        return;
    if (const Status reloaded = m_database.reload(); !reloaded) {
        QMessageBox::warning(this, tr("Import"), reloaded.error().toString());
        return;
    }
    refreshFromDatabase();
    QMessageBox::information(this, tr("Import"), dialog.summaryMessage());
}

void MainWindow::undoImport()
{
    auto batches = m_database.importBatches();
    if (!batches || batches->empty()) {
        QMessageBox::information(this, tr("Undo an Import"),
            batches ? tr("This database has no imports.") : batches.error().toString());
        return;
    }
    QStringList labels;
    for (const ImportBatch &b : *batches) {
        const QString when = QLocale().toString(b.importedAt.toLocalTime(), QLocale::ShortFormat);
        labels << (b.sourcesMerged == 0
                ? tr("%1 — %2, %3 events").arg(b.source, when).arg(b.eventCount)
                : tr("%1 — %2, %3 events, %4 sources added to other events")
                      .arg(b.source, when)
                      .arg(b.eventCount)
                      .arg(b.sourcesMerged));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Undo an Import"),
        tr("Remove every event this import added:"), labels, int(labels.size()) - 1, false, &ok);
    if (!ok)
        return;
    const ImportBatch &batch = batches->at(size_t(labels.indexOf(chosen)));
    auto removed = m_database.undoImport(batch.id);
    if (!removed) {
        QMessageBox::warning(this, tr("Undo an Import"), removed.error().toString());
        return;
    }
    refreshFromDatabase();
    statusBar()->showMessage(
        tr("Removed the import of %1 (%2 events)").arg(batch.source).arg(removed.value()), 8000);
}

void MainWindow::offerDatasetUpdate()
{
    const auto status = m_database.bundledDatasetStatus();
    const auto compiled = BundledDataset::compiledVersion();
    if (!status || !compiled || !status->bundled || status->version >= *compiled)
        return;
    const auto answer = QMessageBox::question(this, tr("Update the Bundled Dataset"),
        tr("This database holds version %1 of TechWinter's bundled dataset; this release brings "
           "version %2, with newer events and corrections.\n\nUpdate it now? Your own imports "
           "and edits are kept, and File → Undo an Import can take the update back.")
            .arg(status->version)
            .arg(*compiled));
    if (answer != QMessageBox::Yes)
        return;
    auto updated = m_database.updateBundledDataset();
    if (!updated) {
        QMessageBox::warning(this, tr("Update the Bundled Dataset"), updated.error().toString());
        return;
    }
    refreshFromDatabase();
    statusBar()->showMessage(updated->toText(), 10000);
}

int MainWindow::run(const DatabaseLocation &location)
{
    const DatabaseLocation target
        = location.isValid() ? location : EventDatabase::defaultLocation();
    auto database = EventDatabase::open(target);
    std::optional<EventDatabase> usable;
    if (database)
        usable = std::move(database).value();
    else
        usable = DatabaseRecovery::recover(target, database.error());
    if (!usable)
        return 1;
    MainWindow window(std::move(*usable));
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerDatasetUpdate);
    return QApplication::exec();
}

} // namespace techwinter
