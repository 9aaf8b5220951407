// techwinter-bench: issue 5's scale benchmark. Prints one line per figure,
// `<figure> <N> <median> <unit>`, for N in 10k, 100k and 1M (or `--n N`), after the bundled
// dataset's window and export (N = its event count).
//
// Every window figure (open, filter, aggregate, chart update, peak RSS) is measured in a fresh
// child process per run, so each peak RSS belongs to one window-equivalent and not to the
// imports the parent ran before; the export is timed as the real `techwinter --export-png`.

#include "ChartContent.h"
#include "CompanyListModel.h"
#include "EventDatabase.h"
#include "EventFilter.h"
#include "EventTableModel.h"
#include "ImportService.h"
#include "ImportStream.h"
#include "ImportWriter.h"
#include "Importer.h"
#include "LeagueTable.h"
#include "MainWindow.h"
#include "SyntheticEvents.h"
#include "TimelineChart.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace techwinter;

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Peak resident set of this process so far (VmHWM), in MiB.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return 0;
}

// `techwinter-bench --measure-rss PROGRAM ARGS...`: runs PROGRAM (output discarded) and prints its
// peak resident set in KiB (wait4() rusage). A child's ru_maxrss includes the image it was
// forked from, so it is forked from this small fresh process, never from the bench itself.
int measureRss(char **argv)
{
    const pid_t pid = fork();
    if (pid == 0) {
        const int devNull = open("/dev/null", O_WRONLY);
        dup2(devNull, STDOUT_FILENO);
        execv(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status))
        return 1;
    std::printf("%ld\n", usage.ru_maxrss);
    return WEXITSTATUS(status);
}

// Peak resident set, in MiB, of one run of `program` with `args` (see measureRss()). Nothing
// when it cannot start or does not exit with 0.
std::optional<double> childPeakRssMiB(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
        QStringList { QStringLiteral("--measure-rss"), program } + args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    bool ok = false;
    const double kib = p.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(kib / 1024.0) : std::nullopt;
}

// Milliseconds ImportWriter takes to store `parsed` on `path` into a new database at `dbPath`:
// the store half of `import`, with the native inserter or forced onto Qt SQL, to compare them.
std::optional<double> storeMs(
    const QString &dbPath, const ParsedImport &parsed, ImportWriter::Path path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(dbPath + suffix);
    if (!EventDatabase::open(
            DatabaseLocation::sqliteFile(dbPath), { .seedBundled = false, .loadEvents = false }))
        return std::nullopt;
    const QString connection = QStringLiteral("bench-store");
    std::optional<double> ms;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(dbPath);
        if (raw.open()) {
            QElapsedTimer timer;
            timer.start();
            if (ImportWriter(raw, dbPath, path).write(parsed, ImportControl {}))
                ms = msSince(timer);
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ms;
}

// The window's view of an import of `csv` (run on a worker thread, as ImportDialog runs it):
// the longest wait between two progress reports from the start to the return, and how long
// Cancel takes, half-way through storing, until the import has returned with nothing stored.
struct Responsiveness
{
    double maxGapMs = 0;
    double cancelMs = 0;
};

std::optional<Responsiveness> importResponsiveness(const QString &csv, const QString &dbPath)
{
    Responsiveness measured;
    for (const bool cancelHalfWay : { false, true }) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(dbPath + suffix);
        if (!EventDatabase::open(DatabaseLocation::sqliteFile(dbPath),
                { .seedBundled = false, .loadEvents = false }))
            return std::nullopt;
        std::atomic_bool cancel { false }, halfWay { false }, stored { false };
        std::mutex mutex;
        std::vector<qint64> stamps;
        QElapsedTimer clock;
        clock.start();
        ImportControl control;
        control.cancel = &cancel;
        control.progress = [&](ImportStage stage, qint64 done, qint64 total) {
            const std::lock_guard lock(mutex);
            stamps.push_back(clock.nsecsElapsed());
            if (stage == ImportStage::Storing && done * 2 >= total)
                halfWay = true;
        };
        std::thread worker([&] {
            auto storage = EventStorage::open(DatabaseLocation::sqliteFile(dbPath));
            stored = storage && ImportService::importFile(*storage.value(), csv, control).ok();
        });
        if (cancelHalfWay) {
            while (!halfWay && !stored)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            QElapsedTimer timer;
            timer.start();
            cancel = true;
            worker.join();
            measured.cancelMs = msSince(timer);
            if (stored)
                return std::nullopt; // a cancelled import must store nothing
        } else {
            worker.join();
            stamps.push_back(clock.nsecsElapsed());
            qint64 previous = 0;
            for (const qint64 stamp : stamps) {
                measured.maxGapMs = std::max(measured.maxGapMs, double(stamp - previous) / 1e6);
                previous = stamp;
            }
            if (!stored)
                return std::nullopt;
        }
    }
    return measured;
}

