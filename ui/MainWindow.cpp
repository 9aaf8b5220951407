#include "MainWindow.h"

#include "BriefingPdf.h"
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
#include "ViewMenu.h"
#include "ViewStateSettings.h"
#include "ViewsMenu.h"

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
    connect(m_tableView, &EventTableView::currentEventChanged, this, &MainWindow::showEventDetails);
    connect(m_chartView, &TimelineChartView::bucketActivated, m_tableView,
        &EventTableView::selectDateRange);
    connect(m_filter, &EventFilter::changed, this, &MainWindow::showEventCount);

    createMenus();
    retranslateUi();
    qApp->installEventFilter(new WindowShortcutsFirst(this));
    rebuildOverlayMenu();
    updateTitle();
    restoreSettings();
    fitToScreen();
}

void MainWindow::showEventDetails(int storeRow)
{
    m_shownRow = storeRow;
    const EventStore &store = m_filter->store();
    const bool valid = storeRow >= 0 && storeRow < store.size();
    std::optional<Event> event;
    std::optional<EventDetails> details;
    if (valid) {
        event = store.event(storeRow);
        // The name its reader knows (구글 in Korean), as in the table.
        event->company = store.company(store.companyIndex(storeRow)).displayName();
        // Provenance is looked up for the one selected event only.
        if (auto found = m_database.eventDetails(event->id))
            details = found.value();
    }
    m_details->setEvent(event, details);
    // The details panel takes room only while it has something to show.
    m_details->setVisible(valid);
    m_chartView->highlightDate(valid ? event->date : QDate());
}

void MainWindow::showEventCount()
{
    statusBar()->showMessage(
        tr("%1 of %2 events").arg(m_filter->rows().size()).arg(m_filter->store().size()));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_open = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_open->setShortcut(QKeySequence::Open);
    m_newDataset = m_fileMenu->addAction(QString(), this, &MainWindow::newDataset);
    m_newDataset->setShortcut(QKeySequence::New);
    m_fileMenu->addSeparator();
    m_import = m_fileMenu->addAction(QString(), this, &MainWindow::importFile);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_undoImport = m_fileMenu->addAction(QString(), this, &MainWindow::undoImport);
    m_fileMenu->addSeparator();
    m_exportChart = m_fileMenu->addAction(QString(), this, &MainWindow::exportChartInteractively);
    m_exportChart->setObjectName(QStringLiteral("exportChartAction"));
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copyChart = m_fileMenu->addAction(QString(), this, &MainWindow::copyChart);
    m_copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_exportData = m_fileMenu->addAction(QString(), this, &MainWindow::exportData);
    m_exportBriefing = m_fileMenu->addAction(QString(), this, &MainWindow::exportBriefing);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = new ViewMenu(m_chartView, this);
    menuBar()->addMenu(m_viewMenu);
    connect(m_viewMenu->findAction(), &QAction::triggered, this, [this] {
        m_filterPanel->companyPanel()->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterPanel->companyPanel()->searchField()->selectAll();
    });
    connect(m_viewMenu, &ViewMenu::languageChosen, this, &MainWindow::switchLanguage);
    connect(m_viewMenu, &ViewMenu::moneyChanged, this, &MainWindow::setMoney);

    m_viewsMenu = new ViewsMenu([this] { return viewState(); }, this);
    connect(m_viewsMenu, &ViewsMenu::viewChosen, this, &MainWindow::applyViewState);
    menuBar()->addMenu(m_viewsMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_open->setText(tr("&Open Database…"));
    m_newDataset->setText(tr("&New Dataset…"));
    m_import->setText(tr("&Import…"));
    m_undoImport->setText(tr("&Undo an Import…"));
    m_exportChart->setText(tr("&Export Chart…"));
    m_copyChart->setText(tr("&Copy Chart"));
    m_exportData->setText(tr("Export &Data (CSV or JSON)…"));
    m_exportBriefing->setText(tr("Export &Briefing (PDF)…"));
    m_quit->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About TechWinter"));
    m_textSearch->setPlaceholderText(tr("Search event titles, counterparties and notes…"));
    showEventCount();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The models are no widgets and hear of no language change: tell them, so company names,
        // headings and figures follow the new default locale.
        m_tableModel->setLocale(QLocale());
        m_companyModel->refreshNames();
        showEventDetails(m_shownRow);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setTranslations(AppTranslations *translations)
{
    m_translations = translations;
    if (m_translations)
        m_viewMenu->showLanguage(m_translations->choice());
}

void MainWindow::switchLanguage(LanguageChoice choice)
{
    QSettings settings;
    AppTranslations::save(settings, choice);
    m_viewMenu->showLanguage(choice);
    if (m_translations && m_translations->choice() != choice)
        m_translations->switchTo(choice);
}

void MainWindow::setMoney(const MoneySettings &money)
{
    m_tableModel->setMoney(money);
    m_details->setMoney(money);
    m_chartView->setMoney(money);
}

ViewState MainWindow::viewState() const
{
    ViewState view;
    view.setFilter(m_filter->state(), m_filter->store());
    m_viewMenu->readInto(view);
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
    m_chartView->setOverlay(view.overlaySeries, view.overlayEntity);
    m_viewMenu->apply(view);
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

void MainWindow::exportBriefing()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Briefing"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("techwinter-briefing.pdf")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Briefing briefing = BriefingContent::make(m_filter->store(), m_filter->state(),
        m_filter->rows(), viewState().bucket, m_database.location().displayName());
    const Status written
        = BriefingPdf::write(path, briefing, m_chartView->timelineChart()->options());
    if (!written)
        QMessageBox::warning(this, tr("Export Briefing"), written.error().toString());
    else
        statusBar()->showMessage(tr("Briefing exported to %1 (%2 pages)")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(BriefingPdf::pageCount(briefing)),
            5000);
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
    // The export carries the window's currency columns, as --currency would.
    const MoneySettings money = m_viewMenu->money();
    const Status written = json ? EventJson::writeFile(path, events, money)
                                : EventCsv::writeFile(path, events, money);
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
    m_viewMenu->rebuildOverlayMenu();
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

int MainWindow::run(const DatabaseLocation &location, AppTranslations &translations,
    const std::optional<ViewState> &view)
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
    window.setTranslations(&translations);
    if (view)
        window.applyViewState(*view);
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerDatasetUpdate);
    return QApplication::exec();
}

} // namespace techwinter
