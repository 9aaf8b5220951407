// Every quirk of real files and every kind of bad input, on small hand-written fixtures in
// tests/fixtures, imported into a database that already holds data.

#include "tst_import_support.h"

using namespace techwinter;
using test::fingerprint;
using test::fixture;
using test::str;

namespace {

const EventDetails details(const SqliteStorage &repo, qint64 id)
{
    auto d = repo.eventDetails(id);
    REQUIRE_OK(d);
    return *d;
}

QString attribute(const EventDetails &d, const char *name)
{
    for (const EventAttribute &a : d.attributes) {
        if (a.name == QLatin1String(name))
            return a.value;
    }
    return {};
}

std::vector<Event> eventsOf(const SqliteStorage &repo, const QString &company)
{
    std::vector<Event> out;
    for (const Event &e : test::allEvents(repo)) {
        if (e.company == company)
            out.push_back(e);
    }
    return out;
}

} // namespace

TEST_CASE("layoffs.fyi quirks: quoting, M/D/YYYY, floats, null tokens, padding, debris, duplicates")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const qint64 before = repo->eventCount().value();
    const QString path = fixture(QStringLiteral("import_layoffs_quirks.csv"));

    auto summary = test::importFile(*repo, path);
    REQUIRE_OK(summary);
    CHECK(summary->format == ImportFormat::LayoffsFyi);
    CHECK(summary->sourceName == QStringLiteral("import_layoffs_quirks.csv"));
    CHECK(summary->rowsRead == 12); // the row of commas only is not a row
    CHECK(summary->rejected == 4);
    CHECK(summary->duplicatesSkipped == 1); // line 5 repeats line 4 ("WeWork " trimmed)
    CHECK(summary->imported == 7);
    CHECK(summary->batchId == 2); // the sample's events are batch 1
    CHECK(summary->toText()
        == QStringLiteral("import_layoffs_quirks.csv: 12 rows read, 7 imported, 1 duplicates "
                          "skipped, 4 rejected"));
    REQUIRE(summary->problems.size() == 4);
    QStringList problems;
    for (const ImportProblem &p : summary->problems)
        problems << p.toString(QStringLiteral("q.csv"));
    CHECK(problems
        == QStringList {
            QStringLiteral("q.csv:9: column date: '13/45/2023' is not a date (expected "
                           "YYYY-MM-DD, M/D/YYYY, YYYY-MM, YYYY-Qn or YYYY)"),
            QStringLiteral("q.csv:10: column company: '#NAME?' is a spreadsheet error left in the "
                           "cell, not a value"),
            QStringLiteral("q.csv:11: column total_laid_off: 'lots' is not a number"),
            QStringLiteral("q.csv:12: column percentage_laid_off: '1.5' is not a fraction between "
                           "0 and 1"),
        });
    CHECK(repo->eventCount().value() == before + 7);

    qint64 headcount = 0;
    for (const Event &e : test::allEvents(*repo)) {
        auto d = details(*repo, e.id);
        if (d.batchId != summary->batchId)
            continue;
        CHECK(e.kind == EventKind::Layoff);
        // A funds_raised figure describes the company: no layoff gets an amount from it.
        CHECK(e.amount == std::nullopt);
        CHECK(e.amountUsd == std::nullopt);
        headcount += e.headcount.value_or(0);
    }
    CHECK(headcount == 16000 + 300 + 100 + 3700 + 3000);

    const auto amazon = eventsOf(*repo, QStringLiteral("Amazon"));
    REQUIRE(amazon.size() == 1);
    CHECK(amazon[0].headcount == 16000); // "16000.0"
    CHECK(amazon[0].date == QDate(2026, 1, 28));
    CHECK(amazon[0].title == QStringLiteral("Cuts 16,000 jobs"));
    const EventDetails amazonDetails = details(*repo, amazon[0].id);
    CHECK(amazonDetails.source == QStringLiteral("import_layoffs_quirks.csv"));
    CHECK(amazonDetails.sourceRow == 2);
    CHECK(amazonDetails.importedAt.isValid());
    CHECK(attribute(amazonDetails, "company_funds_raised_musd") == QStringLiteral("8100"));
    CHECK(attribute(amazonDetails, "date_added") == QStringLiteral("1/28/2026"));

    const auto shopify = eventsOf(*repo, QStringLiteral("Shopify"));
    REQUIRE(shopify.size() == 1);
    CHECK(shopify[0].headcount == std::nullopt);
    CHECK(
        attribute(details(*repo, shopify[0].id), "location") == QStringLiteral("Ottawa, Non-U.S."));

    // "WeWork " and "WeWork" are one company; its two layoffs on different dates are both kept.
    const auto wework = eventsOf(*repo, QStringLiteral("WeWork"));
    REQUIRE(wework.size() == 2);
    CHECK(wework[0].workforcePct == 7.0);
    CHECK(wework[0].sourceUrl.isEmpty());
    const EventDetails first = details(*repo, wework[0].id);
    CHECK(first.sourceRow == 4);
    CHECK(attribute(first, "source") == QStringLiteral("Internal memo"));
    CHECK(attribute(first, "country") == QStringLiteral("United States."));
    CHECK(wework[1].workforcePct == std::nullopt); // NULL
    CHECK(attribute(details(*repo, wework[1].id), "source").isEmpty()); // "-"

    const auto entropy = eventsOf(*repo, QStringLiteral("Entropy"));
    REQUIRE(entropy.size() == 1);
    CHECK(entropy[0].headcount == std::nullopt); // "undisclosed"
    CHECK(entropy[0].workforcePct == 100.0); // 1.0
    CHECK(eventsOf(*repo, QStringLiteral("Uber")).size() == 2);
    CHECK(eventsOf(*repo, QStringLiteral("Loft")).empty());
    CHECK(eventsOf(*repo, QStringLiteral("#NAME?")).empty());

    // Re-importing the same file adds nothing and records no empty batch.
    const QString after = fingerprint(*repo);
    auto again = test::importFile(*repo, path);
    REQUIRE_OK(again);
    CHECK(again->imported == 0);
    CHECK(again->duplicatesSkipped == 8);
    CHECK(again->rejected == 4);
    CHECK(again->batchId == 0);
    CHECK(fingerprint(*repo) == after);
}