void printFigure(const char *figure, qint64 n, double value, const char *unit)
{
    std::printf("%s %lld %.2f %s\n", figure, static_cast<long long>(n), value, unit);
    std::fflush(stdout);
}

FilterState companiesState(const EventStore &store, int count)
{
    FilterState state;
    state.companies.emplace();
    for (int rank = 0; rank < count; ++rank) {
        if (auto index = store.findCompany(bench::syntheticCompany(rank)))
            state.companies->insert(*index);
    }
    return state;
}

// The window-equivalent, once: open the database, build the filter, the table and company
// models, lay out and paint the table and the chart; then time filter changes. Prints
// `key value` lines for the parent.
int runWindowChild(const QString &dbPath, int reps)
{
    QElapsedTimer timer;
    timer.start();
    auto db = EventDatabase::open(DatabaseLocation::sqliteFile(dbPath), { .seedBundled = false });
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    if (qEnvironmentVariableIsSet("TECHWINTER_BENCH_TRACE"))
        std::fprintf(stderr, "after open: %.1f ms, %.1f MiB\n", msSince(timer), peakRssMiB());
    EventFilter filter;
    filter.setStore(db->store());
    EventTableModel table(&filter);
    CompanyListModel companies(&filter);
    QTableView tableView;
    tableView.setModel(&table);
    tableView.resize(1200, 500);
    auto *chart = new TimelineChart;
    QChartView chartView(chart);
    chartView.resize(1600, 900);
    TimelineChartOptions options;
    const QString name = QFileInfo(dbPath).fileName();
    chart->setContent(
        makeChartContent(filter.store(), filter.state(), filter.rows(), BucketSize::Month, name),
        options);
    // Painted, as the first frame the user sees.
    const QPixmap chartFrame = chartView.grab();
    const QPixmap tableFrame = tableView.grab();
    const double openMs = msSince(timer);
    if (qEnvironmentVariableIsSet("TECHWINTER_BENCH_TRACE"))
        std::fprintf(stderr, "painted: %.1f ms, %.1f MiB\n", openMs, peakRssMiB());
    if (chartFrame.isNull() || tableFrame.isNull())
        return 1;

    const EventStore &store = filter.store();
    const FilterState one = companiesState(store, 1);
    const FilterState ten = companiesState(store, 10);
    const FilterState all;
    std::map<QString, std::vector<double>> times;
    for (int rep = 0; rep < reps; ++rep) {
        // Each step changes the state, so each is a real recompute with model resets.
        for (const auto &[label, state] :
            { std::pair { "filter_one", &one }, { "filter_all", &all }, { "filter_ten", &ten } }) {
            timer.restart();
            filter.setState(*state);
            times[QString::fromLatin1(label)].push_back(msSince(timer));
        }
        timer.restart();
        TimelineChartContent content
            = makeChartContent(store, filter.state(), filter.rows(), BucketSize::Month, name);
        times[QStringLiteral("aggregate")].push_back(msSince(timer));
        timer.restart();
        chart->setContent(std::move(content), options);
        times[QStringLiteral("chart_update")].push_back(msSince(timer));
        filter.setState(all); // the next rep starts from the unfiltered state
        // Issue 11: the league table of every company, as the window recomputes it after a
        // filter change.
        timer.restart();
        const auto league = LeagueTable::compute(store, filter.rows());
        times[QStringLiteral("league_table")].push_back(msSince(timer));
        if (league.empty())
            return 1;
    }
    QTextStream out(stdout);
    out << "open " << openMs << '\n';
    for (const auto &[key, values] : times)
        out << key << ' ' << median(values) << '\n';
    out << "peak_rss " << peakRssMiB() << '\n';
    return 0;
}

std::map<QString, double> parseChild(const QByteArray &output)
{
    std::map<QString, double> values;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            values[QString::fromLatin1(parts[0])] = parts[1].toDouble();
    }
    return values;
}

// Medians of the real main window's start on `dbPath` (runMainWindowChild), in ms; empty when
// the child failed. Its settings (geometry, filters) come from `work`, not from the user's own.
std::vector<double> timeMainWindow(
    const QString &self, const QDir &work, const QString &dbPath, int runs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), work.filePath(QStringLiteral("config")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::vector<double> windowMs;
    for (int run = 0; run < runs; ++run) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(self, { QStringLiteral("--main-window-child"), dbPath });
        while (!p.canReadLine() && p.state() != QProcess::NotRunning)
            p.waitForReadyRead(100);
        if (p.readLine().trimmed() != "shown") {
            p.waitForFinished();
            std::fprintf(
                stderr, "main window child failed: %s\n", p.readAllStandardError().constData());
            return {};
        }
        windowMs.push_back(msSince(timer));
        p.waitForFinished();
    }
    return windowMs;
}

