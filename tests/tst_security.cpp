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
    CHECK(readCsv(out).size() > 100);
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
    // Every QSqlQuery::exec/prepare argument must be a literal (or a statement from the compiled
    // migrations); values go in through bind values. `+` or `.arg(` between literals could let
    // user text into SQL. Exceptions: PRAGMA statements, which take no bound values and are given
    // integers (schema version, timeouts), and the reviewed statements below.
    const QStringList reviewed {
        // EventRepository's monthly sums: one "?" placeholder per company id, every id bound.
        QStringLiteral("sql + QStringLiteral(\"\")"),
    };
    const QRegularExpression literal(QStringLiteral(R"("(?:[^"\\]|\\.)*")"));
    const QRegularExpression call(QStringLiteral(R"(\.(exec|prepare)\()"));
    int calls = 0;
    QStringList offenders;
    for (const char *folder : { "models", "app", "ui" }) {
        QDirIterator it(QStringLiteral(TECHWINTER_SOURCE_DIR "/") + QString::fromLatin1(folder),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString source = QString::fromUtf8(fileBytes(path));
            if (!source.contains(QStringLiteral("QSqlQuery")))
                continue;
            for (auto m = call.globalMatch(source); m.hasNext();) {
                const auto match = m.next();
                // The argument text, up to the matching parenthesis (literals skipped whole).
                qsizetype i = match.capturedEnd(), depth = 1;
                QString argument;
                while (i < source.size() && depth > 0) {
                    const auto lit = literal.match(source, i, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
                    if (lit.hasMatch()) {
                        argument += QStringLiteral("\"\"");
                        i = lit.capturedEnd();
                        continue;
                    }
                    const QChar c = source[i++];
                    depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
                    if (depth > 0)
                        argument += c;
                }
                if (argument.trimmed().isEmpty())
                    continue;
                ++calls;
                const qint64 line = source.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
                const QString literalText
                    = source.mid(match.capturedEnd(), i - match.capturedEnd());
                const bool pragma = literalText.contains(QStringLiteral("\"PRAGMA "));
                // A statement built from the event field table (EventColumns.h) must be a
                // compile-time constant: `name.toString()` of a `constexpr SqlText name` of the
                // same file, whose appends are consteval and so take constant text only.
                const QRegularExpression built(QStringLiteral(R"(^\s*(\w+)\.toString\(\)\s*$)"));
                const auto builtMatch = built.match(argument);
                const bool constantBuilt = builtMatch.hasMatch()
                    && source.contains(
                        QRegularExpression(QStringLiteral(R"(constexpr\s+SqlText\s+)")
                            + builtMatch.captured(1) + QStringLiteral(R"(\b)")));
                if (((argument.contains(QStringLiteral(".arg(")) && !pragma)
                        || argument.contains(QLatin1Char('+'))
                        || (argument.contains(QStringLiteral("toString()")) && !constantBuilt))
                    && !reviewed.contains(argument.simplified()))
                    offenders << QStringLiteral("%1:%2: %3")
                                     .arg(path)
                                     .arg(line)
                                     .arg(argument.simplified());
            }
        }
    }
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(calls > 30);
    CHECK(offenders.isEmpty());
}

TEST_CASE("The SQL built from the event field table is the statement intended")
{
    // Compile-time text (sql::SqlText): these pin what the field table produces, so a change to
    // the table that alters a statement is seen here.
    CHECK(sql::eventInsert(false).view()
        == "INSERT INTO events (date, date_precision, company_id, kind, title, headcount, "
           "amount_usd, counterparty, source_url, workforce_pct, amount, currency, usd_rate, "
           "notes, batch_id, source_row) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    CHECK(sql::eventInsert(true).view()
        == "INSERT INTO events (date, date_precision, company_id, kind, headcount, amount_usd, "
           "batch_id, source_row) VALUES (?,?,?,?,?,?,?,?)");
    CHECK(sql::eventSelect("ORDER BY e.id").view()
        == "SELECT e.id, e.date, e.date_precision, c.name, e.kind, e.title, e.headcount, "
           "e.amount_usd, e.counterparty, e.source_url, e.workforce_pct, e.amount, e.currency, "
           "e.usd_rate, e.notes FROM events e JOIN companies c ON c.id = e.company_id "
           "ORDER BY e.id");
    CHECK(sql::duplicateLookup().view()
        == "SELECT 1 FROM events WHERE date = ? AND date_precision = ? AND company_id = ? AND "
           "kind = ? AND title = ? AND headcount IS ? AND amount_usd IS ? AND counterparty = ? "
           "AND workforce_pct IS ? AND amount IS ? LIMIT 1");
}
