#include "CommandLine.h"

#include "BriefingPdf.h"
#include "ChartContent.h"
#include "ChartExporter.h"
#include "EventCsv.h"
#include "EventDatabase.h"
#include "EventJson.h"
#include "EventStore.h"
#include "FilterArguments.h"
#include "ImportTypes.h"
#include "LeagueTable.h"
#include "LeagueTableCsv.h"
#include "PriceIndex.h"
#include "TerminalProgress.h"
#include "ViewCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace techwinter {

namespace {

// The command line's words, in context "CommandLine" with the options' help; a class of its own
// so that lupdate files them there.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Every option: its name, its help (translated in the "CommandLine" context) and the name of its
// value, or nullptr for a switch.
struct OptionSpec
{
    const char *name;
    const char *help;
    const char *value = nullptr;
};

constexpr OptionSpec optionSpecs[] = {
    { "db",
        QT_TRANSLATE_NOOP("CommandLine",
            "Use the database at <path> (created and filled with the bundled dataset when "
            "missing)."),
        "path" },
    { "empty",
        QT_TRANSLATE_NOOP("CommandLine",
            "When --db names a database that does not exist yet, create it without the "
            "bundled dataset.") },
    { "update-dataset",
        QT_TRANSLATE_NOOP("CommandLine",
            "Bring a database made from an older bundled dataset up to this version's: new "
            "events added, corrections applied to events you did not edit, your own data kept; "
            "one batch that File > Undo an Import can take back.") },
    { "import",
        QT_TRANSLATE_NOOP("CommandLine",
            "Import <file> (TechWinter CSV or JSON, layoffs.fyi, Crunchbase rounds, OWID "
            "AI investment; repeatable) and print a summary."),
        "file" },
    { "export-csv",
        QT_TRANSLATE_NOOP("CommandLine", "Write the filtered events as CSV to <file> and exit."),
        "file" },
    { "export-json",
        QT_TRANSLATE_NOOP("CommandLine", "Write the filtered events as JSON to <file> and exit."),
        "file" },
    { "export-summary",
        QT_TRANSLATE_NOOP("CommandLine",
            "Write the league table of the filtered events (per company: jobs cut, layoffs, AI "
            "investment, AI $ per job cut, acquisitions, first and last event) as CSV to <file> "
            "and exit."),
        "file" },
    { "export-pdf",
        QT_TRANSLATE_NOOP("CommandLine",
            "Write a briefing of the filter as a PDF to <file> and exit: a cover with the "
            "filter and totals, the chart, the league table, and a page per company when "
            "several are chosen."),
        "file" },
    { "export-png",
        QT_TRANSLATE_NOOP("CommandLine",
            "Render the chart for the filter to <file> (PNG; SVG when the name ends in "
            ".svg) and exit. No display needed."),
        "file" },
    { "company",
        QT_TRANSLATE_NOOP("CommandLine", "Only events of <name> (a name or alias; repeatable)."),
        "name" },
    { "kind",
        QT_TRANSLATE_NOOP("CommandLine",
            "Only events of <kind>: layoff, ai_investment, investment, acquisition, "
            "restructuring, launch, ai_infrastructure (repeatable)."),
        "kind" },
    { "from",
        QT_TRANSLATE_NOOP(
            "CommandLine", "Only events on or after <date> (YYYY, YYYY-MM or YYYY-MM-DD)."),
        "date" },
    { "to",
        QT_TRANSLATE_NOOP(
            "CommandLine", "Only events on or before <date> (YYYY, YYYY-MM or YYYY-MM-DD)."),
        "date" },
    { "size", QT_TRANSLATE_NOOP("CommandLine", "Chart image size in pixels (default 1600x900)."),
        "WxH" },
    { "scale",
        QT_TRANSLATE_NOOP("CommandLine",
            "Chart scale, 1 or 2: 2 gives the same layout twice the pixels each way "
            "(1600x900 becomes 3200x1800)."),
        "factor" },
    { "bucket",
        QT_TRANSLATE_NOOP("CommandLine", "Chart bucket: month, quarter or year (default month)."),
        "size" },
    { "cumulative", QT_TRANSLATE_NOOP("CommandLine", "Plot running totals.") },
    { "log-money", QT_TRANSLATE_NOOP("CommandLine", "Use a logarithmic axis for money.") },
    { "compare",
        QT_TRANSLATE_NOOP("CommandLine",
            "Compare companies: each company's layoffs and AI money in its own colour.") },
    { "compare-bars",
        QT_TRANSLATE_NOOP(
            "CommandLine", "Compare mode's layoff bars: grouped (the default) or stacked."),
        "layout" },
    { "currency",
        QT_TRANSLATE_NOOP("CommandLine",
            "Show money in USD or KRW, at each event month's average rate; with KRW the exports "
            "gain amount_krw and the rate."),
        "code" },
    { "real-dollars",
        QT_TRANSLATE_NOOP("CommandLine",
            "Show money in US dollars of YEAR's average prices (US CPI-U); the exports gain "
            "amount_usd_real."),
        "year" },
    { "transparent",
        QT_TRANSLATE_NOOP("CommandLine", "Export the chart with a transparent background.") },
    { "view",
        QT_TRANSLATE_NOOP("CommandLine",
            "Export the saved view <name> (its companies, kinds, dates, search and chart modes) "
            "instead of filter options."),
        "name" },
    { "save-view",
        QT_TRANSLATE_NOOP("CommandLine",
            "Save the filter and chart options given as the view <name> (replacing one of that "
            "name) and exit."),
        "name" },
    { "range",
        QT_TRANSLATE_NOOP("CommandLine",
            "With --save-view: keep the dates relative: last-N-months (e.g. last-12-months), "
            "this-year, or since (from --from to the day the view is opened)."),
        "range" },
    { "list-views", QT_TRANSLATE_NOOP("CommandLine", "List the saved views and exit.") },
    { "lang",
        QT_TRANSLATE_NOOP("CommandLine",
            "Language of the window, the charts and these messages: ko (Korean) or en "
            "(English). Default: the system's."),
        "language" },
    { "theme",
        QT_TRANSLATE_NOOP("CommandLine",
            "Chart text colours: light (dark text, the default) or dark (light text on a dark "
            "background, or on a dark slide with --transparent)."),
        "theme" },
};

QCommandLineParser &configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "TechWinter: big tech's layoffs and its AI investments on one timeline."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec &spec : optionSpecs) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(spec.name),
            QCoreApplication::translate("CommandLine", spec.help),
            spec.value ? QString::fromLatin1(spec.value) : QString()));
    }
    return parser;
}

