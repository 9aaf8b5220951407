// Drives the real `techwinter` executable, as a user or a script would.
#include "CsvReader.h"
#include "SqliteStorage.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The settings (saved views) of the app runs below, never the user's own.
QString configHome()
{
    return QDir::tempPath()
        + QStringLiteral("/techwinter-cli-test-config-%1").arg(QCoreApplication::applicationPid());
}

// Runs the app in `locale` (English unless a test asks for another), as a user's shell would.
Run runApp(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless commands must not need one
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("XDG_DATA_HOME"),
        QDir::tempPath() + QStringLiteral("/techwinter-cli-test-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TECHWINTER_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    return Run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QString sampleDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
    auto repo = SqliteStorage::open(path);
    REQUIRE(repo.ok());
    REQUIRE(repo.value()->addCompanies(test::sampleCompanies()).ok());
    REQUIRE(repo.value()->addEvents(test::sampleEvents(), QStringLiteral("sample")).ok());
    return path;
}

std::vector<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto records = CsvReader::parse(CsvReader::decode(file.readAll()), path);
    REQUIRE(records.ok());
    std::vector<QStringList> rows;
    for (const CsvRecord &r : records.value())
        rows.push_back(r.fields);
    return rows;
}

} // namespace

TEST_CASE("CSV export writes the filtered events with the documented header")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString out = dir.filePath(QStringLiteral("google-2023.csv"));
    const Run run = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), out,
        QStringLiteral("--company"), QStringLiteral("Alphabet"), QStringLiteral("--company"),
        QStringLiteral("MSFT"), QStringLiteral("--kind"), QStringLiteral("layoff"),
        QStringLiteral("--kind"), QStringLiteral("ai_investment"), QStringLiteral("--from"),
        QStringLiteral("2023-01"), QStringLiteral("--to"), QStringLiteral("2023-12-31") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto rows = readCsv(out);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].mid(0, 8).join(QLatin1Char(','))
        == QStringLiteral("date,company,kind,title,headcount,amount_usd,counterparty,source_url"));
    CHECK(rows[1].mid(0, 6)
        == QStringList { QStringLiteral("2023-01-18"), QStringLiteral("Microsoft"),
            QStringLiteral("layoff"), QStringLiteral("Microsoft layoff"), QStringLiteral("10000"),
            QString() });
    CHECK(rows[2][1] == QStringLiteral("Google"));
    CHECK(rows[2][4] == QStringLiteral("12000"));
    // Dollars as plain numbers, never millions or an exponent.
    CHECK(rows[3][5] == QStringLiteral("10000000000"));
    CHECK(rows[4][0] == QStringLiteral("2023-02-03"));
    CHECK(rows[4][5] == QStringLiteral("300000000"));
}

TEST_CASE("CSV export without filters writes every event and keeps month precision")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString out = dir.filePath(QStringLiteral("all.csv"));
    const Run run = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), out });
    REQUIRE(run.exitCode == 0);
    const auto rows = readCsv(out);
    REQUIRE(rows.size() == 10);
    CHECK(rows[6][0] == QStringLiteral("2023-03"));
    CHECK(rows[6][1] == QStringLiteral("Kakao"));
}

TEST_CASE("A missing database is created from the bundled dataset")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("fresh.sqlite"));
    const QString out = dir.filePath(QStringLiteral("seed.csv"));
    const Run run = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), out,
        QStringLiteral("--company"), QStringLiteral("구글"), QStringLiteral("--kind"),
        QStringLiteral("layoff"), QStringLiteral("--from"), QStringLiteral("2023-01-20"),
        QStringLiteral("--to"), QStringLiteral("2023-01-20") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFileInfo::exists(db));
    const auto rows = readCsv(out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][1] == QStringLiteral("Google"));
    CHECK(rows[1][4] == QStringLiteral("12000"));
}

TEST_CASE("Bad arguments give one line on stderr, a non-zero exit, and no file")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString out = dir.filePath(QStringLiteral("never.csv"));
    const QList<QStringList> cases {
        { QStringLiteral("--company"), QStringLiteral("Nobody Inc") },
        { QStringLiteral("--kind"), QStringLiteral("firing") },
        { QStringLiteral("--from"), QStringLiteral("2023-02-30") },
        { QStringLiteral("--from"), QStringLiteral("2024"), QStringLiteral("--to"),
            QStringLiteral("2023") },
        { QStringLiteral("--no-such-option") },
    };
    for (const QStringList &extra : cases) {
        INFO(extra.join(QLatin1Char(' ')).toStdString());
        const Run run
            = runApp(QStringList { QStringLiteral("--db"), db, QStringLiteral("--export-csv"), out }
                + extra);
        CHECK(run.exitCode != 0);
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(run.err.startsWith(QStringLiteral("techwinter: ")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("An unwritable export path is an error, not a crash")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    for (const QString &target :
        { dir.filePath(QStringLiteral("no/such/folder/x.csv")), dir.path() }) {
        const Run run
            = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), target });
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("cannot")));
    }
}

