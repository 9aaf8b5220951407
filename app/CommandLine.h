#pragma once

#include "DatabaseLocation.h"
#include "Result.h"
#include "SavedViews.h"
#include "TimelineSeries.h"
#include "ViewState.h"

#include <QSize>

#include <QString>
#include <QStringList>

namespace techwinter {

/// What the user asked for on the command line.
struct CommandLineRequest
{
    enum class Action { ShowWindow, ShowHelp, ShowVersion, Headless, SaveView, ListViews };

    Action action = Action::ShowWindow;
    DatabaseLocation database; ///< not valid: the default location
    bool empty = false; ///< a new database starts without the bundled dataset
    /// Bring the database's bundled dataset up to the one compiled in, before imports and exports.
    bool updateDataset = false;
    QStringList importPaths; ///< imported in order, each as its own batch, before any export
    QString exportCsvPath;
    QString exportJsonPath;
    QString exportSummaryPath; ///< the league table of the filtered events, as CSV
    QString exportPdfPath; ///< a briefing of the filter (BriefingPdf)
    QString exportChartPath; ///< .png or .svg
    QSize chartSize { 1600, 900 };
    qreal chartScale = 1;
    bool transparent = false;
    bool darkTheme = false; ///< --theme dark: light text for dark backgrounds
    /// What to show: the filter options, --bucket, --cumulative, --log-money.
    ViewState view;
    bool viewGiven = false; ///< a filter or chart option was given (the window opens on it)
    QString helpText;
    QString viewName; ///< --view: exports show this saved view instead of filter options
    QString saveViewName; ///< --save-view: the filter options saved under this name
    RelativeRange saveRange; ///< --range: how the saved view's dates move with time

    bool isHeadless() const { return action != Action::ShowWindow; }
    /// Charts are drawn with Qt Widgets even headless, so they need a QApplication.
    bool needsWidgets() const
    {
        return action == Action::ShowWindow || !exportChartPath.isEmpty()
            || !exportPdfPath.isEmpty();
    }

    /// Parses `arguments` (argv[0] first); unknown options and missing values are errors.
    static Result<CommandLineRequest> parse(const QStringList &arguments);
};

/// Runs a headless request (imports, then exports) and returns the process exit code; errors go to
/// stderr.
int runHeadless(const CommandLineRequest &request);

} // namespace techwinter
