// Figures that are surely wrong are imported as read but named, in the preview and the summary
// (issue 12, item 19).

#include "EventDatabase.h"
#include "OutlierCheck.h"
#include "SourceReader.h"
#include "tst_import_support.h"

#include <QTemporaryDir>

using namespace techwinter;
using test::fixture;

namespace {

std::vector<ImportProblem> warningsAt(const std::vector<ImportProblem> &warnings, qint64 line)
{
    std::vector<ImportProblem> at;
    for (const ImportProblem &p : warnings) {
        if (p.line == line)
            at.push_back(p);
    }
    return at;
}

} // namespace

TEST_CASE("A deal above any ever reported, and a company's figure 100 times its others, are warned")
{
    auto parsed = Importer::parseFile(fixture(QStringLiteral("import_outliers.csv")));
    REQUIRE(parsed.ok());
    CHECK(parsed->events.size() == 10); // warned rows are imported as read
    CHECK(parsed->rejected == 0);
    const auto &w = parsed->warnings;
    REQUIRE(w.size() == 3);

    // Line 2: 2.6E+12 for a 1984 acquisition, above US$1,000 bn.
    const auto deal = warningsAt(w, 2);
    REQUIRE(deal.size() == 1);
    CHECK(deal.front().column == QStringLiteral("amount_usd"));
    CHECK(deal.front().reason.startsWith(QStringLiteral("US$2,600.0 bn is more than any deal")));

    // Line 7: 150,000 people against 1,200 and 900 at the same company: 125 times the next.
    const auto cut = warningsAt(w, 7);
    REQUIRE(cut.size() == 1);
    CHECK(cut.front().column == QStringLiteral("headcount"));
    CHECK(cut.front().reason
        == QStringLiteral("150,000 people is 125 times this company's next largest figure "
                          "(1,200); check it"));

    // Line 8: five million people, more than any employer has had.
    const auto typo = warningsAt(w, 8);
    REQUIRE(typo.size() == 1);
    CHECK(typo.front().reason.startsWith(QStringLiteral("5,000,000 people is more than")));

    // Example Motors' 2.6E+12 is also 500 times its next figure, but is named once; Rounds Ltd
    // grows 90 times from seed to Series B, which is not an outlier.
    CHECK(warningsAt(w, 9).empty());
    CHECK(warningsAt(w, 11).empty());
}

TEST_CASE("Two figures alone never make a company outlier, however far apart")
{
    std::vector<ImportedEvent> events(2);
    events[0].event.company = QStringLiteral("A");
    events[0].event.amountUsd = 1e7;
    events[0].line = 2;
    events[1].event.company = QStringLiteral("a"); // the same company, case aside
    events[1].event.amountUsd = 5e10;
    events[1].line = 3;
    CHECK(OutlierCheck::find(events).empty());
    ImportedEvent third;
    third.event.company = QStringLiteral("A");
    third.event.amountUsd = 2e7;
    third.line = 4;
    events.push_back(third);
    const auto found = OutlierCheck::find(events);
    REQUIRE(found.size() == 1);
    CHECK(found.front().line == 3);
    CHECK(found.front().reason
        == QStringLiteral("US$50.0 bn is 2500 times this company's next largest figure "
                          "(US$20.0 m); check it"));
    // The same spread below US$1 bn (an angel round, then a Series A) is normal.
    for (ImportedEvent &e : events)
        *e.event.amountUsd /= 100;
    CHECK(OutlierCheck::find(events).empty());
}

TEST_CASE("The preview and the stored import's summary both name the figures to check")
{
    const QString path = fixture(QStringLiteral("import_outliers.csv"));
    auto table = SourceReader::readFile(path);
    REQUIRE(table.ok());
    auto parsed = Importer::parseFile(path);
    REQUIRE(parsed.ok());
    auto preview = Importer::preview(*table, parsed->mapping, 5);
    REQUIRE(preview.ok());
    // The first five rows hold the 2.6E+12 deal only.
    REQUIRE(preview->warnings.size() == 1);
    CHECK(preview->warnings.front().line == 2);

    QTemporaryDir dir;
    auto db = EventDatabase::open(
        DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("outliers.sqlite"))),
        { .seedBundled = false });
    REQUIRE(db.ok());
    auto summary = db.value().importFile(path);
    REQUIRE(summary.ok());
    CHECK(summary->imported == 10);
    CHECK(summary->warnings.size() == 3);
    CHECK(summary->toText().endsWith(QStringLiteral("; 3 figures look wrong, check them")));
}