TEST_CASE("Help and version work without a display")
{
    const Run help = runApp({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--export-csv")));
    CHECK(help.out.contains(QStringLiteral("--company")));
    const Run version = runApp({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("TechWinter ")));
}

TEST_CASE(
    "Headless chart export renders the filtered chart at the requested size without a display")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString png = dir.filePath(QStringLiteral("google.png"));
    const Run run = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-png"), png,
        QStringLiteral("--size"), QStringLiteral("800x600"), QStringLiteral("--company"),
        QStringLiteral("Google"), QStringLiteral("--bucket"), QStringLiteral("quarter") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(800, 600));
    CHECK(image.text(QStringLiteral("Filter")) == QStringLiteral("Google"));
    CHECK(image.text(QStringLiteral("Bucket")) == QStringLiteral("quarter"));
    CHECK(image.text(QStringLiteral("Title")).contains(QStringLiteral("Google")));

    const QString all = dir.filePath(QStringLiteral("all.png"));
    REQUIRE(runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-png"), all,
                       QStringLiteral("--size"), QStringLiteral("800x600"),
                       QStringLiteral("--bucket"), QStringLiteral("quarter") })
                .exitCode
        == 0);
    CHECK(QImage(all) != image);

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    REQUIRE(
        runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-png"), svg }).exitCode == 0);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("<svg"));
}

TEST_CASE("Headless chart export refuses bad sizes and buckets and writes nothing")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString png = dir.filePath(QStringLiteral("never.png"));
    for (const QStringList &extra :
        QList<QStringList> { { QStringLiteral("--size"), QStringLiteral("big") },
            { QStringLiteral("--size"), QStringLiteral("50x50") },
            { QStringLiteral("--bucket"), QStringLiteral("week") },
            { QStringLiteral("--scale"), QStringLiteral("3") } }) {
        const Run run
            = runApp(QStringList { QStringLiteral("--db"), db, QStringLiteral("--export-png"), png }
                + extra);
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(QStringLiteral("techwinter: --")));
        CHECK_FALSE(QFileInfo::exists(png));
    }
}

TEST_CASE("Import on the command line: a summary per file, all or nothing, and nothing twice")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("mine.sqlite"));
    const QString events = test::fixture(QStringLiteral("import_events.json"));
    const Run first = runApp({ QStringLiteral("--db"), db, QStringLiteral("--empty"),
        QStringLiteral("--import"), events });
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith(QStringLiteral(
        "import_events.json: 6 rows read, 3 imported, 0 duplicates skipped, 3 rejected\n")));

    // The same file again adds nothing; an export shows only what was imported (no bundled data).
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const Run again = runApp({ QStringLiteral("--db"), db, QStringLiteral("--import"), events,
        QStringLiteral("--export-csv"), csv });
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.startsWith(QStringLiteral(
        "import_events.json: 6 rows read, 0 imported, 3 duplicates skipped, 3 rejected\n")));
    const auto rows = readCsv(csv);
    CHECK(rows.size() == 1 + 3); // the header and the file's three usable events

    // A file that cannot be used at all: non-zero exit, named with its line, database unchanged.
    const Run bad = runApp({ QStringLiteral("--db"), db, QStringLiteral("--import"),
        test::fixture(QStringLiteral("bad_truncated_quote.csv")), QStringLiteral("--export-csv"),
        dir.filePath(QStringLiteral("after.csv")) });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("bad_truncated_quote.csv:")));
    CHECK(readCsv(dir.filePath(QStringLiteral("after.csv"))) == rows);
}

TEST_CASE("JSON export writes the filtered events and reads back")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString json = dir.filePath(QStringLiteral("ms.json"));
    const Run run = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-json"), json,
        QStringLiteral("--company"), QStringLiteral("Microsoft") });
    REQUIRE(run.exitCode == 0);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.trimmed().startsWith('['));
    CHECK(
        bytes.count("\"company\": \"Microsoft\"") + bytes.count("\"company\":\"Microsoft\"") == 4);

    // Round trip: the JSON imports into an empty database as the same four events.
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("copy.csv"));
    REQUIRE(runApp({ QStringLiteral("--db"), copy, QStringLiteral("--empty"),
                       QStringLiteral("--import"), json, QStringLiteral("--export-csv"), csv })
                .exitCode
        == 0);
    CHECK(readCsv(csv).size() == 5);
}

