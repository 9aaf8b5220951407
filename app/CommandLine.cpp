#include "CommandLine.h"

#include "EventCsv.h"
#include "EventDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace techwinter {

namespace {

QCommandLineParser &configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "TechWinter: big tech's layoffs and its AI investments on one timeline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("db"),
            QCoreApplication::translate("CommandLine",
                "Use the database at <path> (created and filled with the bundled dataset when "
                "missing)."),
            QStringLiteral("path") },
        { QStringLiteral("export-csv"),
            QCoreApplication::translate(
                "CommandLine", "Write the filtered events as CSV to <file> and exit."),
            QStringLiteral("file") },
        { QStringLiteral("company"),
            QCoreApplication::translate(
                "CommandLine", "Only events of <name> (a name or alias; repeatable)."),
            QStringLiteral("name") },
        { QStringLiteral("kind"),
            QCoreApplication::translate("CommandLine",
                "Only events of <kind>: layoff, ai_investment, investment, acquisition, "
                "restructuring, launch (repeatable)."),
            QStringLiteral("kind") },
        { QStringLiteral("from"),
            QCoreApplication::translate(
                "CommandLine", "Only events on or after <date> (YYYY-MM or YYYY-MM-DD)."),
            QStringLiteral("date") },
        { QStringLiteral("to"),
            QCoreApplication::translate(
                "CommandLine", "Only events on or before <date> (YYYY-MM or YYYY-MM-DD)."),
            QStringLiteral("date") },
    });
    return parser;
}

} // namespace

Result<CommandLineRequest> CommandLineRequest::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments))
        return Error { parser.errorText() };
    if (!parser.positionalArguments().isEmpty())
        return Error { QStringLiteral("unexpected argument '%1' (see --help)")
                           .arg(parser.positionalArguments().front()) };

    CommandLineRequest request;
    request.helpText = parser.helpText();
    request.databasePath = parser.value(QStringLiteral("db"));
    request.filter.companies = parser.values(QStringLiteral("company"));
    request.filter.kinds = parser.values(QStringLiteral("kind"));
    request.filter.from = parser.value(QStringLiteral("from"));
    request.filter.to = parser.value(QStringLiteral("to"));
    if (parser.isSet(QStringLiteral("help")))
        request.action = Action::ShowHelp;
    else if (parser.isSet(QStringLiteral("version")))
        request.action = Action::ShowVersion;
    else if (parser.isSet(QStringLiteral("export-csv"))) {
        request.action = Action::ExportCsv;
        request.exportCsvPath = parser.value(QStringLiteral("export-csv"));
        if (request.exportCsvPath.isEmpty())
            return Error { QStringLiteral("--export-csv needs a file name") };
    }
    return request;
}

int runHeadless(const CommandLineRequest &request)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
        out << request.helpText;
        return 0;
    case CommandLineRequest::Action::ShowVersion:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return 0;
    case CommandLineRequest::Action::ShowWindow:
        return 0;
    case CommandLineRequest::Action::ExportCsv:
        break;
    }
    const QString path
        = request.databasePath.isEmpty() ? EventDatabase::defaultPath() : request.databasePath;
    auto db = EventDatabase::open(path);
    if (!db) {
        err << "techwinter: " << db.error().toString() << '\n';
        return 1;
    }
    auto state = request.filter.toState(*db->store);
    if (!state) {
        err << "techwinter: " << state.error().toString() << '\n';
        return 2;
    }
    std::vector<Event> events;
    for (int row : state->matchingRows(*db->store))
        events.push_back(db->store->event(row));
    if (auto written = EventCsv::writeFile(request.exportCsvPath, events); !written) {
        err << "techwinter: " << written.error().toString() << '\n';
        return 1;
    }
    err << "techwinter: wrote " << events.size() << " events to " << request.exportCsvPath << '\n';
    return 0;
}

} // namespace techwinter