TEST_CASE("Kaggle layoffs layout: CRLF, NULL tokens, UTF-8 names, no final newline")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    auto summary
        = test::importFile(*repo, fixture(QStringLiteral("import_layoffs_kaggle_crlf.csv")));
    REQUIRE_OK(summary);
    CHECK(summary->rowsRead == 5);
    CHECK(summary->imported == 3);
    CHECK(summary->duplicatesSkipped == 1);
    CHECK(summary->rejected == 1);
    REQUIRE(summary->problems.size() == 1);
    CHECK(summary->problems[0]
        == ImportProblem { 6, QStringLiteral("date"), QStringLiteral("the date is missing") });
    const auto uala = eventsOf(*repo, QStringLiteral("Ualá"));
    REQUIRE(uala.size() == 1);
    CHECK(uala[0].headcount == 53);
    CHECK(uala[0].workforcePct == 3.0);
    const auto casper = eventsOf(*repo, QStringLiteral("Casper"));
    REQUIRE(casper.size() == 1);
    CHECK(casper[0].headcount == std::nullopt);
    CHECK(casper[0].title == QStringLiteral("Layoffs, number not disclosed"));
    CHECK(attribute(details(*repo, casper[0].id), "company_funds_raised_musd")
        == QStringLiteral("339"));
}