TEST_CASE("The command line updates the bundled dataset and says what it did")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    const Run current
        = runApp({ QStringLiteral("--db"), fresh, QStringLiteral("--update-dataset") });
    CHECK(current.exitCode == 0);
    CHECK(current.out.trimmed()
        == QStringLiteral("techwinter: the bundled dataset is up to date (version 2)"));

    const QString own = dir.filePath(QStringLiteral("own.sqlite"));
    const Run empty = runApp({ QStringLiteral("--db"), own, QStringLiteral("--empty"),
        QStringLiteral("--update-dataset") });
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.trimmed()
        == QStringLiteral(
            "techwinter: this database was not made from the bundled dataset: nothing to update"));
}

TEST_CASE("Under a Korean locale, or with --lang ko, help and messages are in Korean")
{
    const QString korean = QStringLiteral("ko_KR.UTF-8");
    const Run help = runApp({ QStringLiteral("--help") }, korean);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("필터를 거친 사건을")));
    CHECK(help.out.contains(QStringLiteral("--export-csv")));
    CHECK(help.out.startsWith(QStringLiteral("사용 방법: techwinter [옵션]")));

    const Run english = runApp(
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") }, korean);
    CHECK(english.out.contains(QStringLiteral("Write the filtered events as CSV")));

    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString out = dir.filePath(QStringLiteral("events.csv"));
    const Run bad = runApp({ QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--db"),
        db, QStringLiteral("--export-csv"), out, QStringLiteral("--kind"),
        QStringLiteral("firing") });
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.startsWith(
        QStringLiteral("techwinter: --kind: 알 수 없는 사건 유형입니다: 'firing'")));
    CHECK_FALSE(QFileInfo::exists(out));

    const Run unknown = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), out,
                                   QStringLiteral("--company"), QStringLiteral("Nobody Inc") },
        korean);
    CHECK(unknown.err.contains(QStringLiteral("이 데이터베이스에 없는 기업 이름이나 별칭입니다")));

    const Run written
        = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), out }, korean);
    CHECK(written.exitCode == 0);
    CHECK(written.err.contains(QStringLiteral("건을 %1에 썼습니다").arg(out)));
    const Run inEnglish
        = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), out });
    CHECK(inEnglish.err.contains(QStringLiteral(" events to %1").arg(out)));

    const Run french
        = runApp({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help") });
    CHECK(french.exitCode == 2);
    CHECK(french.err.contains(QStringLiteral("--lang: 'fr' is not ko or en")));
}

TEST_CASE("A saved view exports the same files as the same filter given on the command line")
{
    QDir(configHome()).removeRecursively();
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QStringList filter { QStringLiteral("--company"), QStringLiteral("Google"),
        QStringLiteral("--kind"), QStringLiteral("layoff"), QStringLiteral("--from"),
        QStringLiteral("2023-01"), QStringLiteral("--bucket"), QStringLiteral("quarter") };
    const Run saved = runApp(
        QStringList { QStringLiteral("--save-view"), QStringLiteral("Google cuts") } + filter);
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.err.contains(QStringLiteral("saved the view 'Google cuts'")));
    REQUIRE(runApp({ QStringLiteral("--save-view"), QStringLiteral("Recent"),
                       QStringLiteral("--range"), QStringLiteral("last-12-months") })
                .exitCode
        == 0);
    const Run list = runApp({ QStringLiteral("--list-views") });
    CHECK(list.out == QStringLiteral("Google cuts\nRecent (last 12 months)\n"));

    const auto exportBoth = [&](const QString &option, const QString &suffix) {
        const QString byView = dir.filePath(QStringLiteral("view.") + suffix);
        const QString byFilter = dir.filePath(QStringLiteral("filter.") + suffix);
        REQUIRE(runApp({ QStringLiteral("--db"), db, QStringLiteral("--view"),
                           QStringLiteral("google CUTS"), option, byView })
                    .exitCode
            == 0);
        REQUIRE(
            runApp(QStringList { QStringLiteral("--db"), db, option, byFilter } + filter).exitCode
            == 0);
        return std::pair { byView, byFilter };
    };
    const auto [csvView, csvFilter]
        = exportBoth(QStringLiteral("--export-csv"), QStringLiteral("csv"));
    QFile a(csvView), b(csvFilter);
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    const QByteArray csv = a.readAll();
    CHECK(csv == b.readAll());
    CHECK(csv.count('\n') == 2); // the header and Google's 2023 layoff of the sample
    const auto [pngView, pngFilter]
        = exportBoth(QStringLiteral("--export-png"), QStringLiteral("png"));
    const QImage viewImage(pngView), filterImage(pngFilter);
    REQUIRE_FALSE(viewImage.isNull());
    CHECK(viewImage == filterImage);
    CHECK(viewImage.text(QStringLiteral("Filter")) == filterImage.text(QStringLiteral("Filter")));

    const Run missing
        = runApp({ QStringLiteral("--db"), db, QStringLiteral("--view"), QStringLiteral("Nope"),
            QStringLiteral("--export-csv"), dir.filePath(QStringLiteral("x.csv")) });
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("no saved view named 'Nope'")));
    const Run both = runApp({ QStringLiteral("--view"), QStringLiteral("Recent"),
        QStringLiteral("--company"), QStringLiteral("Google"), QStringLiteral("--export-csv"),
        dir.filePath(QStringLiteral("x.csv")) });
    CHECK(both.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));
    QDir(configHome()).removeRecursively();
}

