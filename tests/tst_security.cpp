// Security: user text never becomes SQL, exported CSV cannot run formulas, paths never reach a
// shell, and exported SVG escapes what it draws.
#include "CsvReader.h"
#include "EventColumns.h"
#include "tst_fault_support.h"

#include <QDirIterator>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <iterator>
#include <numeric>

using namespace techwinter;
using namespace techwinter::faults;

namespace {

std::vector<QStringList> readCsv(const QString &path)
{
    auto records = CsvReader::parse(CsvReader::decode(fileBytes(path)), path);
    REQUIRE(records.ok());
    std::vector<QStringList> rows;
    for (const CsvRecord &r : records.value())
        rows.push_back(r.fields);
    return rows;
}

const QString header
    = QStringLiteral("date,company,kind,title,headcount,amount_usd,counterparty,source_url\n");

/// Imports `csv` into a new empty database through the CLI and exports it again as CSV.
std::vector<QStringList> roundTrip(
    const QTemporaryDir &dir, const QString &name, const QString &csv, QStringList extra = {})
{
    const QString input = dir.filePath(name + QStringLiteral(".csv"));
    const QString db = dir.filePath(name + QStringLiteral(".sqlite"));
    const QString out = dir.filePath(name + QStringLiteral("-out.csv"));
    writeFile(input, csv.toUtf8());
    const Run run
        = runApp(QStringList { QStringLiteral("--db"), db, QStringLiteral("--empty"),
                     QStringLiteral("--import"), input, QStringLiteral("--export-csv"), out }
                + extra,
            dir.path());
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return readCsv(out);
}

} // namespace

TEST_CASE("Names that look like SQL are stored and exported as plain text")
{
    QTemporaryDir dir;
    const QString csv = header
        + QStringLiteral(
            "2023-01-05,\"'); DROP TABLE events;--\",layoff,\"Robert'); DROP TABLE "
            "companies;--\",100,,\"\"\"Robert\"\"\",https://example.com/a\n"
            "2023-01-06,\"\"\"Robert\"\"\",layoff,x' OR '1'='1,200,,\"Bobby \"\"Tables\"\"\","
            "https://example.com/b\n"
            "2023-01-07,\"Robert\"\"); DELETE FROM events; --\",ai_investment,"
            "\"; ATTACH DATABASE 'x.db' AS x;--\",,1000000,,https://example.com/c\n");
    const auto rows = roundTrip(dir, QStringLiteral("names"), csv);
    REQUIRE(rows.size() == 4);
    CHECK(rows[1][1] == QStringLiteral("'); DROP TABLE events;--"));
    CHECK(rows[1][3] == QStringLiteral("Robert'); DROP TABLE companies;--"));
    CHECK(rows[1][6] == QStringLiteral("\"Robert\""));
    CHECK(rows[2][1] == QStringLiteral("\"Robert\""));
    CHECK(rows[2][3] == QStringLiteral("x' OR '1'='1"));
    CHECK(rows[2][6] == QStringLiteral("Bobby \"Tables\""));
    CHECK(rows[3][1] == QStringLiteral("Robert\"); DELETE FROM events; --"));
    CHECK(rows[3][3] == QStringLiteral("; ATTACH DATABASE 'x.db' AS x;--"));

    // Every table is still there, and nothing was attached or deleted.
    const RawState state = inspect(dir.filePath(QStringLiteral("names.sqlite")));
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.events == 3);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.db"))));

    // The names work as filters too.
    const QString filtered = dir.filePath(QStringLiteral("filtered.csv"));
    const Run run = runApp({ QStringLiteral("--db"), dir.filePath(QStringLiteral("names.sqlite")),
                               QStringLiteral("--company"), QStringLiteral("\"Robert\""),
                               QStringLiteral("--export-csv"), filtered },
        dir.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto only = readCsv(filtered);
    REQUIRE(only.size() == 2);
    CHECK(only[1][1] == QStringLiteral("\"Robert\""));
}