TEST_CASE("Funding rounds: CR-only lines, Mac Roman, mojibake, date fallbacks, #NAME?, empty rows")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const QString path = fixture(QStringLiteral("import_rounds_cr_macroman.csv"));
    const ParsedImport parsed = test::parseOk(path);
    CHECK(parsed.encoding == QStringLiteral("Mac Roman"));
    CHECK(parsed.emptyRows == 1);
    auto summary = repo->importParsed(parsed);
    REQUIRE_OK(summary);
    CHECK(summary->format == ImportFormat::FundingRounds);
    CHECK(summary->rowsRead == 10);
    CHECK(summary->rejected == 2);
    CHECK(summary->duplicatesSkipped == 1);
    CHECK(summary->imported == 7);
    REQUIRE(summary->problems.size() == 2);
    CHECK(summary->problems[0].line == 3);
    CHECK(summary->problems[0].column == QStringLiteral("company_name"));
    CHECK(summary->problems[0].reason.contains(QStringLiteral("'#NAME?' is a spreadsheet error")));
    CHECK(summary->problems[1].toString(QString())
        == QStringLiteral("line 11: column funded_at: '2012-13-01' is not a date (expected "
                          "YYYY-MM-DD, M/D/YYYY, YYYY-MM, YYYY-Qn or YYYY)"));

    double dollars = 0;
    for (const Event &e : test::allEvents(*repo)) {
        if (details(*repo, e.id).batchId == summary->batchId) {
            CHECK(e.kind == EventKind::Investment);
            dollars += e.amountUsd.value_or(0);
        }
    }
    CHECK(dollars == 1750000.0 + 50000000.0 + 50000000.0 + 250000.0 + 1700000.0);

    const auto agami = eventsOf(*repo, QStringLiteral("agámi Systems")); // was "agÃ¡mi"
    REQUIRE(agami.size() == 1);
    CHECK(agami[0].amountUsd == 50000000.0); // "50,000,000"
    CHECK(agami[0].title == QStringLiteral("Series B round, $50M"));
    const EventDetails agamiDetails = details(*repo, agami[0].id);
    CHECK(attribute(agamiDetails, "round_type") == QStringLiteral("series-b"));
    CHECK(attribute(agamiDetails, "category") == QStringLiteral("cleantech"));
    CHECK(attribute(agamiDetails, "crunchbase_permalink") == QStringLiteral("/company/agami"));
    CHECK(agamiDetails.sourceRow == 4);

    const auto miasole = eventsOf(*repo, QStringLiteral("MiaSolé"));
    REQUIRE(miasole.size() == 1);
    CHECK(miasole[0].date == QDate(2007, 5, 1)); // funded_at empty: funded_month
    CHECK(miasole[0].precision == DatePrecision::Month);
    const auto furnesh = eventsOf(*repo, QStringLiteral("Furnésh"));
    REQUIRE(furnesh.size() == 1);
    CHECK(furnesh[0].date == QDate(2013, 7, 1)); // funded_quarter 2013-Q3
    CHECK(furnesh[0].amountUsd == std::nullopt);
    CHECK(furnesh[0].title == QStringLiteral("Seed round, amount not disclosed"));
    const auto oldco = eventsOf(*repo, QStringLiteral("OldCo"));
    REQUIRE(oldco.size() == 1);
    CHECK(oldco[0].precision == DatePrecision::Year);
    CHECK(oldco[0].amountUsd == 250000.0); // "250000.0"
    CHECK(eventsOf(*repo, QStringLiteral("Anchor™")).size() == 1);
    CHECK(eventsOf(*repo, QStringLiteral("#waywire")).size() == 1);
    CHECK(eventsOf(*repo, QStringLiteral("0xdata")).size() == 1);
}

TEST_CASE("Funding rounds in a category the user maps to AI become ai_investment")
{
    QTemporaryDir dir;
    auto repo = test::openRepository(dir);
    auto table = SourceReader::readFile(fixture(QStringLiteral("import_rounds_cr_macroman.csv")));
    REQUIRE_OK(table);
    auto mapping = FormatDetector::detect(*table);
    REQUIRE_OK(mapping);
    mapping.value().events.aiCategoryValues = { QStringLiteral("analytics") };
    auto parsed = Importer::parse(*table, *mapping);
    REQUIRE_OK(parsed);
    auto summary = repo->importParsed(*parsed);
    REQUIRE_OK(summary);
    CHECK(summary->imported == 7);
    int ai = 0;
    for (const Event &e : test::allEvents(*repo)) {
        if (e.kind == EventKind::AiInvestment) {
            ++ai;
            CHECK(e.company == QStringLiteral("0xdata"));
        }
    }
    CHECK(ai == 1);
}

