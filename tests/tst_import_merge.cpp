// A row that repeats an event but brings another report of it: one event is kept with both
// sources, the summary says so, and undoing the import takes exactly its sources away again.

#include "tst_import_support.h"

using namespace techwinter;
using test::fingerprint;
using test::parsedFrom;

namespace {

QByteArray layoffRow(const char *url)
{
    return QByteArray("2023-05-01,Zeta Labs,layoff,120,Zeta cuts,") + url + '\n';
}

const QByteArray header = "date,company,kind,headcount,title,source_url\n";

Event onlyEvent(const SqliteStorage &repo, const QString &company)
{
    std::vector<Event> found;
    for (const Event &e : test::allEvents(repo)) {
        if (e.company == company)
            found.push_back(e);
    }
    REQUIRE(found.size() == 1);
    return found.front();
}

qint64 lastBatch(const SqliteStorage &repo)
{
    auto batches = repo.importBatches();
    REQUIRE(batches.ok());
    REQUIRE(!batches->empty());
    return batches->back().id;
}

} // namespace

TEST_CASE("A repeat with another source URL in the same file is merged, not dropped")
{
    QTemporaryDir dir;
    auto repo = test::openRepository(dir);
    const ParsedImport parsed = parsedFrom(header + layoffRow("https://a.example/zeta")
            + layoffRow("https://b.example/zeta") + layoffRow("https://a.example/zeta")
            + layoffRow("https://c.example/zeta"),
        QStringLiteral("zeta.csv"));
    auto summary = repo->importParsed(parsed);
    REQUIRE_OK(summary);
    CHECK(summary->imported == 1);
    CHECK(summary->sourcesMerged == 2);
    CHECK(summary->duplicatesSkipped == 1); // line 4 repeats line 2 with its own URL
    CHECK(summary->rowsRead
        == summary->imported + summary->duplicatesSkipped + summary->sourcesMerged
            + summary->rejected);
    CHECK(summary->toText()
        == QStringLiteral("zeta.csv: 4 rows read, 1 imported, 1 duplicates skipped, "
                          "2 merged (second source kept), 0 rejected"));

    const Event e = onlyEvent(*repo, QStringLiteral("Zeta Labs"));
    CHECK(e.sourceUrl == QStringLiteral("https://a.example/zeta"));
    CHECK(e.otherSourceUrls()
        == QStringList {
            QStringLiteral("https://b.example/zeta"), QStringLiteral("https://c.example/zeta") });
    CHECK(*e.headcount == 120); // merged, not summed: the jobs are counted once
}

TEST_CASE("Sources merged into stored events come off again with their import, in any order")
{
    QTemporaryDir dir;
    auto repo = test::openRepository(dir);
    REQUIRE_OK(repo->importParsed(parsedFrom(header + layoffRow("https://a.example/zeta")
            + "2023-06-01,Unsourced Co,layoff,50,Quiet cuts,\n",
        QStringLiteral("first.csv"))));
    const QString afterFirst = fingerprint(*repo);

    auto second = repo->importParsed(parsedFrom(header + layoffRow("https://b.example/zeta")
            + "2023-06-01,Unsourced Co,layoff,50,Quiet cuts,https://u.example/quiet\n",
        QStringLiteral("second.csv")));
    REQUIRE_OK(second);
    CHECK(second->imported == 0);
    CHECK(second->sourcesMerged == 2);
    CHECK(second->batchId != 0); // a batch that only added sources is still one to undo
    const qint64 secondBatch = lastBatch(*repo);
    CHECK(repo->importBatches()->back().sourcesMerged == 2);
    // An event without a source gets the row's URL as its source.
    CHECK(onlyEvent(*repo, QStringLiteral("Unsourced Co")).sourceUrl
        == QStringLiteral("https://u.example/quiet"));

    REQUIRE_OK(repo->importParsed(parsedFrom(
        header + layoffRow("https://c.example/zeta") + layoffRow("https://b.example/zeta"),
        QStringLiteral("third.csv"))));
    const qint64 thirdBatch = lastBatch(*repo);
    CHECK(onlyEvent(*repo, QStringLiteral("Zeta Labs")).otherSources
        == QStringLiteral("https://b.example/zeta | https://c.example/zeta"));

    // Undoing the second import first leaves the third one's source in place.
    REQUIRE_OK(repo->undoImport(secondBatch));
    const Event zeta = onlyEvent(*repo, QStringLiteral("Zeta Labs"));
    CHECK(zeta.sourceUrl == QStringLiteral("https://a.example/zeta"));
    CHECK(zeta.otherSources == QStringLiteral("https://c.example/zeta"));
    CHECK(onlyEvent(*repo, QStringLiteral("Unsourced Co")).sourceUrl.isEmpty());

    REQUIRE_OK(repo->undoImport(thirdBatch));
    CHECK(fingerprint(*repo) == afterFirst);
}

TEST_CASE("Undoing the import an event came from also forgets the sources merged into it later")
{
    QTemporaryDir dir;
    auto repo = test::openRepository(dir);
    const QString empty = fingerprint(*repo);
    REQUIRE_OK(repo->importParsed(
        parsedFrom(header + layoffRow("https://a.example/zeta"), QStringLiteral("first.csv"))));
    const qint64 firstBatch = lastBatch(*repo);
    REQUIRE_OK(repo->importParsed(
        parsedFrom(header + layoffRow("https://b.example/zeta"), QStringLiteral("second.csv"))));
    const qint64 secondBatch = lastBatch(*repo);
    REQUIRE_OK(repo->undoImport(firstBatch));
    CHECK(test::allEvents(*repo).empty());
    // The later import is still listed and can be undone without an error.
    REQUIRE_OK(repo->undoImport(secondBatch));
    CHECK(fingerprint(*repo) == empty);
}

TEST_CASE("Importing an export of merged events again adds nothing")
{
    QTemporaryDir dir;
    auto repo = test::openRepository(dir);
    REQUIRE_OK(repo->importParsed(parsedFrom(
        header + layoffRow("https://a.example/zeta") + layoffRow("https://b.example/zeta"),
        QStringLiteral("zeta.csv"))));
    const QString before = fingerprint(*repo);
    const QByteArray exported = EventCsv::write(test::allEvents(*repo));
    auto again = repo->importParsed(parsedFrom(exported, QStringLiteral("export.csv")));
    REQUIRE_OK(again);
    CHECK(again->duplicatesSkipped == 1);
    CHECK(again->sourcesMerged == 0);
    CHECK(fingerprint(*repo) == before);
}