TEST_CASE("CSV export neutralises cells a spreadsheet would run as formulas, and reads them back")
{
    QTemporaryDir dir;
    const QString csv = header
        + QStringLiteral(
            "2023-01-05,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",layoff,+1+1,"
            "100,,-2,@SUM(A1)\n"
            "2023-01-06,@Evil Corp,layoff,=1+1,200,,+cmd,https://example.com/b\n");
    const auto rows = roundTrip(dir, QStringLiteral("formulas"), csv);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1][1] == QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")"));
    CHECK(rows[1][3] == QStringLiteral("'+1+1"));
    CHECK(rows[1][6] == QStringLiteral("'-2"));
    CHECK(rows[1][7] == QStringLiteral("'@SUM(A1)"));
    CHECK(rows[2][1] == QStringLiteral("'@Evil Corp"));
    CHECK(rows[2][3] == QStringLiteral("'=1+1"));
    CHECK(rows[2][6] == QStringLiteral("'+cmd"));
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            INFO(cell.toStdString());
            CHECK_FALSE((cell.startsWith(QLatin1Char('=')) || cell.startsWith(QLatin1Char('+'))
                || cell.startsWith(QLatin1Char('@'))));
        }
    }

    // The export imports back as the original text, without the apostrophes.
    const auto again = roundTrip(dir, QStringLiteral("formulas-again"),
        QString::fromUtf8(fileBytes(dir.filePath(QStringLiteral("formulas-out.csv")))));
    CHECK(again == rows);
}

TEST_CASE("File names from the command line are used as given, never by a shell")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("it's a \"folder\" & $(more)"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = QDir(folder).filePath(QStringLiteral("db; touch pwned-db.sqlite"));
    const QString out
        = QDir(folder).filePath(QStringLiteral("$(touch pwned) `touch pwned2` | x > y.csv"));
    const QString chart = QDir(folder).filePath(QStringLiteral("chart;rm -rf ~;*.svg"));
    const Run run = runApp({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), out,
                               QStringLiteral("--export-png"), chart },
        dir.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFileInfo(db).isFile());
    CHECK(readCsv(out).size() == 1 + 518); // the header and the bundled dataset
    CHECK(fileBytes(chart).contains("<svg"));
    QStringList everything;
    QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        everything << QDir(dir.path()).relativeFilePath(it.next());
    INFO(everything.join(QLatin1Char('\n')).toStdString());
    CHECK(everything.filter(QStringLiteral("pwned"))
              .filter(QRegularExpression(QStringLiteral("^pwned")))
              .isEmpty());
    for (const QString &path : everything)
        CHECK_FALSE(QFileInfo(path).fileName().startsWith(QStringLiteral("pwned")));
    CHECK(everything.size() <= 6); // the folder, the database (+ -wal/-shm), the two exports
}

TEST_CASE("Exported SVG and PNG carry company names with markup characters intact and escaped")
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("<b>Tom & \"Jerry's\"</b> <&>");
    const QString csv = header
        + QStringLiteral("2023-01-05,\"<b>Tom & \"\"Jerry's\"\"</b> <&>\",layoff,Fired <all> & "
                         "more,100,,,https://example.com/a?x=1&y=2\n"
                         "2023-02-05,Other,ai_investment,AI,,5000000,,https://example.com/b\n");
    roundTrip(dir, QStringLiteral("markup"), csv);
    const QString db = dir.filePath(QStringLiteral("markup.sqlite"));

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const Run run = runApp({ QStringLiteral("--db"), db, QStringLiteral("--company"), name,
                               QStringLiteral("--export-png"), svg },
        dir.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray bytes = fileBytes(svg);
    CHECK_FALSE(bytes.contains("<b>Tom"));
    CHECK_FALSE(bytes.contains("<&>"));

    // Well-formed XML whose text, once unescaped, holds the name exactly (escaped once, not
    // twice: "&amp;lt;" would show the user "&lt;").
    QXmlStreamReader xml(bytes);
    QString title;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("title"))
            title = xml.readElementText();
        else if (xml.isCharacters())
            text += xml.text();
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    CHECK(title.contains(name));
    CHECK_FALSE(title.contains(QStringLiteral("&lt;")));
    CHECK_FALSE(text.contains(QStringLiteral("&amp;")));

    REQUIRE(runApp({ QStringLiteral("--db"), db, QStringLiteral("--company"), name,
                       QStringLiteral("--export-png"), png },
                dir.path())
                .exitCode
        == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.text(QStringLiteral("Filter")) == name);
}

