// The pure half of import: cell parsers, decoding, format detection, row mapping and the JSON
// layout. No database is opened here.

#include "BundledDataset.h"
#include "CsvReader.h"
#include "EventJson.h"
#include "FieldParsers.h"
#include "FormatDetector.h"
#include "Importer.h"
#include "Resources.h"
#include "RowMapper.h"
#include "SourceReader.h"
#include "tst_import_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>

using namespace techwinter;
using test::str;

namespace {

ParsedDate dateOk(QStringView cell)
{
    auto parsed = FieldParsers::parseDate(cell);
    if (!parsed)
        FAIL(str(parsed.error().message));
    REQUIRE(parsed.value().has_value());
    return *parsed.value();
}

SourceTable tableOf(const QByteArray &bytes, const QString &name = QStringLiteral("t.csv"))
{
    auto table = SourceReader::read(bytes, name);
    if (!table)
        FAIL(str(table.error().toString()));
    return std::move(table).value();
}

ParsedImport parseBytes(const QByteArray &bytes, const QString &name = QStringLiteral("t.csv"))
{
    auto parsed = Importer::parse(bytes, name);
    if (!parsed)
        FAIL(str(parsed.error().toString()));
    return std::move(parsed).value();
}

QString attribute(const ImportedEvent &e, const char *name)
{
    for (const EventAttribute &a : e.attributes) {
        if (a.name == QLatin1String(name))
            return a.value;
    }
    return {};
}

} // namespace

TEST_CASE("Import dates: M/D/YYYY, ISO with a time, quarters and years, each with its precision")
{
    CHECK(dateOk(u"1/5/2023").date == QDate(2023, 1, 5));
    CHECK(dateOk(u"12/31/2022").date == QDate(2022, 12, 31));
    CHECK(dateOk(u"2023-03-14 09:30:00").date == QDate(2023, 3, 14));
    CHECK(dateOk(u"2023-03-14T23:59:59Z").date == QDate(2023, 3, 14));
    CHECK(dateOk(u"2023-03-14 09:30").precision == DatePrecision::Day);
    const ParsedDate quarter = dateOk(u"2012-Q3");
    CHECK(quarter.date == QDate(2012, 7, 1));
    CHECK(quarter.precision == DatePrecision::Month);
    CHECK(dateOk(u"2013").precision == DatePrecision::Year);
    CHECK(dateOk(u"2013-10").precision == DatePrecision::Month);
    for (const char16_t *bad : { u"13/45/2023", u"2/30/2023", u"1/5/23", u"2012-Q5", u"2012-Q0",
             u"2023-03-14 25:00:00", u"2023-03-14 09:30 junk", u"2023-03-14x", u"1//2023" }) {
        INFO(str(QString::fromUtf16(bad)));
        auto r = FieldParsers::parseDate(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("M/D/YYYY")));
    }
}

TEST_CASE("Import numbers: grouped thousands, dollar signs and floats — ambiguous commas refused")
{
    CHECK(*FieldParsers::parseNumber(u"1,234,567.5").value() == 1234567.5);
    CHECK(*FieldParsers::parseNumber(u"$1,750,000").value() == 1750000.0);
    CHECK(*FieldParsers::parseNumber(u" 16000.0 ").value() == 16000.0);
    CHECK(*FieldParsers::parseNumber(u"-12,000").value() == -12000.0);
    CHECK(*FieldParsers::parseCount(u"250000.0").value() == 250000);
    // "1,5" is a European decimal or a typo; reading it as 15 would invent a figure.
    for (const char16_t *bad : { u"1,5", u"12,00", u"1,2345", u"1.5,000", u"$", u"12 jobs" })
        CHECK_FALSE(FieldParsers::parseNumber(bad).ok());
    for (const char16_t *null : { u"nan", u"NaN", u"\u2014", u"--", u"N.A.", u"  " })
        CHECK(FieldParsers::parseNumber(null).value() == std::nullopt);
}

TEST_CASE("Spreadsheet error values are recognised as debris, not as text")
{
    for (const char16_t *debris : { u"#NAME?", u" #VALUE! ", u"#REF!", u"#DIV/0!", u"#N/A" })
        CHECK(FieldParsers::isSpreadsheetError(debris));
    for (const char16_t *text : { u"#waywire", u"#1 Fan", u"NAME?", u"" })
        CHECK_FALSE(FieldParsers::isSpreadsheetError(text));
}

