#include "FuzzTargets.h"

#include "CellText.h"
#include "CsvReader.h"
#include "CsvRecordParser.h"
#include "EventCsv.h"
#include "EventJson.h"
#include "EventStore.h"
#include "FieldParsers.h"
#include "FilterArguments.h"
#include "FormatDetector.h"
#include "Importer.h"
#include "JsonTable.h"
#include "SourceReader.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cmath>

namespace techwinter::fuzz {

namespace {

// Not Q_ASSERT: these checks must hold in every build type, the fuzz build included.
void check(bool condition, const char *what, const QString &detail = {})
{
    if (condition)
        return;
    std::string message(what);
    if (!detail.isEmpty())
        message += ": " + detail.toStdString();
    throw BrokenInvariant(message);
}

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    // A copy, not fromRawData: ASan then sees reads past the input's real end.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString quoted(const QString &field)
{
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// The same text fed in pieces (a big import reads its file block by block) splits into the
// same records, or fails the same way.
void checkCsvInPieces(
    const QString &text, QChar delimiter, const Result<std::vector<CsvRecord>> &whole)
{
    CsvRecordParser parser(QStringLiteral("fuzz.csv"), delimiter);
    std::vector<CsvRecord> records;
    const qsizetype step = 1 + text.size() / 7;
    for (qsizetype at = 0; at < text.size(); at += step)
        parser.feed(QStringView(text).sliced(at, std::min(step, text.size() - at)), records);
    const auto finished = parser.finish(records);
    check(finished.ok() == whole.ok(), "the text in pieces fails where the whole does not");
    if (!whole) {
        check(finished.error().line == whole.error().line, "the text in pieces fails elsewhere");
        return;
    }
    check(records.size() == whole->size(), "the text in pieces has another record count");
    for (size_t i = 0; i < records.size(); ++i) {
        check(records[i].fields == (*whole)[i].fields && records[i].line == (*whole)[i].line,
            "a record of the text in pieces reads differently",
            (*whole)[i].fields.join(QLatin1Char('|')));
    }
}

void checkCsvParse(const QString &text, QChar delimiter)
{
    const auto parsed = CsvReader::parse(text, QStringLiteral("fuzz.csv"), delimiter);
    checkCsvInPieces(text, delimiter, parsed);
    if (!parsed) {
        check(parsed.error().line >= 1, "an error without a line", parsed.error().toString());
        check(!parsed.error().message.isEmpty(), "an error without a message");
        return;
    }
    // Every field written quoted must read back as the same field, with the same record breaks.
    QString rewritten;
    qint64 previousLine = 0;
    for (const CsvRecord &record : *parsed) {
        check(!record.fields.isEmpty(), "a record without fields");
        check(
            record.line > previousLine, "record lines do not ascend", QString::number(record.line));
        previousLine = record.line;
        QStringList cells;
        for (const QString &field : record.fields)
            cells << quoted(field);
        rewritten += cells.join(delimiter) + QLatin1Char('\n');
    }
    const auto again = CsvReader::parse(rewritten, QStringLiteral("again.csv"), delimiter);
    check(again.ok(), "re-quoted records do not parse", again ? QString() : again.error().message);
    check(again->size() == parsed->size(), "re-quoted records parse to another record count");
    for (size_t i = 0; i < parsed->size(); ++i) {
        check((*again)[i].fields == (*parsed)[i].fields, "a re-quoted record reads differently",
            (*parsed)[i].fields.join(QLatin1Char('|')));
    }
}

void checkDate(const QString &cell)
{
    const auto date = FieldParsers::parseDate(cell);
    if (FieldParsers::isNullToken(cell))
        check(date.ok() && !date.value(), "a null token is not an unknown date", cell);
    if (!date) {
        check(!date.error().message.isEmpty(), "a date error without a message");
        return;
    }
    if (!date.value())
        return;
    const ParsedDate parsed = *date.value();
    check(parsed.date.isValid() && parsed.date.year() >= 1 && parsed.date.year() <= 9999,
        "parseDate returned a date outside 1..9999", cell);
    if (parsed.precision != DatePrecision::Day)
        check(parsed.date.day() == 1, "a month or year date is not on the 1st", cell);
    if (parsed.precision == DatePrecision::Year)
        check(parsed.date.month() == 1, "a year date is not in January", cell);
    // What an export writes for the date must read back as the same date and precision.
    Event event;
    event.date = parsed.date;
    event.precision = parsed.precision;
    const auto again = FieldParsers::parseDate(event.dateText());
    check(again.ok() && again.value() && again.value()->date == parsed.date
            && again.value()->precision == parsed.precision,
        "a date does not survive its own date text",
        cell + QLatin1String(" -> ") + event.dateText());
}

void checkNumber(const QString &cell)
{
    const auto number = FieldParsers::parseNumber(cell);
    const auto count = FieldParsers::parseCount(cell);
    if (FieldParsers::isNullToken(cell)) {
        check(number.ok() && !number.value(), "a null token is not an unknown number", cell);
        check(count.ok() && !count.value(), "a null token is not an unknown count", cell);
    }
    if (number && number.value()) {
        const double v = *number.value();
        check(std::isfinite(v), "parseNumber returned a non-finite value", cell);
        // Exports write numbers with formatNumber(); they must read back.
        for (int decimals : { 0, 2, 8 }) {
            const QString written = plainNumber(v, decimals);
            const auto back = FieldParsers::parseNumber(written);
            check(back.ok() && back.value(), "an exported number does not read back", written);
        }
        const bool whole = v >= 0 && v == std::floor(v) && v <= 9.0e15;
        check(count.ok() == whole, "parseCount and parseNumber disagree on a whole number", cell);
    }
    if (count && count.value()) {
        check(*count.value() >= 0, "parseCount returned a negative count", cell);
        check(number.ok() && number.value() && *number.value() == double(*count.value()),
            "parseCount and parseNumber disagree", cell);
    }
}

void checkCell(const QString &cell)
{
    checkDate(cell);
    checkNumber(cell);
    (void)FieldParsers::isSpreadsheetError(cell);
    const QString repaired = FieldParsers::repairMojibake(cell);
    const bool ascii
        = std::all_of(cell.begin(), cell.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        check(repaired == cell, "repairMojibake changed ASCII text", cell);
    (void)FieldParsers::repairMojibake(repaired);
}

// Compares an event as export writes it: text exactly (as UTF-8, since a lone surrogate cannot be
// written at all), numbers to the decimals that export keeps.
void checkSameAsExported(const Event &before, const Event &after, const char *format)
{
    const auto same = [&](bool equal, const char *field, const QString &value) {
        check(equal,
            (std::string(format) + " round trip changes the " + field + " of an event").c_str(),
            value);
    };
    const auto sameText = [&](const QString &a, const QString &b, const char *field) {
        same(a.toUtf8() == b.toUtf8(), field, a + QLatin1String(" -> ") + b);
    };
    const auto sameNumber = [&](const std::optional<double> &a, const std::optional<double> &b,
                                int decimals, const char *field) {
        const QString x = a ? plainNumber(*a, decimals) : QStringLiteral("null");
        const QString y = b ? plainNumber(*b, decimals) : QStringLiteral("null");
        same(x == y, field, x + QLatin1String(" -> ") + y);
    };
    sameText(before.dateText(), after.dateText(), "date");
    sameText(before.company, after.company, "company");
    same(before.kind == after.kind, "kind", eventKindName(before.kind));
    sameText(before.title, after.title, "title");
    same(before.headcount == after.headcount, "headcount",
        before.headcount ? QString::number(*before.headcount) : QString());
    sameNumber(before.amountUsd, after.amountUsd, 2, "amount_usd");
    sameText(before.counterparty, after.counterparty, "counterparty");
    sameText(before.sourceUrl, after.sourceUrl, "source_url");
    sameNumber(before.workforcePct, after.workforcePct, 4, "workforce_pct");
    sameNumber(before.amount, after.amount, 2, "amount");
    sameText(before.currency, after.currency, "currency");
    sameNumber(before.usdRate, after.usdRate, 8, "usd_rate");
    sameText(before.notes, after.notes, "notes");
}

// Both of TechWinter's readers go through RowMapper, which reports one problem per rejected row
// (several JSON elements may share a line, so rows are counted, not lines).
void checkContents(const EventCsvContents &contents)
{
    check(qint64(contents.events.size() + contents.rejected.size()) == contents.rowsRead,
        "events + rejected rows != rows read");
    for (const Error &rejected : contents.rejected) {
        check(rejected.line >= 1, "a rejected row without a line", rejected.toString());
        check(!rejected.message.isEmpty(), "a rejected row without a reason");
    }
    for (const Event &e : contents.events) {
        check(e.date.isValid(), "an event without a valid date", e.company);
        check(!e.company.trimmed().isEmpty(), "an event without a company");
    }
}

/// The store FilterArguments resolves against: companies with Latin and Hangul aliases.
const EventStore &filterStore()
{
    static const EventStore store = [] {
        const auto event
            = [](int y, int m, int d, const char *company, EventKind kind, const char *title) {
                  Event e;
                  e.date = QDate(y, m, d);
                  e.company = QString::fromUtf8(company);
                  e.kind = kind;
                  e.title = QString::fromUtf8(title);
                  return e;
              };
        using K = EventKind;
        std::vector<Event> events {
            event(2022, 11, 9, "Microsoft", K::Layoff, "Cuts 1,000 jobs"),
            event(2023, 1, 18, "Microsoft", K::Layoff, "Cuts 10,000 jobs"),
            event(2023, 1, 20, "Alphabet", K::Layoff, "Cuts 12,000 jobs"),
            event(2023, 1, 23, "Microsoft", K::AiInvestment, "OpenAI stake"),
            event(2023, 2, 3, "구글", K::AiInvestment, "Anthropic stake"),
            event(2023, 3, 1, "카카오", K::Restructuring, "구조조정"),
            event(2023, 4, 20, "Google", K::Launch, "Bard"),
            event(2024, 2, 29, "Kakao", K::Layoff, "Leap day"),
            event(1, 1, 1, "Kakao", K::Launch, "Year one"),
            event(9999, 12, 31, "Google", K::Acquisition, "Last day"),
        };
        std::vector<Company> companies {
            Company { 1, QStringLiteral("Google"),
                { QStringLiteral("Alphabet"), QString::fromUtf8("구글") }, {} },
            Company { 2, QStringLiteral("Microsoft"), { QStringLiteral("MSFT") }, {} },
            Company { 3, QStringLiteral("Kakao"), { QString::fromUtf8("카카오") }, {} },
        };
        return EventStore(std::move(events), std::move(companies));
    }();
    return store;
}

} // namespace

void csvReader(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    QString encoding;
    const QString text = CsvReader::decode(bytes, &encoding);
    static const QStringList encodings { QStringLiteral("UTF-8"), QStringLiteral("UTF-16"),
        QStringLiteral("Windows-1252"), QStringLiteral("Mac Roman") };
    check(encodings.contains(encoding), "decode names an unknown encoding", encoding);
    if (encoding == QLatin1String("Windows-1252") || encoding == QLatin1String("Mac Roman"))
        check(text.size() == bytes.size(), "a single-byte decode changed the length", encoding);
    if (encoding == QLatin1String("UTF-8")) {
        QString expected = QString::fromUtf8(bytes);
        if (expected.startsWith(QChar(0xFEFF)))
            expected.remove(0, 1);
        check(text == expected, "valid UTF-8 decodes differently from QString::fromUtf8");
    }
    for (QChar delimiter : { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') })
        checkCsvParse(text, delimiter);
}

void fieldParsers(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(bytesOf(data, size));
    checkCell(text);
    // A seed may hold several cells, one per line.
    if (text.contains(QLatin1Char('\n'))) {
        for (const QString &line : text.split(QLatin1Char('\n')))
            checkCell(line);
    }
}

void eventCsv(const std::uint8_t *data, std::size_t size)
{
    const QString text = CsvReader::decode(bytesOf(data, size));
    const auto contents = EventCsv::read(text, QStringLiteral("fuzz.csv"));
    if (!contents) {
        check(contents.error().line >= 1, "a file error without a line", contents.error().message);
        return;
    }
    checkContents(*contents);
    // Export then import must give back every event unchanged (to the exported precision).
    const QByteArray written = EventCsv::write(contents->events);
    const auto again = EventCsv::read(CsvReader::decode(written), QStringLiteral("again.csv"));
    check(again.ok(), "an export does not read back", again ? QString() : again.error().toString());
    check(again->rejected.empty(), "an export has rows its own reader rejects",
        again->rejected.empty() ? QString() : again->rejected.front().toString());
    check(again->events.size() == contents->events.size(), "an export changes the event count");
    for (size_t i = 0; i < again->events.size(); ++i)
        checkSameAsExported(contents->events[i], again->events[i], "CSV");
}

void filterArguments(const std::uint8_t *data, std::size_t size)
{
    // One argument per line: "c NAME", "k KIND", "f FROM", "t TO", "x TEXT"; a line without one of
    // those prefixes is a company name.
    FilterArguments args;
    for (const QString &line : QString::fromUtf8(bytesOf(data, size)).split(QLatin1Char('\n'))) {
        const QString value = line.mid(2);
        if (line.startsWith(QLatin1String("c ")))
            args.companies << value;
        else if (line.startsWith(QLatin1String("k ")))
            args.kinds << value;
        else if (line.startsWith(QLatin1String("f ")))
            args.from = value;
        else if (line.startsWith(QLatin1String("t ")))
            args.to = value;
        else if (line.startsWith(QLatin1String("x ")))
            args.text = value;
        else if (!line.isEmpty())
            args.companies << line;
    }
    const EventStore &store = filterStore();
    const auto state = args.toState(store);
    if (!state) {
        check(!state.error().message.isEmpty(), "a refusal without a message");
        return;
    }
    if (state->companies) {
        check(!state->companies->empty(), "named companies resolved to none");
        for (int company : *state->companies) {
            check(company >= 0 && company < int(store.companies().size()),
                "a company index outside the store", QString::number(company));
        }
    }
    if (args.kinds.isEmpty())
        check(state->kinds.all(), "no --kind did not mean every kind");
    if (state->from.isValid() && state->to.isValid())
        check(state->from <= state->to, "--from after --to was accepted");

    // The indexed search must find exactly the rows a plain scan finds.
    const std::vector<int> rows = state->matchingRows(store);
    std::vector<int> scanned;
    for (int row = 0; row < store.size(); ++row) {
        const Event &e = store.event(row);
        if ((state->from.isValid() && e.date < state->from)
            || (state->to.isValid() && e.date > state->to) || !state->acceptsKind(e.kind)
            || (state->companies && !state->companies->contains(store.companyIndex(row))))
            continue;
        scanned.push_back(row);
    }
    check(std::is_sorted(rows.begin(), rows.end())
            && std::adjacent_find(rows.begin(), rows.end()) == rows.end(),
        "matching rows are not strictly ascending");
    if (state->text.trimmed().isEmpty()) {
        check(rows == scanned, "the indexed filter and a plain scan disagree");
    } else {
        check(std::includes(scanned.begin(), scanned.end(), rows.begin(), rows.end()),
            "a text search returned rows outside the other criteria");
    }
}

void sourceReader(const std::uint8_t *data, std::size_t size)
{
    const auto table = SourceReader::read(bytesOf(data, size), QStringLiteral("fuzz.csv"));
    if (!table) {
        check(table.error().line >= 1, "a file error without a line", table.error().message);
        return;
    }
    check(!table->records.empty(), "a table without records");
    for (size_t i = 0; i < table->records.size() && i < FormatDetector::headerSearchDepth; ++i) {
        const QStringList &fields = table->records[i].fields;
        (void)FormatDetector::mappingForHeader(fields, table->json);
        (void)FormatDetector::techWinterMapping(fields, table->json);
    }
    const auto mapping = FormatDetector::detect(*table);
    if (!mapping)
        return;
    check(mapping->headerRecord >= 0 && size_t(mapping->headerRecord) < table->records.size(),
        "the detected header is not a record of the file");
    const CsvRecord &header = table->records[size_t(mapping->headerRecord)];
    const Status valid = mapping->validate(header.fields, table->filePath, header.line);
    check(valid.ok(), "detect() proposes a mapping that validate() refuses",
        valid ? QString() : valid.error().toString());
    const auto preview = Importer::preview(*table, *mapping, 3);
    if (preview)
        check(preview->rowsRead <= 3, "a 3-row preview read more rows");
}

void eventJson(const std::uint8_t *data, std::size_t size)
{
    const QString text = CsvReader::decode(bytesOf(data, size));
    const auto table = readJsonTable(text, QStringLiteral("fuzz.json"));
    if (table) {
        check(table->json, "a JSON table not marked as JSON");
        check(!table->records.empty(), "a JSON table without its header record");
        const qsizetype columns = table->records.front().fields.size();
        for (size_t i = 1; i < table->records.size(); ++i) {
            const CsvRecord &record = table->records[i];
            check(record.line >= 1, "a JSON record without a line");
            check(table->unusableRecords.contains(i) || record.fields.size() == columns,
                "a JSON record does not have a cell per key");
        }
    }
    // read() may refuse a table whose keys are unusable, never JSON that readJsonTable() refused.
    const auto contents = EventJson::read(text, QStringLiteral("fuzz.json"));
    check(!contents.ok() || table.ok(), "read() accepts JSON that readJsonTable() refuses");
    if (!contents)
        return;
    checkContents(*contents);
    // An export of no events is "[]", which has no keys for read() to map: it refuses it, as the
    // import pipeline refuses any file without rows. Only non-empty exports must round-trip.
    if (contents->events.empty())
        return;
    const QByteArray written = EventJson::write(contents->events);
    const auto again = EventJson::read(CsvReader::decode(written), QStringLiteral("again.json"));
    check(again.ok(), "a JSON export does not read back",
        again ? QString() : again.error().toString());
    check(again->rejected.empty(), "a JSON export has rows its own reader rejects",
        again->rejected.empty() ? QString() : again->rejected.front().toString());
    check(again->events.size() == contents->events.size(), "a JSON export changes the count");
    for (size_t i = 0; i < again->events.size(); ++i)
        checkSameAsExported(contents->events[i], again->events[i], "JSON");
}

void importer(const std::uint8_t *data, std::size_t size)
{
    ImportControl control;
    control.progress = [](ImportStage, qint64 done, qint64 total) {
        check(done >= 0 && done <= total, "progress outside 0..total");
    };
    const auto parsed = Importer::parse(bytesOf(data, size), QStringLiteral("fuzz.csv"), control);
    if (!parsed) {
        check(!parsed.error().message.isEmpty(), "a refusal without a message");
        return;
    }
    check(!parsed->events.empty() || !parsed->contextPoints.empty(),
        "an accepted import with nothing to import");
    check(parsed->rejected == qint64(parsed->problems.size()), "rejected != problems");
    if (parsed->mapping.target == ImportTarget::Events) {
        check(qint64(parsed->events.size()) + parsed->rejected == parsed->rowsRead,
            "events + rejected rows != rows read");
    }
    for (const ImportedEvent &imported : parsed->events) {
        check(imported.line >= 1, "an event without a source line");
        check(imported.event.date.isValid(), "an imported event without a valid date");
        check(!imported.event.company.trimmed().isEmpty(), "an imported event without a company");
    }
    for (const ImportProblem &problem : parsed->problems)
        check(problem.line >= 1 && !problem.reason.isEmpty(), "a problem without line or reason");
}

const std::vector<Target> &targets()
{
    static const std::vector<Target> all {
        { "csv_reader", csvReader },
        { "field_parsers", fieldParsers },
        { "event_csv", eventCsv },
        { "filter_arguments", filterArguments },
        { "source_reader", sourceReader },
        { "event_json", eventJson },
        { "importer", importer },
    };
    return all;
}

} // namespace techwinter::fuzz
