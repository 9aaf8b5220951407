// Issue 17: a file read in pieces (ImportStream, ImportPipeline) gives exactly what a whole parse
// gives: the same events, problems, warnings and counts, and the same refusals, whatever the
// blocks' and pieces' boundaries cut (a CRLF, a doubled quote, a UTF-8 sequence).

#include "CsvRecordParser.h"
#include "ImportPipeline.h"
#include "ImportStream.h"
#include "tst_import_support.h"

#include <QDirIterator>

#include <atomic>

using namespace techwinter;
using namespace techwinter::test;

namespace {

// Everything a parse produced that a store would use, as text.
QString describe(const ParsedImport &p)
{
    QString out = QStringLiteral("%1 %2 read %3 rejected %4 empty %5\n")
                      .arg(p.encoding, importFormatName(p.mapping.format))
                      .arg(p.rowsRead)
                      .arg(p.rejected)
                      .arg(p.emptyRows);
    for (const ImportedEvent &e : p.events) {
        out += QStringLiteral("%1: %2\n")
                   .arg(e.line)
                   .arg(QString::fromUtf8(EventCsv::write({ e.event })));
        for (const EventAttribute &a : e.attributes)
            out += QStringLiteral("  %1=%2\n").arg(a.name, a.value);
    }
    for (const ContextPoint &c : p.contextPoints)
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(c.series, c.entity, c.date.toString(Qt::ISODate))
                   .arg(c.value);
    for (const ImportProblem &problem : p.problems)
        out += QStringLiteral("problem ") + problem.toString(p.sourceName) + u'\n';
    for (const ImportProblem &warning : p.warnings)
        out += QStringLiteral("warning ") + warning.toString(p.sourceName) + u'\n';
    return out;
}

// The whole stream gathered back into one ParsedImport, or its error.
Result<ParsedImport> gather(Result<std::unique_ptr<ImportStream>> opened)
{
    if (!opened)
        return opened.error();
    ImportStream &stream = *opened.value();
    ParsedImport all = stream.description();
    ImportStream::Rows rows;
    while (true) {
        auto more = stream.read(rows);
        if (!more)
            return more.error();
        if (!*more)
            break;
        all.events.insert(all.events.end(), rows.events.begin(), rows.events.end());
        all.contextPoints.insert(
            all.contextPoints.end(), rows.contextPoints.begin(), rows.contextPoints.end());
    }
    const ParsedImport &totals = stream.totals();
    all.rowsRead = totals.rowsRead;
    all.rejected = totals.rejected;
    all.emptyRows = totals.emptyRows;
    all.problems = totals.problems;
    all.warnings = totals.warnings;
    return all;
}

QString outcome(const Result<ParsedImport> &parsed)
{
    return parsed ? describe(*parsed) : QStringLiteral("error ") + parsed.error().toString();
}

} // namespace

TEST_CASE("Every fixture read in tiny blocks and pieces gives what a whole parse gives")
{
    // Blocks of 1 to 17 bytes cut every CRLF, quote pair and UTF-8 sequence somewhere.
    QDirIterator files(QStringLiteral(TECHWINTER_FIXTURES),
        { QStringLiteral("*.csv"), QStringLiteral("*.json"), QStringLiteral("*.png"),
            QStringLiteral("*.xlsx") });
    int compared = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        INFO(path.toStdString());
        const QString whole = outcome(Importer::parseFile(path));
        for (const qint64 block : { 1, 2, 3, 7, 17, 4096 }) {
            INFO("block " << block);
            const ImportStream::Options options {
                .pieceRows = 3, .blockBytes = block, .streamFrom = 0
            };
            CHECK(outcome(gather(ImportStream::open(path, {}, options))) == whole);
        }
        ++compared;
    }
    CHECK(compared >= 15);
}

TEST_CASE("A table the preview read is mapped in pieces as a whole parse maps it")
{
    auto table = SourceReader::readFile(fixture(QStringLiteral("import_layoffs_quirks.csv")));
    REQUIRE(table);
    auto mapping = FormatDetector::detect(*table);
    REQUIRE(mapping);
    const QString whole = outcome(Importer::parse(*table, *mapping));
    CHECK(outcome(gather(ImportStream::open(*table, *mapping, { .pieceRows = 2 }))) == whole);
}

TEST_CASE("The CSV parser fed one character at a time splits records as the whole text")
{
    const QString text = QStringLiteral("a,\"b\"\"c\r\nd\",e\r\n\r\nf,g\rh,\"\"\n\"x\"y,z\"\r");
    auto whole = CsvReader::parse(text, QStringLiteral("t.csv"));
    REQUIRE(whole);
    CsvRecordParser parser(QStringLiteral("t.csv"));
    std::vector<CsvRecord> pieces;
    for (qsizetype i = 0; i < text.size(); ++i)
        parser.feed(QStringView(text).sliced(i, 1), pieces);
    REQUIRE(parser.finish(pieces));
    REQUIRE(pieces.size() == whole->size());
    for (size_t i = 0; i < pieces.size(); ++i) {
        CHECK(pieces[i].fields == (*whole)[i].fields);
        CHECK(pieces[i].line == (*whole)[i].line);
    }
    CsvRecordParser open(QStringLiteral("t.csv"));
    std::vector<CsvRecord> ignored;
    open.feed(u"a,\"never closed", ignored);
    const auto refused = open.finish(ignored);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("never closed")));
}

TEST_CASE("The pipeline hands every piece over in order and stops its reader when cancelled")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("date,company,kind,headcount\n");
        for (int i = 0; i < 5000; ++i)
            file.write(QStringLiteral("2023-%1-01,Company%2,layoff,%3\n")
                           .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                           .arg(i % 40)
                           .arg(i + 1)
                           .toUtf8());
    }
    const ImportStream::Options small { .pieceRows = 100, .blockBytes = 1000, .streamFrom = 0 };
    {
        auto stream = ImportStream::open(path, {}, small);
        REQUIRE(stream);
        ImportPipeline pipeline(std::move(stream).value());
        qint64 line = 1, rows = 0;
        while (true) {
            auto piece = pipeline.next();
            REQUIRE(piece);
            if (!*piece)
                break;
            for (const ImportedEvent &e : (*piece)->events) {
                CHECK(e.line == ++line);
                ++rows;
            }
            CHECK((*piece)->done <= (*piece)->total);
        }
        CHECK(rows == 5000);
        CHECK(pipeline.totals().rowsRead == 5000);
    }
    std::atomic_bool cancel { false };
    ImportControl control;
    control.cancel = &cancel;
    auto stream = ImportStream::open(path, control, small);
    REQUIRE(stream);
    ImportPipeline pipeline(std::move(stream).value(), control);
    REQUIRE(pipeline.next());
    cancel = true;
    Result<std::optional<ImportPiece>> piece = std::optional<ImportPiece>();
    do
        piece = pipeline.next();
    while (piece && *piece);
    REQUIRE_FALSE(piece);
    CHECK(piece.error().message.contains(QStringLiteral("cancelled")));
}
