#pragma once

#include "CommandLine.h"

class QCommandLineParser;

namespace techwinter {

/// The command line's saved views: --view, --save-view with --range, and --list-views, kept in
/// the user's settings as the window's Views menu keeps them.
class ViewCommands
{
public:
    /// Reads --view, --save-view and --range into `request`; a view replaces the filter options,
    /// so both at once are refused.
    static Status parseOptions(const QCommandLineParser &parser, CommandLineRequest &request);
    /// Runs --save-view or --list-views; returns the exit code.
    static int run(const CommandLineRequest &request);
    /// The request with --view's saved view in place of the filter options, resolved for today.
    static Result<CommandLineRequest> withSavedView(const CommandLineRequest &request);
};

} // namespace techwinter