// --currency and --real-dollars.
Result<MoneySettings> parseMoney(const QCommandLineParser &parser)
{
    MoneySettings money;
    if (parser.isSet(QStringLiteral("currency"))) {
        const auto currency
            = displayCurrencyFromCode(parser.value(QStringLiteral("currency")).trimmed());
        if (!currency)
            return Error { CommandLine::tr("--currency: '%1' is not USD or KRW")
                               .arg(parser.value(QStringLiteral("currency"))) };
        money.currency = *currency;
    }
    if (parser.isSet(QStringLiteral("real-dollars"))) {
        bool ok = false;
        const int year = parser.value(QStringLiteral("real-dollars")).trimmed().toInt(&ok);
        if (!ok || !PriceIndex::bundled().yearAverage(year)
            || PriceIndex::bundled().yearAverage(year)->extrapolated)
            return Error { CommandLine::tr(
                "--real-dollars: '%1' is not a year with US consumer prices")
                               .arg(parser.value(QStringLiteral("real-dollars"))) };
        money.realYear = year;
    }
    return money;
}

} // namespace

Result<CommandLineRequest> CommandLineRequest::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments))
        return Error { parser.errorText() };
    if (!parser.positionalArguments().isEmpty())
        return Error { CommandLine::tr("unexpected argument '%1' (see --help)")
                           .arg(parser.positionalArguments().front()) };

    CommandLineRequest request;
    // Qt names the program by argv[0] (a path, or "<executable_name>" with no application yet);
    // the usage line names the command a user types.
    request.helpText = parser.helpText();
    const QString program = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                         : QStringLiteral("<executable_name>");
    const qsizetype named = program.isEmpty()
        ? -1
        : request.helpText.lastIndexOf(program, request.helpText.indexOf(QLatin1Char('\n')));
    if (named >= 0)
        request.helpText.replace(named, program.size(), QStringLiteral("techwinter"));
    if (parser.isSet(QStringLiteral("db"))) {
        auto location = DatabaseLocation::fromText(parser.value(QStringLiteral("db")));
        if (!location)
            return Error { CommandLine::tr("--db: %1").arg(location.error().message) };
        request.database = std::move(location).value();
    }
    FilterArguments filter;
    filter.companies = parser.values(QStringLiteral("company"));
    filter.kinds = parser.values(QStringLiteral("kind"));
    filter.from = parser.value(QStringLiteral("from"));
    filter.to = parser.value(QStringLiteral("to"));
    auto view = filter.toView();
    if (!view)
        return view.error();
    request.view = std::move(view).value();
    // The window opens on the view the options describe, instead of the last session's.
    for (const char *name : { "company", "kind", "from", "to", "bucket", "cumulative", "log-money",
             "compare", "compare-bars", "currency", "real-dollars", "view" }) {
        if (parser.isSet(QString::fromLatin1(name)))
            request.viewGiven = true;
    }
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
        const auto match = sizePattern.match(parser.value(QStringLiteral("size")).trimmed());
        if (!match.hasMatch())
            return Error { CommandLine::tr("--size: '%1' is not WIDTHxHEIGHT (e.g. 1600x900)")
                               .arg(parser.value(QStringLiteral("size"))) };
        request.chartSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        if (request.chartSize.width() < 200 || request.chartSize.height() < 150
            || request.chartSize.width() > 10000 || request.chartSize.height() > 10000)
            return Error { CommandLine::tr("--size: %1 is outside 200x150 .. 10000x10000")
                               .arg(parser.value(QStringLiteral("size"))) };
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        const QString scale = parser.value(QStringLiteral("scale")).trimmed();
        if (scale != QLatin1String("1") && scale != QLatin1String("2"))
            return Error { CommandLine::tr("--scale: '%1' is not 1 or 2").arg(scale) };
        request.chartScale = scale.toDouble();
    }
    if (parser.isSet(QStringLiteral("bucket"))) {
        const auto bucket = bucketSizeFromName(parser.value(QStringLiteral("bucket")));
        if (!bucket)
            return Error { CommandLine::tr("--bucket: '%1' is not month, quarter or year")
                               .arg(parser.value(QStringLiteral("bucket"))) };
        request.view.bucket = *bucket;
    }
    request.view.cumulative = parser.isSet(QStringLiteral("cumulative"));
    request.view.logMoney = parser.isSet(QStringLiteral("log-money"));
    request.view.compare = parser.isSet(QStringLiteral("compare"));
    if (parser.isSet(QStringLiteral("compare-bars"))) {
        const QString bars = parser.value(QStringLiteral("compare-bars")).trimmed().toLower();
        if (bars != QLatin1String("grouped") && bars != QLatin1String("stacked"))
            return Error { CommandLine::tr("--compare-bars: '%1' is not grouped or stacked")
                               .arg(parser.value(QStringLiteral("compare-bars"))) };
        request.view.stackedBars = bars == QLatin1String("stacked");
    }
    if (auto money = parseMoney(parser); money)
        request.view.money = *money;
    else
        return money.error();
    request.transparent = parser.isSet(QStringLiteral("transparent"));
    if (parser.isSet(QStringLiteral("theme"))) {
        const QString theme = parser.value(QStringLiteral("theme")).trimmed().toLower();
        if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
            return Error { CommandLine::tr("--theme: '%1' is not light or dark")
                               .arg(parser.value(QStringLiteral("theme"))) };
        request.darkTheme = theme == QLatin1String("dark");
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString language = parser.value(QStringLiteral("lang")).trimmed().toLower();
        if (language != QLatin1String("ko") && language != QLatin1String("en"))
            return Error { CommandLine::tr("--lang: '%1' is not ko or en")
                               .arg(parser.value(QStringLiteral("lang"))) };
    }
    if (auto views = ViewCommands::parseOptions(parser, request); !views)
        return views.error();
    request.empty = parser.isSet(QStringLiteral("empty"));
    request.updateDataset = parser.isSet(QStringLiteral("update-dataset"));
    request.importPaths = parser.values(QStringLiteral("import"));
    request.exportCsvPath = parser.value(QStringLiteral("export-csv"));
    request.exportJsonPath = parser.value(QStringLiteral("export-json"));
    request.exportChartPath = parser.value(QStringLiteral("export-png"));
    request.exportSummaryPath = parser.value(QStringLiteral("export-summary"));
    request.exportPdfPath = parser.value(QStringLiteral("export-pdf"));
    for (const char *name :
        { "import", "export-csv", "export-json", "export-png", "export-summary", "export-pdf" }) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option) && parser.values(option).contains(QString()))
            return Error { CommandLine::tr("--%1 needs a file name").arg(option) };
    }
    if (parser.isSet(QStringLiteral("help")))
        request.action = Action::ShowHelp;
    else if (parser.isSet(QStringLiteral("version")))
        request.action = Action::ShowVersion;
    else if (!request.saveViewName.isEmpty())
        request.action = Action::SaveView;
    else if (parser.isSet(QStringLiteral("list-views")))
        request.action = Action::ListViews;
    else if (request.updateDataset || !request.importPaths.isEmpty()
        || !request.exportCsvPath.isEmpty() || !request.exportJsonPath.isEmpty()
        || !request.exportChartPath.isEmpty() || !request.exportSummaryPath.isEmpty()
        || !request.exportPdfPath.isEmpty())
        request.action = Action::Headless;
    else if (request.empty && !request.database.isValid())
        return Error { CommandLine::tr(
            "--empty needs --db PATH (a database that does not exist yet)") };
    return request;
}