TEST_CASE("Every date form of the data README is read with its precision")
{
    const ParsedImport p = test::parseOk(fixture(QStringLiteral("import_dates.csv")));
    CHECK(p.problems.empty());
    REQUIRE(p.events.size() == 6);
    const std::pair<QDate, DatePrecision> expected[] = {
        { QDate(2023, 1, 20), DatePrecision::Day },
        { QDate(2023, 1, 18), DatePrecision::Day },
        { QDate(2023, 3, 14), DatePrecision::Day },
        { QDate(2023, 6, 1), DatePrecision::Month },
        { QDate(2023, 7, 1), DatePrecision::Month },
        { QDate(2023, 1, 1), DatePrecision::Year },
    };
    for (size_t i = 0; i < 6; ++i) {
        INFO(str(p.events[i].event.title));
        CHECK(p.events[i].event.date == expected[i].first);
        CHECK(p.events[i].event.precision == expected[i].second);
    }
}

TEST_CASE("TechWinter CSV with a BOM: Korean names and aliases resolve case-insensitively")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const size_t companies = repo->loadCompanies()->size();
    auto summary = test::importFile(*repo, fixture(QStringLiteral("import_native_bom.csv")));
    REQUIRE_OK(summary);
    CHECK(summary->format == ImportFormat::TechWinterCsv);
    CHECK(summary->rowsRead == 4);
    CHECK(summary->imported == 3);
    // The last row is the sample's Alphabet layoff again: same company through an alias, same
    // day, same figures.
    CHECK(summary->duplicatesSkipped == 1);
    // 구글 and ALPHABET are Google, 카카오 is Kakao: no company is created.
    CHECK(repo->loadCompanies()->size() == companies);
    const auto google = eventsOf(*repo, QStringLiteral("Google"));
    const auto stake = std::find_if(
        google.begin(), google.end(), [](const Event &e) { return e.date == QDate(2023, 10, 27); });
    REQUIRE(stake != google.end());
    CHECK(stake->amountUsd == 2e9);
    CHECK(stake->title == QStringLiteral("=Stake in Anthropic")); // export's apostrophe removed
    CHECK(stake->notes == QStringLiteral("-up to"));
    CHECK(eventsOf(*repo, QStringLiteral("Kakao")).size() == 3);
}

TEST_CASE("A Windows-1252 file is decoded, not mangled")
{
    const ParsedImport p = test::parseOk(fixture(QStringLiteral("import_windows1252.csv")));
    CHECK(p.encoding == QStringLiteral("Windows-1252"));
    REQUIRE(p.events.size() == 1);
    CHECK(p.events[0].event.company == QStringLiteral("Café Corp"));
    CHECK(p.events[0].event.title == QStringLiteral("Buys a rival for €10M – it’s done"));
}

TEST_CASE("A semicolon-separated TechWinter CSV is read by its header")
{
    const ParsedImport p = test::parseOk(fixture(QStringLiteral("import_semicolon.csv")));
    REQUIRE(p.events.size() == 2);
    CHECK(p.events[0].event.notes == QStringLiteral("a; b"));
    CHECK(p.events[1].event.headcount == 10000);
}