TEST_CASE("Mojibake from UTF-8 once read as Windows-1252 is repaired — real accents are left alone")
{
    CHECK(FieldParsers::repairMojibake(QStringLiteral("ag\u00C3\u00A1mi Systems"))
        == QStringLiteral("ag\u00E1mi Systems"));
    CHECK(FieldParsers::repairMojibake(QStringLiteral("InsideAxis\u00E2\u201E\u00A2"))
        == QStringLiteral("InsideAxis\u2122"));
    for (const QString &kept : { QStringLiteral("Ual\u00E1"), QStringLiteral("\u00C5ngstr\u00F6m"),
             QStringLiteral("plain"), QStringLiteral("카카오"), QStringLiteral("MiaSol\u00E9") })
        CHECK(FieldParsers::repairMojibake(kept) == kept);
}

TEST_CASE("Decoding: Mac Roman for CR-only files, Windows-1252 otherwise, UTF-16 by its BOM")
{
    QString encoding;
    CHECK(CsvReader::decode(QByteArray("MiaSol\x8E\rAnchor\xAA\r"), &encoding)
        == QStringLiteral("MiaSol\u00E9\rAnchor\u2122\r"));
    CHECK(encoding == QStringLiteral("Mac Roman"));
    CHECK(CsvReader::decode(QByteArray("it\x92s \x80"
                                       "5\n"),
              &encoding)
        == QStringLiteral("it\u2019s \u20AC5\n"));
    CHECK(encoding == QStringLiteral("Windows-1252"));
    const QString korean = QStringLiteral("date,company\n2023-01-20,카카오\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(korean.utf16()), korean.size() * 2);
    CHECK(CsvReader::decode(utf16, &encoding) == korean);
    CHECK(encoding == QStringLiteral("UTF-16"));
}

TEST_CASE("CSV with semicolon or tab separators is read when the header line uses them")
{
    const SourceTable semi = tableOf(QByteArray("date;company;kind\n2023-01-20;\"A; B\";layoff\n"));
    CHECK(semi.delimiter == QLatin1Char(';'));
    REQUIRE(semi.records.size() == 2);
    CHECK(semi.records[1].fields[1] == QStringLiteral("A; B"));
    const SourceTable tabs
        = tableOf(QByteArray("date\tcompany\tkind\n2023-01-20\tA, Inc.\tlayoff\n"));
    CHECK(tabs.delimiter == QLatin1Char('\t'));
    CHECK(tabs.records[1].fields[1] == QStringLiteral("A, Inc."));
}

TEST_CASE("Formats are detected from header names, in any order and spelling")
{
    const auto detect = [](const char *header) {
        return FormatDetector::mappingForHeader(QString::fromLatin1(header).split(u','), false);
    };
    auto kaggle = detect("company,location,industry,total_laid_off,percentage_laid_off,date,stage,"
                         "country,funds_raised_millions");
    REQUIRE(kaggle);
    CHECK(kaggle->format == ImportFormat::LayoffsFyi);
    CHECK(kaggle->events.column(ImportField::Headcount) == QStringLiteral("total_laid_off"));
    // The newer snapshot: other order, other names, extra columns.
    auto fyi = detect("Company,Location,Total Laid Off,Date,Percentage Laid Off,Industry,Source,"
                      "Stage,Funds Raised,Country,Date Added");
    REQUIRE(fyi);
    CHECK(fyi->format == ImportFormat::LayoffsFyi);
    CHECK(fyi->events.column(ImportField::Date) == QStringLiteral("Date"));
    CHECK(fyi->events.column(ImportField::SourceUrl) == QStringLiteral("Source"));
    CHECK(fyi->events.workforcePctScale == PercentScale::Fraction);
    // A layoff moves no money: funds raised is never mapped to an amount.
    for (const auto *m : { &*kaggle, &*fyi }) {
        CHECK(m->events.column(ImportField::Amount).isEmpty());
        CHECK(m->events.column(ImportField::AmountUsd).isEmpty());
        CHECK(std::count_if(m->events.attributes.begin(), m->events.attributes.end(),
                  [](const AttributeColumn &a) {
                      return a.attribute == QLatin1String("company_funds_raised_musd");
                  })
            == 1);
    }

    // Nor can an edited mapping make it one.
    ColumnMapping edited = *fyi;
    edited.events.column(ImportField::AmountUsd) = QStringLiteral("Funds Raised");
    const QStringList fyiHeader
        = QStringLiteral("Company,Date,Total Laid Off,Funds Raised").split(u',');
    auto refused = edited.validate(fyiHeader, QStringLiteral("f.csv"), 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().toString()
        == QStringLiteral("f.csv:1: column Funds Raised is the company's funds raised, not the "
                          "amount of an event; keep it as an attribute"));

    auto rounds
        = detect("company_permalink,company_name,company_category_code,company_country_code,"
                 "company_state_code,company_region,company_city,funding_round_type,"
                 "funded_at,funded_month,funded_quarter,funded_year,raised_amount_usd");
    REQUIRE(rounds);
    CHECK(rounds->format == ImportFormat::FundingRounds);
    CHECK(rounds->events.defaultKind == EventKind::Investment);
    CHECK(rounds->events.column(ImportField::Date) == QStringLiteral("funded_at"));
    CHECK(rounds->events.dateFallbacks
        == QStringList { QStringLiteral("funded_month"), QStringLiteral("funded_quarter"),
            QStringLiteral("funded_year") });
    CHECK(rounds->events.aiCategoryValues.isEmpty());

    auto owid = detect("Entity,Code,Year,Estimated investment - Field: All");
    REQUIRE(owid);
    CHECK(owid->format == ImportFormat::OwidSeries);
    CHECK(owid->target == ImportTarget::ContextSeries);
    CHECK(
        owid->series.values == QStringList { QStringLiteral("Estimated investment - Field: All") });

    auto native = detect("kind,company,date,headcount");
    REQUIRE(native);
    CHECK(native->format == ImportFormat::TechWinterCsv);
    CHECK_FALSE(detect("name,value"));
    CHECK_FALSE(detect("company,date")); // neither a figure nor a kind: nothing to import
}

TEST_CASE("A file without a known header is refused with the header it has, file and line")
{
    auto r = Importer::parse(QByteArray("name,value\nfoo,1\n"), QStringLiteral("x.csv"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == QStringLiteral("x.csv"));
    CHECK(r.error().line == 1);
    CHECK(r.error().message.startsWith(
        QStringLiteral("no recognisable header (found: name, value)")));
}

TEST_CASE("layoffs.fyi rows: fractions become percent, funds raised stays an attribute")
{
    const ParsedImport p = parseBytes(QByteArray(
        "company,location,total_laid_off,date,percentage_laid_off,industry,source,stage,"
        "funds_raised,country,date_added\n"
        "Pinterest,SF Bay Area,700.0,1/27/2026,0.15,Consumer,https://example.org/p,Post-IPO,1500,"
        "United States,1/27/2026\n"
        "Entropy,New York City,,1/25/2026,1.0,Crypto,Internal memo,Seed,27,United States,"
        "1/26/2026\n"));
    REQUIRE(p.events.size() == 2);
    const Event &pinterest = p.events[0].event;
    CHECK(pinterest.kind == EventKind::Layoff);
    CHECK(pinterest.date == QDate(2026, 1, 27));
    CHECK(pinterest.headcount == 700);
    CHECK(pinterest.workforcePct == 15.0);
    CHECK(pinterest.amount == std::nullopt);
    CHECK(pinterest.amountUsd == std::nullopt);
    CHECK(pinterest.sourceUrl == QStringLiteral("https://example.org/p"));
    CHECK(pinterest.title == QStringLiteral("Cuts 700 jobs (15% of staff)"));
    CHECK(attribute(p.events[0], "company_funds_raised_musd") == QStringLiteral("1500"));
    CHECK(attribute(p.events[0], "location") == QStringLiteral("SF Bay Area"));
    CHECK(attribute(p.events[0], "industry") == QStringLiteral("Consumer"));
    CHECK(attribute(p.events[0], "country") == QStringLiteral("United States"));
    CHECK(attribute(p.events[0], "stage") == QStringLiteral("Post-IPO"));
    const Event &entropy = p.events[1].event;
    CHECK(entropy.workforcePct == 100.0);
    CHECK(entropy.headcount == std::nullopt);
    // "Internal memo" is where the figure came from, not a link.
    CHECK(entropy.sourceUrl.isEmpty());
    CHECK(attribute(p.events[1], "source") == QStringLiteral("Internal memo"));
    CHECK(p.events[1].line == 3);
}

TEST_CASE("Funding rounds are general investments unless the user maps categories to AI")
{
    const QByteArray bytes(
        "company_name,company_category_code,funding_round_type,funded_at,raised_amount_usd\n"
        "0xdata,analytics,venture,2013-01-03,1700000\n"
        "Waywire,news,series-a,2012-06-30,\"1,750,000\"\n");
    auto table = tableOf(bytes);
    auto mapping = FormatDetector::detect(table);
    REQUIRE_OK(mapping);
    auto plain = Importer::parse(table, *mapping);
    REQUIRE_OK(plain);
    REQUIRE(plain->events.size() == 2);
    CHECK(plain->events[0].event.kind == EventKind::Investment);
    CHECK(plain->events[1].event.kind == EventKind::Investment);
    CHECK(plain->events[1].event.amountUsd == 1750000.0);
    // Crunchbase amounts are dollars: amount and amount_usd agree, as in the bundled dataset.
    CHECK(plain->events[1].event.amount == 1750000.0);
    CHECK(plain->events[1].event.currency == QStringLiteral("USD"));
    CHECK(plain->events[1].event.usdRate == 1.0);
    CHECK(plain->events[1].event.title == QStringLiteral("Series A round, $1.75M"));

    ColumnMapping ai = *mapping;
    ai.events.aiCategoryValues = { QStringLiteral("Analytics") };
    auto mapped = Importer::parse(table, ai);
    REQUIRE_OK(mapped);
    CHECK(mapped->events[0].event.kind == EventKind::AiInvestment);
    CHECK(mapped->events[1].event.kind == EventKind::Investment);
}

TEST_CASE("An edited mapping is applied: another date column, another percent scale")
{
    const QByteArray bytes("company,date,announced,total_laid_off,percentage_laid_off\n"
                           "Acme,1/5/2024,2024-01,10,5\n");
    auto table = tableOf(bytes);
    auto detected = FormatDetector::detect(table);
    REQUIRE_OK(detected);
    // Detected as layoffs.fyi: 5 is not a fraction, so the row is rejected...
    auto strict = Importer::preview(table, *detected);
    REQUIRE_OK(strict);
    REQUIRE(strict->problems.size() == 1);
    CHECK(strict->problems[0].toString(QStringLiteral("t.csv"))
        == QStringLiteral("t.csv:2: column percentage_laid_off: '5' is not a fraction between 0 "
                          "and 1"));
    // ...until the user says the column is in percent and picks the other date.
    ColumnMapping edited = *detected;
    edited.events.workforcePctScale = PercentScale::Percent;
    edited.events.column(ImportField::Date) = QStringLiteral("announced");
    auto mapped = Importer::parse(table, edited);
    REQUIRE_OK(mapped);
    REQUIRE(mapped->events.size() == 1);
    CHECK(mapped->events[0].event.workforcePct == 5.0);
    CHECK(mapped->events[0].event.date == QDate(2024, 1, 1));
    CHECK(mapped->events[0].event.precision == DatePrecision::Month);

    edited.events.column(ImportField::Headcount) = QStringLiteral("staff");
    auto missing = Importer::parse(table, edited);
    REQUIRE_FALSE(missing.ok());
    CHECK(
        missing.error().toString() == QStringLiteral("t.csv:1: the header has no column(s) staff"));
}

TEST_CASE("A preview maps only the first rows and cannot be stored")
{
    QByteArray bytes("date,company,kind\n");
    for (int i = 1; i <= 50; ++i)
        bytes += QByteArray("2023-01-") + QByteArray::number(10 + i % 18) + ",Firm "
            + QByteArray::number(i) + ",layoff\n";
    auto table = tableOf(bytes);
    auto mapping = FormatDetector::detect(table);
    REQUIRE_OK(mapping);
    auto preview = Importer::preview(table, *mapping, 10);
    REQUIRE_OK(preview);
    CHECK(preview->events.size() == 10);
    CHECK(preview->truncated);
    auto whole = Importer::parse(table, *mapping);
    REQUIRE_OK(whole);
    CHECK(whole->events.size() == 50);
    CHECK_FALSE(whole->truncated);
}

TEST_CASE("TechWinter CSV read through the import pipeline equals EventCsv::read")
{
    ensureResources();
    QFile file(QStringLiteral(":/data/events.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bundled = file.readAll();
    auto dataset = BundledDataset::load();
    REQUIRE_OK(dataset);
    // The bundled file itself: every event exactly as the dataset loader reads it.
    const ParsedImport fromFile = parseBytes(bundled, QStringLiteral("events.csv"));
    CHECK(fromFile.mapping.format == ImportFormat::TechWinterCsv);
    CHECK(fromFile.problems.empty());
    REQUIRE(fromFile.events.size() == dataset->events.size());
    for (size_t i = 0; i < fromFile.events.size(); ++i) {
        INFO("line " << fromFile.events[i].line);
        CHECK(fromFile.events[i].event == dataset->events[i]);
        CHECK(fromFile.events[i].attributes.empty());
    }
    // An export of it (and of an event with formula-like text everywhere): the same as
    // EventCsv::read of that export.
    std::vector<Event> events = dataset->events;
    Event odd = test::makeEvent(QStringLiteral("2024-02"), QStringLiteral("+Plus"),
        EventKind::Investment, std::nullopt, 5.0, QStringLiteral("@title"));
    odd.currency = QStringLiteral("=EUR");
    odd.counterparty = QStringLiteral("-minus");
    events.push_back(odd);
    const QByteArray exported = EventCsv::write(events);
    auto viaCsv = EventCsv::read(QString::fromUtf8(exported), QStringLiteral("export.csv"));
    REQUIRE_OK(viaCsv);
    const ParsedImport viaImport = parseBytes(exported, QStringLiteral("export.csv"));
    REQUIRE(viaImport.events.size() == viaCsv->events.size());
    for (size_t i = 0; i < viaImport.events.size(); ++i) {
        INFO("line " << viaImport.events[i].line);
        CHECK(viaImport.events[i].event == viaCsv->events[i]);
    }
}

TEST_CASE("TechWinter JSON: the CSV's keys in order, valid JSON, and an exact round trip")
{
    Event odd = test::makeEvent(QStringLiteral("2023-01"), QStringLiteral("=HYPERLINK(\"x\")"),
        EventKind::AiInvestment, std::nullopt, 1234.5,
        QStringLiteral("Tab\there, \"quotes\", back\\slash\nand a line"));
    odd.workforcePct = 6.5;
    odd.usdRate = 1.2345;
    odd.notes = QStringLiteral("-5% of staff \u0001");
    const std::vector<Event> events { odd,
        test::makeEvent(QStringLiteral("2024"), QStringLiteral("구글"), EventKind::Layoff, 42) };

    const QByteArray json = EventJson::write(events);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    REQUIRE(doc.array().size() == 2);
    const QJsonObject first = doc.array().at(0).toObject();
    CHECK(first.keys().size() == EventCsv::columns().size());
    for (const QString &column : EventCsv::columns())
        CHECK(first.contains(column));
    CHECK(first.value(QStringLiteral("amount_usd")).toDouble() == 1234.5);
    CHECK(first.value(QStringLiteral("headcount")).isNull());
    // JSON is never run as a spreadsheet formula, so it is written as it is.
    CHECK(first.value(QStringLiteral("company")).toString() == QStringLiteral("=HYPERLINK(\"x\")"));
    // Keys in the CSV's order, one event per line.
    CHECK(json.startsWith("[\n  {\"date\": \"2023-01\", \"company\": "));
    CHECK(json.count('\n') == 4);

    auto back = EventJson::read(QString::fromUtf8(json), QStringLiteral("events.json"));
    REQUIRE_OK(back);
    CHECK(back->rejected.empty());
    REQUIRE(back->events.size() == 2);
    CHECK(back->events[0] == events[0]);
    CHECK(back->events[1] == events[1]);
    CHECK(EventJson::write({}) == QByteArray("[]\n"));
    auto none = EventJson::read(QStringLiteral("[]\n"), QStringLiteral("none.json"));
    REQUIRE_OK(none);
    CHECK(none->events.empty());
    // Keys belong to each object: one without a kind is a rejected row, not a broken file.
    auto partial = EventJson::read(
        QStringLiteral(
            "[{\"date\": \"2023-01-20\", \"company\": \"Google\"},\n"
            " {\"date\": \"2023-01-21\", \"company\": \"Google\", \"kind\": \"launch\"}]"),
        QStringLiteral("partial.json"));
    REQUIRE_OK(partial);
    REQUIRE(partial->events.size() == 1);
    REQUIRE(partial->rejected.size() == 1);
    CHECK(partial->rejected[0].toString()
        == QStringLiteral("partial.json:1: column kind: the kind is missing"));
}

TEST_CASE("JSON rows of the wrong type are rejected with the line each object starts on")
{
    const ParsedImport p = test::parseOk(test::fixture(QStringLiteral("import_events.json")));
    CHECK(p.mapping.format == ImportFormat::TechWinterJson);
    CHECK(p.rowsRead == 6);
    REQUIRE(p.events.size() == 3);
    CHECK(p.events[0].event.headcount == 12000);
    CHECK(p.events[0].event.workforcePct == 6.0);
    CHECK(p.events[1].event.amountUsd == 1e10);
    CHECK(p.events[1].event.title == QStringLiteral("=not a formula in JSON"));
    CHECK(p.events[2].event.notes == QStringLiteral("month only, \"quoted\""));
    CHECK(p.events[2].event.precision == DatePrecision::Month);
    CHECK(p.events[2].line == 7);
    REQUIRE(p.problems.size() == 3);
    CHECK(p.problems[0]
        == ImportProblem {
            4, QStringLiteral("headcount"), QStringLiteral("'many' is not a number") });
    CHECK(p.problems[1]
        == ImportProblem {
            5, QStringLiteral("headcount"), QStringLiteral("'[1,2]' is not a number") });
    CHECK(p.problems[2]
        == ImportProblem {
            6, QString(), QStringLiteral("expected an object with the event's fields") });
}

TEST_CASE("Title lines before the header are skipped — the header is found by its names")
{
    const ParsedImport p = test::parseOk(test::fixture(QStringLiteral("import_title_lines.csv")));
    CHECK(p.mapping.format == ImportFormat::LayoffsFyi);
    CHECK(p.mapping.headerRecord == 2);
    CHECK(p.rowsRead == 1);
    REQUIRE(p.events.size() == 1);
    CHECK(p.events[0].line == 5);
    CHECK(p.events[0].event.company == QStringLiteral("Acme"));
}

TEST_CASE("Import reports progress while mapping and stops when cancelled")
{
    QByteArray bytes("date,company,kind\n");
    for (int i = 0; i < 3000; ++i)
        bytes += "2023-01-20,Firm " + QByteArray::number(i) + ",layoff\n";
    std::vector<qint64> seen;
    ImportControl control;
    control.progress = [&](ImportStage stage, qint64 done, qint64 total) {
        CHECK(stage == ImportStage::Mapping);
        CHECK(total == 3000);
        seen.push_back(done);
    };
    auto parsed = Importer::parse(bytes, QStringLiteral("big.csv"), control);
    REQUIRE_OK(parsed);
    REQUIRE(seen.size() >= 3);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 3000);

    std::atomic_bool cancel { false };
    ImportControl cancelling;
    cancelling.cancel = &cancel;
    cancelling.progress = [&](ImportStage, qint64 done, qint64) {
        if (done >= 1024)
            cancel = true;
    };
    auto stopped = Importer::parse(bytes, QStringLiteral("big.csv"), cancelling);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().toString() == QStringLiteral("big.csv: the import was cancelled"));
}

TEST_CASE(
    "Fixtures cut at every byte or with bytes changed never crash — errors name file and line")
{
    QDir fixtures(QStringLiteral(TECHWINTER_FIXTURES));
    const QStringList names = fixtures.entryList(
        { QStringLiteral("import_*"), QStringLiteral("bad_*") }, QDir::Files, QDir::Name);
    REQUIRE(names.size() == 21); // every import_* and bad_* file of tests/fixtures
    const auto check = [](const QByteArray &bytes, const QString &name) {
        auto parsed = Importer::parse(bytes, name);
        if (parsed.ok()) {
            // Every row is accounted for: imported (one point per row here) or rejected.
            const qint64 kept = parsed->mapping.target == ImportTarget::Events
                ? qint64(parsed->events.size())
                : qint64(parsed->contextPoints.size());
            CHECK(parsed->rowsRead == kept + parsed->rejected);
            for (const ImportProblem &p : parsed->problems)
                CHECK(p.line >= 1);
        } else {
            CHECK(parsed.error().file == name);
            CHECK(parsed.error().line >= 1);
            CHECK_FALSE(parsed.error().message.isEmpty());
        }
    };
    std::mt19937 random(4); // fixed seed: the same cases on every run
    for (const QString &name : names) {
        QFile file(fixtures.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(str(name));
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut)
            check(bytes.left(cut), name);
        for (int round = 0; round < 200 && !bytes.isEmpty(); ++round) {
            QByteArray mutated = bytes;
            for (int k = 0; k < 3; ++k) {
                const auto at = qsizetype(random() % quint32(mutated.size()));
                mutated[at] = char(random() % 256);
            }
            check(mutated, name);
        }
    }
}
