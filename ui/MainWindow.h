#pragma once

#include "AppTranslations.h"
#include "EventDatabase.h"
#include "TimelineSeries.h"
#include "ViewState.h"

#include <optional>

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QLineEdit;
class QSplitter;
QT_END_NAMESPACE

namespace techwinter {

class CompanyListModel;
class EventDetailsPanel;
class EventFilter;
class EventTableModel;
class EventTableView;
class FilterPanel;
class TimelineChartView;
class ViewMenu;
class ViewsMenu;

/// The application window. It wires the shared filter, the models and the views together and
/// turns menu actions into calls on them; it computes nothing itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(EventDatabase database, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the database at `location` (the default one when not valid), shows the window on
    /// `view` (the last session's when none) and runs the event loop; a database that cannot be
    /// opened is reported in a dialog.
    static int run(const DatabaseLocation &location, AppTranslations &translations,
        const std::optional<ViewState> &view = {});

    EventFilter *filter() const { return m_filter; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    TimelineChartView *chartView() const { return m_chartView; }
    EventTableView *tableView() const { return m_tableView; }
    EventDetailsPanel *detailsPanel() const { return m_details; }

    /// What the user is looking at: filter, bucket, modes, overlay.
    ViewState viewState() const;
    /// Shows `view`: its companies by name (names this database lacks are dropped), its kinds,
    /// dates, text search, bucket, modes and overlay.
    void applyViewState(const ViewState &view);

    /// Replaces the open database (the filter keeps its companies by name where they exist).
    void setDatabase(EventDatabase database);
    const EventDatabase &database() const { return m_database; }
    /// Makes the views show the database's current contents (after an import or an undo).
    void refreshFromDatabase();

    /// When the database holds an older bundled dataset than the one compiled in, asks whether
    /// to update it (new events added, unedited ones corrected, undoable as one import).
    void offerDatasetUpdate();

    /// The translators View → Language switches (the app's, from main); without them the
    /// Language menu only records the choice.
    void setTranslations(AppTranslations *translations);
    /// Speaks `choice` from now on, and remembers it for the next start.
    void switchLanguage(LanguageChoice choice);
    /// Shows money in `money`'s currency, nominal or real, across the window.
    void setMoney(const MoneySettings &money);

    /// Exports the chart as the user sees it (filter, zoom, mode); errors are shown, not thrown.
    bool exportChart(const QString &path, const struct ChartExportOptions &options);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void showEventCount();
    /// Shows store row `storeRow` in the details panel (-1: none) and marks it on the chart.
    void showEventDetails(int storeRow);
    void restoreSettings();
    void fitToScreen();
    void saveSettings() const;
    void exportChartInteractively();
    void copyChart();
    void exportData();
    void exportBriefing();
    void showAbout();
    void openDatabase();
    void newDataset();
    void importFile();
    void undoImport();
    void updateTitle();
    void rebuildOverlayMenu();

    EventDatabase m_database;
    EventFilter *m_filter;
    EventTableModel *m_tableModel;
    CompanyListModel *m_companyModel;
    FilterPanel *m_filterPanel;
    TimelineChartView *m_chartView;
    EventTableView *m_tableView;
    EventDetailsPanel *m_details;
    QLineEdit *m_textSearch;
    QSplitter *m_mainSplitter;
    QSplitter *m_centreSplitter;
    ViewMenu *m_viewMenu = nullptr;
    ViewsMenu *m_viewsMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    // File and Help entries, in menu order, named again on a language change.
    QAction *m_open = nullptr;
    QAction *m_newDataset = nullptr;
    QAction *m_import = nullptr;
    QAction *m_undoImport = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_copyChart = nullptr;
    QAction *m_exportData = nullptr;
    QAction *m_exportBriefing = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    AppTranslations *m_translations = nullptr;
    bool m_restoredGeometry = false;
    int m_shownRow = -1; ///< the store row the details panel shows, or -1
};

} // namespace techwinter