int benchSize(const QString &self, const QDir &work, qint64 n, int runs, bool importOnly)
{
    const QString csv = work.filePath(QStringLiteral("events-%1.csv").arg(n));
    if (!QFile::exists(csv) && !bench::writeSyntheticCsv(csv, n)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    const QString dbPath = work.filePath(QStringLiteral("events-%1.sqlite").arg(n));

    // import: read + detect + map + store in one transaction, into a fresh database each run,
    // as the window and the command line import (ImportService: the file read in pieces on a
    // second thread while they are stored).
    std::vector<double> importMs, parseMs;
    for (int run = 0; run < runs; ++run) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(dbPath + suffix);
        auto db = EventDatabase::open(
            DatabaseLocation::sqliteFile(dbPath), { .seedBundled = false, .loadEvents = false });
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto summary = db.value().importFile(csv);
        importMs.push_back(msSince(timer));
        // Random data repeats itself now and then (same company, day, kind and figure): the
        // importer skips those as duplicates, as it should.
        if (!summary || summary->imported + summary->duplicatesSkipped != n) {
            std::fprintf(stderr, "the importer did not take all %lld rows: %s\n",
                static_cast<long long>(n),
                summary ? qPrintable(summary->toText()) : qPrintable(summary.error().toString()));
            return 1;
        }
        // The parse half alone: every piece read and mapped, nothing stored.
        timer.restart();
        auto stream = ImportStream::open(csv);
        ImportStream::Rows rows;
        while (stream) {
            auto more = stream.value()->read(rows);
            if (!more || !*more)
                break;
        }
        parseMs.push_back(msSince(timer));
    }
    printFigure("import", n, median(importMs), "ms");
    // The two halves of import, to see which one dominates: reading the file and storing it.
    printFigure("import_parse", n, median(parseMs), "ms");

    // The store half alone, native and through Qt SQL, on one parse of the file.
    if (auto parsed = Importer::parseFile(csv)) {
        std::vector<double> nativeMs, qtSqlMs;
        const QString storeDb = work.filePath(QStringLiteral("store-%1.sqlite").arg(n));
        for (int run = 0; run < runs; ++run) {
            const auto native = storeMs(storeDb, *parsed, ImportWriter::Path::NativeWhereSafe);
            const auto qtSql = storeMs(storeDb, *parsed, ImportWriter::Path::QtSql);
            if (!native || !qtSql) {
                std::fprintf(stderr, "storing %s failed\n", qPrintable(csv));
                return 1;
            }
            nativeMs.push_back(*native);
            qtSqlMs.push_back(*qtSql);
        }
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(storeDb + suffix);
        printFigure("import_store", n, median(nativeMs), "ms");
        printFigure("import_store_qtsql", n, median(qtSqlMs), "ms");
    }

    // import_rss: the real `techwinter --empty --import` of the file into a new database.
    std::vector<double> importRss;
    const QString cliDb = work.filePath(QStringLiteral("cli-import-%1.sqlite").arg(n));
    for (int run = 0; run < runs; ++run) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(cliDb + suffix);
        const std::optional<double> rss = childPeakRssMiB(QStringLiteral(TECHWINTER_EXECUTABLE),
            { QStringLiteral("--db"), cliDb, QStringLiteral("--empty"), QStringLiteral("--import"),
                csv });
        if (!rss) {
            std::fprintf(stderr, "techwinter --empty --import %s failed\n", qPrintable(csv));
            return 1;
        }
        importRss.push_back(*rss);
    }
    // What the import leaves beside the database: the write-ahead log, checkpointed after it.
    printFigure("import_wal", n,
        double(QFileInfo(cliDb + QStringLiteral("-wal")).size()) / 1048576.0, "MiB");
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(cliDb + suffix);
    printFigure("import_rss", n, median(importRss), "MiB");
    std::vector<double> gaps, cancels;
    for (int run = 0; run < runs; ++run) {
        const auto responsive = importResponsiveness(csv, cliDb);
        if (!responsive) {
            std::fprintf(stderr, "the import on a worker thread failed or ignored Cancel\n");
            return 1;
        }
        gaps.push_back(responsive->maxGapMs);
        cancels.push_back(responsive->cancelMs);
    }
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(cliDb + suffix);
    printFigure("import_progress_gap", n, median(gaps), "ms");
    printFigure("import_cancel", n, median(cancels), "ms");
    if (importOnly)
        return 0;

    std::map<QString, std::vector<double>> child;
    for (int run = 0; run < runs; ++run) {
        QProcess p;
        p.start(self, { QStringLiteral("--window-child"), dbPath });
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "window child failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        for (const auto &[key, value] : parseChild(p.readAllStandardOutput()))
            child[key].push_back(value);
    }
    for (const char *figure : { "open", "filter_one", "filter_ten", "filter_all", "aggregate",
             "chart_update", "league_table" })
        printFigure(figure, n, median(child[QString::fromLatin1(figure)]), "ms");
    // The same start with the real MainWindow (every panel, the menus, settings) instead of the
    // bare table and chart of the window child.
    const std::vector<double> windowMs = timeMainWindow(self, work, dbPath, runs);
    if (windowMs.empty())
        return 1;
    printFigure("window", n, median(windowMs), "ms");

    std::vector<double> exportMs;
    QStringList args { QStringLiteral("--db"), dbPath, QStringLiteral("--export-png"),
        work.filePath(QStringLiteral("chart-%1.png").arg(n)) };
    for (int rank = 0; rank < 10; ++rank)
        args << QStringLiteral("--company") << bench::syntheticCompany(rank);
    for (int run = 0; run < runs; ++run) {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(TECHWINTER_EXECUTABLE), args);
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "export failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        exportMs.push_back(msSince(timer));
    }
    printFigure("export_png", n, median(exportMs), "ms");
    printFigure("peak_rss", n, median(child[QStringLiteral("peak_rss")]), "MiB");
    return 0;
}