namespace {

int exportChart(
    const CommandLineRequest &request, const EventStore &store, const TimelineChartContent &content)
{
    TimelineChartOptions chartOptions;
    chartOptions.cumulative = request.view.cumulative;
    chartOptions.logMoney = request.view.logMoney;
    chartOptions.stackedBars = request.view.stackedBars;
    ChartExportOptions options;
    options.pixelSize = request.chartSize;
    options.scale = request.chartScale;
    options.transparent = request.transparent;
    options.darkTheme = request.darkTheme;
    const auto meta = chartMetadata(store, request.view, content);
    const QString &path = request.exportChartPath;
    const Status written = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
        ? ChartExporter::writeSvg(path, content, chartOptions, options, meta)
        : ChartExporter::writePng(path, content, chartOptions, options, meta);
    QTextStream err(stderr);
    if (!written) {
        err << "techwinter: " << written.error().toString() << '\n';
        return 1;
    }
    qint64 events = 0;
    for (const TimelineBucket &b : content.series.buckets())
        events += b.eventCount;
    err << "techwinter: "
        << (events == 1 ? CommandLine::tr("wrote %1 (1 event)").arg(path)
                        : CommandLine::tr("wrote %1 (%2 events)").arg(path).arg(events))
        << '\n';
    return 0;
}

int exportBriefing(const CommandLineRequest &request, const EventStore &store,
    const FilterState &state, std::span<const int> rows, const DatabaseLocation &location)
{
    TimelineChartOptions chartOptions;
    chartOptions.cumulative = request.view.cumulative;
    chartOptions.logMoney = request.view.logMoney;
    const Briefing briefing
        = BriefingContent::make(store, state, rows, request.view.bucket, location.displayName());
    QTextStream err(stderr);
    if (auto written = BriefingPdf::write(request.exportPdfPath, briefing, chartOptions);
        !written) {
        err << "techwinter: " << written.error().toString() << '\n';
        return 1;
    }
    err << "techwinter: "
        << CommandLine::tr("wrote %1 (%2 pages)")
               .arg(request.exportPdfPath)
               .arg(BriefingPdf::pageCount(briefing))
        << '\n';
    return 0;
}

// A chart-only request whose filter the database's monthly sums can answer: chart from the sums
// and the launch events, never loading the other events, so the export costs the same for a
// thousand events or a million. Returns nullopt when the request needs the events.
std::optional<int> exportChartFromSums(
    const CommandLineRequest &request, const DatabaseLocation &location)
{
    if (request.updateDataset || !request.importPaths.isEmpty() || !request.exportCsvPath.isEmpty()
        || !request.exportJsonPath.isEmpty() || !request.exportSummaryPath.isEmpty()
        || !request.exportPdfPath.isEmpty() || request.exportChartPath.isEmpty()
        || request.view.compare // the sums hold no per-company split by bucket here
        || request.view.money.converts()) // converting needs each event's month and currency
        return std::nullopt;
    QTextStream err(stderr);
    auto db = EventDatabase::open(location, { .seedBundled = !request.empty, .loadEvents = false });
    if (!db) {
        err << "techwinter: " << db.error().toString() << '\n';
        return 1;
    }
    auto state = request.view.strictFilterFor(*db->store());
    if (!state) {
        err << "techwinter: " << state.error().toString() << '\n';
        return 2;
    }
    if (!TimelineSeries::canUseMonthSums(*state))
        return std::nullopt;
    std::optional<std::vector<qint64>> ids;
    if (state->companies) {
        ids.emplace();
        for (int index : *state->companies)
            ids->push_back(db->store()->company(index).id);
    }
    auto sums = db->loadMonthSums(ids);
    auto launches = state->acceptsKind(EventKind::Launch)
        ? db->loadLaunches()
        : Result<std::vector<Event>>(std::vector<Event> {});
    auto any = db->hasEvents();
    for (const Error *error : { sums ? nullptr : &sums.error(),
             launches ? nullptr : &launches.error(), any ? nullptr : &any.error() }) {
        if (error) {
            err << "techwinter: " << error->toString() << '\n';
            return 1;
        }
    }
    const TimelineChartContent content = makeChartContent(
        *db->store(), *state, *sums, *launches, !*any, request.view.bucket, location.displayName());
    return exportChart(request, *db->store(), content);
}

} // namespace