TEST_CASE("An OWID series is stored as a context series, never as events — World is kept apart")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const qint64 events = repo->eventCount().value();
    auto summary = test::importFile(*repo, fixture(QStringLiteral("import_owid_sample.csv")));
    REQUIRE_OK(summary);
    CHECK(summary->format == ImportFormat::OwidSeries);
    CHECK(summary->rowsRead == 7);
    CHECK(summary->imported == 5);
    CHECK(summary->rejected == 2);
    REQUIRE(summary->problems.size() == 2);
    CHECK(summary->problems[0]
        == ImportProblem { 6, QString(), QStringLiteral("no value in any value column") });
    CHECK(summary->problems[1].line == 8);
    CHECK(summary->problems[1].column == QStringLiteral("Year"));
    CHECK(repo->eventCount().value() == events);

    auto series = repo->loadContextSeries();
    REQUIRE_OK(series);
    REQUIRE(series->size() == 1);
    const ContextSeries &s = series->front();
    CHECK(s.name == QStringLiteral("Estimated investment - Field: All"));
    CHECK(s.unit == QStringLiteral("USD"));
    CHECK(s.source == QStringLiteral("import_owid_sample.csv"));
    CHECK(s.points.size() == 5);
    const auto world = s.pointsOf(u"world");
    REQUIRE(world.size() == 1);
    CHECK(world[0].aggregate);
    CHECK(s.pointsOf(u"Europe").at(0).aggregate); // no ISO code: a region
    CHECK_FALSE(s.pointsOf(u"Kosovo").at(0).aggregate); // OWID_KOS is a country
    const auto totals = s.countryTotals();
    CHECK(totals.at(QDate(2014, 1, 1)) == 5723042.0 + 7.0);
    CHECK(totals.at(QDate(2016, 1, 1)) == 1144608.0);
    CHECK(s.entities().mid(0, 2)
        == QStringList { QStringLiteral("Europe"), QStringLiteral("World") });

    const QString after = fingerprint(*repo);
    auto again = test::importFile(*repo, fixture(QStringLiteral("import_owid_sample.csv")));
    REQUIRE_OK(again);
    CHECK(again->imported == 0);
    CHECK(again->duplicatesSkipped == 5);
    CHECK(fingerprint(*repo) == after);

    // A second value for the same country and year is refused, not stored beside the first.
    auto conflict = test::importFile(*repo, fixture(QStringLiteral("import_owid_conflict.csv")));
    REQUIRE_OK(conflict);
    CHECK(conflict->duplicatesSkipped == 1);
    CHECK(conflict->imported == 0);
    CHECK(conflict->rejected == 1);
    REQUIRE(conflict->problems.size() == 1);
    CHECK(conflict->problems[0].toString(QStringLiteral("c.csv"))
        == QStringLiteral("c.csv:3: column Estimated investment - Field: All: Argentina already "
                          "has the value 1144608 for 2016; this row says 999"));
}

// ---- Bad input: a clear message naming file and line; the database is left exactly as it was.

namespace {

struct BadCase
{
    const char *file;
    qint64 line;
    const char *message; ///< the start of the message
};

} // namespace

TEST_CASE("Bad files are refused with file, line and reason, and change nothing")
{
    const BadCase cases[] = {
        { "bad_empty.csv", 1, "the file is empty" },
        { "bad_binary.png", 3,
            "this is binary data (byte 9 is a control character), not CSV or JSON text" },
        { "bad_workbook.xlsx", 1,
            "this is a ZIP archive (an .xlsx or .ods workbook?), not CSV or JSON text; save it as "
            "CSV first" },
        { "bad_truncated_quote.csv", 3,
            "a quoted field that starts here is never closed (file ends inside quotes)" },
        { "bad_no_header.csv", 1,
            "no recognisable header (found: name, value). Expected TechWinter columns" },
        { "bad_header_only.csv", 1, "the file has a header but no rows" },
        { "bad_wrong_types.csv", 2,
            "no row can be imported: all 3 rows were rejected (first: column date: 'soon' is not a "
            "date" },
        { "bad_truncated.json", 3, "this is not valid JSON: " },
        { "bad_json_object.json", 1,
            "expected a JSON array with one object per event, found an object" },
    };
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const QString before = fingerprint(*repo);
    for (const BadCase &c : cases) {
        const QString path = fixture(QString::fromLatin1(c.file));
        INFO(c.file);
        auto result = test::importFile(*repo, path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().file == path);
        CHECK(result.error().line == c.line);
        CHECK(result.error().message.startsWith(QString::fromUtf8(c.message)));
        CHECK(
            result.error().toString().startsWith(QStringLiteral("%1:%2: ").arg(path).arg(c.line)));
        CHECK(fingerprint(*repo) == before);
    }
}