// The real main window on the bundled dataset, as `techwinter` builds it (MainWindow::run
// without the event loop): from the child's start, through opening the database and laying out
// every panel, to the first full paint. Prints "shown" for the parent, which times the process
// from its start to that line.
int runMainWindowChild(const QString &dbPath)
{
    auto db = EventDatabase::open(DatabaseLocation::sqliteFile(dbPath));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    MainWindow window(std::move(db).value());
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();
    if (window.grab().isNull())
        return 1;
    std::printf("shown\n");
    std::fflush(stdout);
    return 0;
}

// Target 6 of issue 5: the bundled dataset (the first-start database), window and export.
int benchBundled(const QString &self, const QDir &work, int runs)
{
    const QString dbPath = work.filePath(QStringLiteral("bundled.sqlite"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(dbPath + suffix);
    qint64 events = 0;
    {
        auto db = EventDatabase::open(
            DatabaseLocation::sqliteFile(dbPath)); // a first start: the bundled dataset, seeded
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
            return 1;
        }
        events = db->store()->size();
    }
    const std::vector<double> windowMs = timeMainWindow(self, work, dbPath, runs);
    if (windowMs.empty())
        return 1;
    std::vector<double> exportMs;
    for (int run = 0; run < runs; ++run) {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(TECHWINTER_EXECUTABLE),
            { QStringLiteral("--db"), dbPath, QStringLiteral("--export-png"),
                work.filePath(QStringLiteral("chart-bundled.png")) });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            std::fprintf(stderr, "export failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        exportMs.push_back(msSince(timer));
    }
    printFigure("window_bundled", events, median(windowMs), "ms");
    printFigure("export_bundled", events, median(exportMs), "ms");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--measure-rss") == 0)
        return measureRss(argv + 2);
    // The window child paints widgets; everything else needs no GUI at all.
    const bool windowChild = argc == 3 && qstrcmp(argv[1], "--window-child") == 0;
    if (windowChild) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runWindowChild(QString::fromLocal8Bit(argv[2]), 15);
    }
    if (argc == 3 && qstrcmp(argv[1], "--main-window-child") == 0) {
        QApplication app(argc, argv);
        return runMainWindowChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name) -> QString {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    if (args.contains(QStringLiteral("--help"))) {
        std::printf("usage: techwinter-bench [--n N] [--runs R] [--work DIR] [--import-only]\n"
                    "       techwinter-bench --generate N FILE\n");
        return 0;
    }
    if (args.size() == 4 && args[1] == QLatin1String("--generate"))
        return bench::writeSyntheticCsv(args[3], args[2].toLongLong()) ? 0 : 1;

    std::vector<qint64> sizes { 10'000, 100'000, 1'000'000 };
    if (const QString n = option("--n"); !n.isEmpty())
        sizes = { n.toLongLong() };
    const int runs = option("--runs").isEmpty() ? 5 : option("--runs").toInt();
    QString work = option("--work");
    if (work.isEmpty())
        work = QDir::temp().filePath(QStringLiteral("techwinter-bench"));
    QDir().mkpath(work);
    // --import-only: the import figures alone (issue 17), without the window and export ones.
    const bool importOnly = args.contains(QStringLiteral("--import-only"));
    if (!importOnly) {
        if (int status = benchBundled(app.applicationFilePath(), QDir(work), std::max(1, runs)))
            return status;
    }
    for (qint64 n : sizes) {
        if (int status
            = benchSize(app.applicationFilePath(), QDir(work), n, std::max(1, runs), importOnly))
            return status;
    }
    return 0;
}