int runHeadless(const CommandLineRequest &given)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (given.action == CommandLineRequest::Action::SaveView
        || given.action == CommandLineRequest::Action::ListViews)
        return ViewCommands::run(given);
    const auto withView = ViewCommands::withSavedView(given);
    if (!withView) {
        err << "techwinter: " << withView.error().toString() << '\n';
        return 2;
    }
    const CommandLineRequest &request = *withView;
    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
        out << request.helpText;
        return 0;
    case CommandLineRequest::Action::ShowVersion:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return 0;
    case CommandLineRequest::Action::ShowWindow:
    case CommandLineRequest::Action::SaveView:
    case CommandLineRequest::Action::ListViews:
        return 0;
    case CommandLineRequest::Action::Headless:
        break;
    }
    const DatabaseLocation location
        = request.database.isValid() ? request.database : EventDatabase::defaultLocation();
    if (request.empty && QFileInfo::exists(location.filePath()))
        err << "techwinter: "
            << CommandLine::tr("--empty: %1 exists already; it is used as it is")
                   .arg(location.description())
            << '\n';
    if (const auto done = exportChartFromSums(request, location))
        return *done;
    // An import alone needs no events in memory (a million of them would double its peak).
    const bool exports = !request.exportChartPath.isEmpty() || !request.exportSummaryPath.isEmpty()
        || !request.exportCsvPath.isEmpty() || !request.exportJsonPath.isEmpty();
    auto db
        = EventDatabase::open(location, { .seedBundled = !request.empty, .loadEvents = exports });
    if (!db) {
        err << "techwinter: " << db.error().toString() << '\n';
        return 1;
    }
    // Check the filter before importing, so a typo costs nothing; names are checked again after.
    if (auto early = request.view.strictFilterFor(*db->store());
        !early && request.importPaths.isEmpty()) {
        err << "techwinter: " << early.error().toString() << '\n';
        return 2;
    }

    int status = 0;
    if (request.updateDataset) {
        auto updated = db.value().updateBundledDataset();
        if (!updated) {
            err << "techwinter: " << updated.error().toString() << '\n';
            return 1;
        }
        out << "techwinter: " << updated->toText() << '\n';
    }
    for (const QString &file : request.importPaths) {
        TerminalProgress progress(QFileInfo(file).fileName());
        auto summary = db.value().importFile(file, progress.importControl());
        if (progress.interrupted()) {
            err << "techwinter: "
                << CommandLine::tr("import of %1 cancelled; the database is as it was")
                       .arg(QFileInfo(file).fileName())
                << '\n';
            return 130; // as a shell reports a command stopped by Ctrl+C
        }
        if (!summary) {
            err << "techwinter: " << summary.error().toString() << '\n';
            status = 1;
            continue;
        }
        out << summary->toText() << '\n';
        constexpr size_t shown = 20;
        for (size_t i = 0; i < summary->problems.size() && i < shown; ++i)
            out << "  " << summary->problems[i].toString(QFileInfo(file).fileName()) << '\n';
        for (size_t i = 0; i < summary->warnings.size() && i < shown; ++i)
            out << "  "
                << CommandLine::tr("check: %1")
                       .arg(summary->warnings[i].toString(QFileInfo(file).fileName()))
                << '\n';
        if (summary->problems.size() > shown)
            out << "  "
                << CommandLine::tr("… and %1 more problems").arg(summary->problems.size() - shown)
                << '\n';
    }

    auto state = request.view.strictFilterFor(*db->store());
    if (!state) {
        err << "techwinter: " << state.error().toString() << '\n';
        return 2;
    }
    const std::vector<int> rows = state->matchingRows(*db->store());
    if (!request.exportChartPath.isEmpty())
        status = std::max(status,
            exportChart(request, *db->store(),
                makeChartContent(*db->store(), *state, rows, request.view.bucket,
                    location.displayName(), request.view.compare, request.view.money)));
    if (!request.exportPdfPath.isEmpty())
        status = std::max(status, exportBriefing(request, *db->store(), *state, rows, location));
    if (!request.exportSummaryPath.isEmpty()) {
        const auto league = LeagueTable::compute(*db->store(), rows);
        if (auto written = LeagueTableCsv::writeFile(request.exportSummaryPath, league); !written) {
            err << "techwinter: " << written.error().toString() << '\n';
            status = 1;
        } else {
            err << "techwinter: "
                << CommandLine::tr(
                       "wrote the league table of %n companies to %1", nullptr, int(league.size()))
                       .arg(request.exportSummaryPath)
                << '\n';
        }
    }
    if (!request.exportCsvPath.isEmpty() || !request.exportJsonPath.isEmpty()) {
        std::vector<Event> events;
        events.reserve(rows.size());
        for (int row : rows)
            events.push_back(db->store()->event(row));
        const std::pair<QString,
            Status (*)(const QString &, const std::vector<Event> &, const MoneySettings &)>
            targets[] = {
                { request.exportCsvPath, &EventCsv::writeFile },
                { request.exportJsonPath, &EventJson::writeFile },
            };
        for (const auto &[target, write] : targets) {
            if (target.isEmpty())
                continue;
            if (auto written = write(target, events, request.view.money); !written) {
                err << "techwinter: " << written.error().toString() << '\n';
                status = 1;
            } else {
                err << "techwinter: "
                    << (events.size() == 1 ? CommandLine::tr("wrote 1 event to %1").arg(target)
                                           : CommandLine::tr("wrote %1 events to %2")
                                                 .arg(events.size())
                                                 .arg(target))
                    << '\n';
            }
        }
    }
    return status;
}

} // namespace techwinter
