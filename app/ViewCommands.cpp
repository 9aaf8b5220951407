#include "ViewCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

namespace techwinter {

namespace {

// Translated with the rest of the command line's words.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

Status ViewCommands::parseOptions(const QCommandLineParser &parser, CommandLineRequest &request)
{
    request.viewName = parser.value(QStringLiteral("view")).trimmed();
    request.saveViewName = parser.value(QStringLiteral("save-view")).trimmed();
    for (const char *name : { "view", "save-view" }) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return Error { CommandLine::tr("--%1 needs a view name").arg(option) };
    }
    if (!request.viewName.isEmpty()) {
        for (const char *name :
            { "company", "kind", "from", "to", "bucket", "cumulative", "log-money", "save-view" }) {
            if (parser.isSet(QString::fromLatin1(name)))
                return Error { CommandLine::tr("--view replaces the filter options; leave out --%1")
                                   .arg(QLatin1String(name)) };
        }
    }
    if (!parser.isSet(QStringLiteral("range")))
        return Ok {};
    if (request.saveViewName.isEmpty())
        return Error { CommandLine::tr("--range goes with --save-view") };
    static const QRegularExpression lastMonths(QStringLiteral("^last-(\\d{1,4})-months?$"));
    const QString range = parser.value(QStringLiteral("range")).trimmed().toLower();
    if (const auto match = lastMonths.match(range);
        match.hasMatch() && match.captured(1).toInt() > 0) {
        request.saveRange = { RelativeRange::Kind::LastMonths, match.captured(1).toInt(), {} };
    } else if (range == QLatin1String("this-year")) {
        request.saveRange.kind = RelativeRange::Kind::ThisYear;
    } else if (range == QLatin1String("since") && request.view.from.isValid()) {
        request.saveRange = { RelativeRange::Kind::Since, 12, request.view.from };
    } else {
        return Error { CommandLine::tr(
            "--range: '%1' is not last-N-months, this-year or since (with --from)")
                           .arg(parser.value(QStringLiteral("range"))) };
    }
    return Ok {};
}

int ViewCommands::run(const CommandLineRequest &request)
{
    QTextStream out(stdout);
    QSettings settings;
    SavedViews views = SavedViews::load(settings);
    if (request.action == CommandLineRequest::Action::ListViews) {
        for (const SavedView &v : views.views()) {
            out << v.name;
            if (const QString range = v.range.describe(); !range.isEmpty())
                out << " (" << range << ')';
            out << '\n';
        }
        return 0;
    }
    if (const Status saved = views.save({ request.saveViewName, request.view, request.saveRange });
        !saved) {
        QTextStream(stderr) << "techwinter: " << saved.error().toString() << '\n';
        return 2;
    }
    views.store(settings);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        QTextStream(stderr)
            << "techwinter: "
            << CommandLine::tr("cannot write the settings file %1").arg(settings.fileName())
            << '\n';
        return 1;
    }
    QTextStream(stderr) << "techwinter: "
                        << CommandLine::tr("saved the view '%1'").arg(request.saveViewName) << '\n';
    return 0;
}

Result<CommandLineRequest> ViewCommands::withSavedView(const CommandLineRequest &request)
{
    if (request.viewName.isEmpty())
        return request;
    QSettings settings;
    const SavedViews views = SavedViews::load(settings);
    const SavedView *view = views.find(request.viewName);
    if (!view)
        return Error { ErrorKind::NotFound,
            CommandLine::tr("--view: no saved view named '%1' (see --list-views)")
                .arg(request.viewName) };
    CommandLineRequest resolved = request;
    resolved.view = view->resolved(QDate::currentDate());
    return resolved;
}
} // namespace techwinter