TEST_CASE("No SQL statement is assembled from text at run time")
{
    // Every argument of an exec() or prepare() call in the app's sources must be a string literal
    // (QStringLiteral("…"), QLatin1String("…") or "…", adjacent literals joined): values go in
    // through bind values. Anything else (a variable, `+`, `.arg(`) is an offender unless it is
    // one of the reviewed calls below, named by file and argument text, each with why it is safe.
    // A reviewed entry that matches no call fails the test as well, so the list cannot keep
    // exceptions the code no longer has.
    struct Reviewed
    {
        const char *file; ///< relative to the source folder
        const char *argument; ///< as written, whitespace collapsed
        const char *why;
    };
    const Reviewed reviewed[] = {
        { "models/storage/SchemaMigrator.cpp", "statement",
            "one statement of a migration script read from the compiled resources "
            "(:/migrations), cut by splitStatements()" },
        { "models/storage/SchemaMigrator.cpp",
            R"(QStringLiteral("PRAGMA busy_timeout = %1").arg(migrationBusyTimeoutMs))",
            "a constexpr int; PRAGMA takes no bound values" },
        { "models/storage/SchemaMigrator.cpp",
            R"(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout))",
            "an int read back from PRAGMA busy_timeout; PRAGMA takes no bound values" },
        { "models/storage/SchemaMigrator.cpp",
            R"(QStringLiteral("PRAGMA user_version = %1").arg(v))",
            "the int number of the migration just run; PRAGMA takes no bound values" },
        { "models/storage/SqlSupport.h",
            R"(QStringLiteral("PRAGMA busy_timeout = %1").arg(writerBusyTimeoutMs))",
            "a constexpr int; PRAGMA takes no bound values" },
        { "models/storage/SqlSupport.h",
            R"(QStringLiteral("PRAGMA busy_timeout = %1").arg(readerBusyTimeoutMs))",
            "a constexpr int; PRAGMA takes no bound values" },
        { "models/storage/SqlSupport.h", R"(QStringLiteral("PRAGMA cache_size = -%1").arg(kib))",
            "an int, one of LargerCache's two constexpr sizes; PRAGMA takes no bound values" },
        { "models/storage/SqliteStorage.cpp", "QString::fromLatin1(pragma)",
            "`pragma` runs over a fixed array of three literal PRAGMA statements" },
        { "models/storage/SqliteStorage.cpp", "QString::fromLatin1(sql)",
            "`sql` runs over a fixed array of literal DELETE and UPDATE statements (undoImport); "
            "the batch id is bound" },
        { "models/storage/ImportWriter.cpp", "m_sumsTrigger",
            "the CREATE TRIGGER text of event_month_sums_insert (migration 004) as SQLite keeps "
            "it, "
            "read from sqlite_schema in the import's transaction just before it drops the "
            "trigger, run again to restore it; no text from the imported file" },
        { "models/storage/ImportWriter.cpp", "m_companyDateIndex",
            "the CREATE INDEX text of events_company_date as SQLite keeps it, read from "
            "sqlite_schema in the import's transaction just before it drops the index, run again "
            "to restore it; no text from the imported file" },
        { "models/storage/BundledDatasetWriter.cpp", "e, companyId, batch, qint64(i + 1)",
            "EventInsert::exec (SqlSupport.cpp), not QSqlQuery's: binds these values to the two "
            "INSERT statements EventInsert prepares from literals" },
        { "models/storage/ImportWriter.cpp", "imported.event, companyId, m_batch, imported.line",
            "EventInsert::exec (SqlSupport.cpp), not QSqlQuery's: binds these values to the two "
            "INSERT statements EventInsert prepares from literals" },
    };
    const QRegularExpression literal(QStringLiteral(R"("(?:[^"\\]|\\.)*")"));
    const QRegularExpression call(QStringLiteral(R"((?:\.|->)(exec|prepare)\()"));
    // With every literal replaced by "": one or more literals, bare or in QStringLiteral() or
    // QLatin1String().
    const QRegularExpression onlyLiterals(
        QStringLiteral(R"(^(?:(?:"" ?)+|(?:QStringLiteral|QLatin1String) ?\( ?(?:"" ?)+\))$)"));
    const QDir sourceDir(QStringLiteral(TECHWINTER_SOURCE_DIR));
    std::vector<int> seen(std::size(reviewed), 0);
    int calls = 0, literalCalls = 0;
    QStringList offenders;
    for (const char *folder : { "models", "app", "ui" }) {
        QDirIterator it(sourceDir.filePath(QString::fromLatin1(folder)),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString file = sourceDir.relativeFilePath(path);
            const QString source = QString::fromUtf8(fileBytes(path));
            if (!source.contains(QStringLiteral("QSql")))
                continue;
            for (auto m = call.globalMatch(source); m.hasNext();) {
                const auto match = m.next();
                // The argument up to the matching parenthesis, as written and with each literal
                // replaced by "" (literals are skipped whole: they may hold parentheses).
                qsizetype i = match.capturedEnd(), depth = 1;
                QString skeleton;
                while (i < source.size() && depth > 0) {
                    const auto lit = literal.match(source, i, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
                    if (lit.hasMatch()) {
                        skeleton += QStringLiteral("\"\"");
                        i = lit.capturedEnd();
                        continue;
                    }
                    const QChar c = source[i++];
                    depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
                    if (depth > 0)
                        skeleton += c;
                }
                skeleton = skeleton.simplified();
                if (skeleton.isEmpty())
                    continue; // exec() of a prepared query (or of a dialog)
                ++calls;
                if (onlyLiterals.match(skeleton).hasMatch()) {
                    ++literalCalls;
                    continue;
                }
                const QString argument
                    = source.mid(match.capturedEnd(), i - 1 - match.capturedEnd()).simplified();
                // A statement built from the event field table (EventColumns.h) is a compile-time
                // constant: `name.toString()` of a `constexpr SqlText name` of the same file, whose
                // appends are consteval and so take constant text only.
                static const QRegularExpression built(QStringLiteral(R"(^(\w+)\.toString\(\)$)"));
                if (const auto b = built.match(argument); b.hasMatch()
                    && source.contains(
                        QRegularExpression(QStringLiteral(R"(constexpr\s+SqlText\s+)")
                            + b.captured(1) + QStringLiteral(R"(\b)")))) {
                    ++literalCalls;
                    continue;
                }
                bool known = false;
                for (size_t r = 0; r < std::size(reviewed); ++r) {
                    if (file == QString::fromLatin1(reviewed[r].file)
                        && argument == QString::fromLatin1(reviewed[r].argument)) {
                        ++seen[r];
                        known = true;
                    }
                }
                if (!known) {
                    const qint64 line
                        = source.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
                    offenders << QStringLiteral("%1:%2: %3(%4)")
                                     .arg(file)
                                     .arg(line)
                                     .arg(match.captured(1), argument);
                }
            }
        }
    }
    QStringList unused;
    for (size_t r = 0; r < std::size(reviewed); ++r) {
        if (seen[r] == 0)
            unused << QStringLiteral("%1: %2").arg(
                QString::fromLatin1(reviewed[r].file), QString::fromLatin1(reviewed[r].argument));
    }
    {
        INFO("not literals and not reviewed:\n" << offenders.join(QLatin1Char('\n')).toStdString());
        CHECK(offenders.isEmpty());
    }
    {
        INFO("reviewed, but no such call any more:\n"
            << unused.join(QLatin1Char('\n')).toStdString());
        CHECK(unused.isEmpty());
    }
    // The scan found the statements at all: the storage code has dozens of literal ones.
    CHECK(literalCalls > 30);
    // No call counted twice (two reviewed entries for one call).
    CHECK(calls == literalCalls + offenders.size() + std::accumulate(seen.begin(), seen.end(), 0));
}

TEST_CASE("The SQL built from the event field table is the statement intended")
{
    // Compile-time text (sql::SqlText): these pin what the field table produces, so a change to
    // the table that alters a statement is seen here.
    CHECK(sql::eventInsert(false).view()
        == "INSERT INTO events (date, date_precision, company_id, kind, title, headcount, "
           "amount_usd, counterparty, source_url, workforce_pct, amount, currency, usd_rate, "
           "notes, title_ko, other_sources, batch_id, source_row) "
           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    CHECK(sql::eventInsert(true).view()
        == "INSERT INTO events (date, date_precision, company_id, kind, headcount, amount_usd, "
           "batch_id, source_row) VALUES (?,?,?,?,?,?,?,?)");
    CHECK(sql::eventSelect("ORDER BY e.id").view()
        == "SELECT e.id, e.date, e.date_precision, c.name, e.kind, e.title, e.headcount, "
           "e.amount_usd, e.counterparty, e.source_url, e.workforce_pct, e.amount, e.currency, "
           "e.usd_rate, e.notes, e.title_ko, e.other_sources FROM events e JOIN companies c ON "
           "c.id = e.company_id ORDER BY e.id");
    CHECK(sql::duplicateLookup().view()
        == "SELECT id FROM events WHERE date = ? AND date_precision = ? AND company_id = ? AND "
           "kind = ? AND title = ? AND headcount IS ? AND amount_usd IS ? AND counterparty = ? "
           "AND workforce_pct IS ? AND amount IS ? LIMIT 1");
}