namespace {

// A TechWinter CSV of `rows` distinct layoffs, big enough that an import takes a while.
QString writeManyEvents(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray text = "date,company,kind,title,headcount\n";
    text.reserve(rows * 40);
    for (int i = 0; i < rows; ++i) {
        text += QDate(2010, 1, 1).addDays(i % 5000).toString(Qt::ISODate).toLatin1() + ",Firm"
            + QByteArray::number(i / 5000) + ",layoff,," + QByteArray::number(i % 997 + 1) + '\n';
    }
    file.write(text);
    return path;
}

} // namespace

TEST_CASE("A command-line import shows its progress on a terminal only, and Ctrl+C cancels it")
{
    QTemporaryDir dir;
    const QString csv = writeManyEvents(dir, 20000);
    const QString db = dir.filePath(QStringLiteral("progress.sqlite"));
    // Through `script`, stderr is a terminal, as in a user's shell.
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DISPLAY"));
    shell.setProcessEnvironment(env);
    const QString command = QStringLiteral("'%1' --db '%2' --empty --import '%3'")
                                .arg(QStringLiteral(TECHWINTER_EXECUTABLE), db, csv);
    shell.start(QStringLiteral("script"),
        { QStringLiteral("-qec"), command, dir.filePath(QStringLiteral("typescript")) });
    REQUIRE(shell.waitForFinished(60000));
    const QString seen = QString::fromUtf8(shell.readAllStandardOutput());
    CHECK(shell.exitCode() == 0);
    CHECK(seen.contains(QStringLiteral("many.csv: reading rows")));
    CHECK(seen.contains(QStringLiteral("many.csv: storing 100% (Ctrl+C cancels)")));
    CHECK(seen.contains(QStringLiteral("\r\x1b[Kmany.csv: 20000 rows read, 20000 imported")));

    // Into a pipe: the summary only.
    const QString again = dir.filePath(QStringLiteral("quiet.sqlite"));
    const Run quiet = runApp({ QStringLiteral("--db"), again, QStringLiteral("--empty"),
        QStringLiteral("--import"), csv });
    CHECK(quiet.exitCode == 0);
    CHECK_FALSE(quiet.err.contains(QLatin1Char('%')));
    CHECK_FALSE(quiet.out.contains(QLatin1Char('\r')));

    // Ctrl+C in the middle of a long import: exit 130, nothing stored.
    const QString big = writeManyEvents(dir, 600000);
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.sqlite"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TECHWINTER_EXECUTABLE),
        { QStringLiteral("--db"), cancelled, QStringLiteral("--empty"), QStringLiteral("--import"),
            big });
    REQUIRE(app.waitForStarted());
    QThread::msleep(400);
    REQUIRE(app.state() == QProcess::Running); // 600k rows take seconds, not 0.4 s
    ::kill(pid_t(app.processId()), SIGINT);
    REQUIRE(app.waitForFinished(60000));
    CHECK(app.exitCode() == 130);
    CHECK(QString::fromUtf8(app.readAllStandardError())
              .contains(QStringLiteral("import of many.csv cancelled; the database is as it was")));
    auto storage = SqliteStorage::open(cancelled);
    REQUIRE(storage.ok());
    auto events = storage.value()->loadEvents();
    REQUIRE(events.ok());
    CHECK(events->empty());
}
