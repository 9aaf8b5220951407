#pragma once

#include "FilterArguments.h"
#include "Result.h"

#include <QString>
#include <QStringList>

namespace techwinter {

/// What the user asked for on the command line.
struct CommandLineRequest
{
    enum class Action { ShowWindow, ShowHelp, ShowVersion, ExportCsv };

    Action action = Action::ShowWindow;
    QString databasePath; ///< empty: the default location
    QString exportCsvPath;
    FilterArguments filter;
    QString helpText;

    bool isHeadless() const { return action != Action::ShowWindow; }

    /// Parses `arguments` (argv[0] first); unknown options and missing values are errors.
    static Result<CommandLineRequest> parse(const QStringList &arguments);
};

/// Runs a headless request (export) and returns the process exit code; errors go to stderr.
int runHeadless(const CommandLineRequest &request);

} // namespace techwinter
