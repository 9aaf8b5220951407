// The storing half of import: one transaction, duplicates, provenance, undo, cancellation, and
// exports that come back in exactly.

#include "BundledDataset.h"
#include "EventDatabase.h"
#include "EventJson.h"
#include "tst_import_support.h"

#include <chrono>
#include <future>
#include <optional>
#include <thread>

using namespace techwinter;
using test::fingerprint;
using test::fixture;
using test::parsedFrom;

TEST_CASE("Duplicates are skipped within the file and against the database — repeats are kept")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    // Line 2 equals the sample's Microsoft layoff (through the alias MSFT); line 4 equals line 3;
    // line 5 is the same company and figures on another day, line 6 the same day with another
    // figure, line 7 another kind, line 8 another title.
    const ParsedImport parsed
        = parsedFrom(QByteArray("date,company,kind,headcount,title\n"
                                "2023-01-18,msft,layoff,10000,Microsoft layoff\n"
                                "2023-05-01,Microsoft,layoff,276,Cuts\n"
                                "2023-05-01,MICROSOFT,layoff,276,Cuts\n"
                                "2023-05-02,Microsoft,layoff,276,Cuts\n"
                                "2023-05-01,Microsoft,layoff,277,Cuts\n"
                                "2023-05-01,Microsoft,restructuring,276,Cuts\n"
                                "2023-05-01,Microsoft,layoff,276,Other cuts\n"),
            QStringLiteral("dups.csv"));
    auto summary = repo->importParsed(parsed);
    REQUIRE_OK(summary);
    CHECK(summary->rowsRead == 7);
    CHECK(summary->duplicatesSkipped == 2);
    CHECK(summary->imported == 5);
    CHECK(summary->rowsRead == summary->imported + summary->duplicatesSkipped + summary->rejected);
}

TEST_CASE("An import records its batch, file name and line per event, and can be undone whole")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const QString before = fingerprint(*repo);
    const size_t batchesBefore = repo->importBatches()->size();
    const size_t companiesBefore = repo->loadCompanies()->size();

    auto summary = test::importFile(*repo, fixture(QStringLiteral("import_layoffs_quirks.csv")));
    REQUIRE_OK(summary);
    auto batches = repo->importBatches();
    REQUIRE_OK(batches);
    REQUIRE(batches->size() == batchesBefore + 1);
    const ImportBatch &batch = batches->back();
    CHECK(batch.id == summary->batchId);
    CHECK(batch.source == QStringLiteral("import_layoffs_quirks.csv"));
    CHECK(batch.format == QStringLiteral("layoffs-fyi"));
    CHECK(batch.importedAt.isValid());
    CHECK(batch.eventCount == 7);
    CHECK(repo->loadCompanies()->size() == companiesBefore + 5); // Amazon, Shopify, WeWork...

    // Uber's two layoffs come from lines 13 and 14.
    QList<qint64> uberLines;
    for (const Event &e : test::allEvents(*repo)) {
        if (e.company == QLatin1String("Uber"))
            uberLines << repo->eventDetails(e.id)->sourceRow;
    }
    CHECK(uberLines == QList<qint64> { 13, 14 });

    auto removed = repo->undoImport(summary->batchId);
    REQUIRE_OK(removed);
    CHECK(removed.value() == 7);
    CHECK(fingerprint(*repo) == before);
    CHECK(repo->loadCompanies()->size() == companiesBefore);

    auto missing = repo->undoImport(summary->batchId);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message
        == QStringLiteral("there is no import %1 to undo").arg(summary->batchId));
}

TEST_CASE("Undo keeps a company an import created when a later import still uses it")
{
    QTemporaryDir dir;
    auto repo = test::openRepository(dir);
    auto first = repo->importParsed(parsedFrom(
        QByteArray("date,company,kind\n2023-01-01,Newco,launch\n"), QStringLiteral("a.csv")));
    REQUIRE_OK(first);
    auto second = repo->importParsed(parsedFrom(
        QByteArray("date,company,kind\n2023-02-01,newco,layoff\n"), QStringLiteral("b.csv")));
    REQUIRE_OK(second);
    REQUIRE(repo->undoImport(first->batchId).ok());
    auto events = repo->loadEvents();
    REQUIRE(events->size() == 1);
    CHECK(events->front().company == QStringLiteral("Newco"));
    CHECK(repo->loadCompanies()->size() == 1);
}

TEST_CASE("Undoing a series import removes its points and the emptied series")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const QString before = fingerprint(*repo);
    auto summary = test::importFile(*repo, fixture(QStringLiteral("import_owid_sample.csv")));
    REQUIRE_OK(summary);
    CHECK(repo->importBatches()->back().contextPointCount == 5);
    REQUIRE(repo->undoImport(summary->batchId).value() == 5);
    CHECK(repo->loadContextSeries()->empty());
    CHECK(fingerprint(*repo) == before);
}

TEST_CASE("A failure while storing leaves the database exactly as it was")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const QString before = fingerprint(*repo);
    ParsedImport parsed = test::parseOk(fixture(QStringLiteral("import_layoffs_quirks.csv")));
    REQUIRE(parsed.events.size() == 8);
    parsed.events[5].event.date = QDate(); // rows before it would create companies and events
    auto result = repo->importParsed(parsed);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().line == parsed.events[5].line);
    CHECK(result.error().file == parsed.filePath);
    CHECK(fingerprint(*repo) == before);
}

TEST_CASE("Cancelling while storing rolls everything back — progress runs to the total")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const QString before = fingerprint(*repo);
    QByteArray bytes("date,company,kind,headcount\n");
    for (int i = 0; i < 2000; ++i)
        bytes += "2023-01-20,Firm " + QByteArray::number(i) + ",layoff," + QByteArray::number(i)
            + "\n";
    const ParsedImport parsed = parsedFrom(bytes, QStringLiteral("many.csv"));

    std::atomic_bool cancel { false };
    ImportControl control;
    control.cancel = &cancel;
    control.progress = [&](ImportStage stage, qint64 done, qint64) {
        if (stage == ImportStage::Storing && done >= 1000)
            cancel = true;
    };
    auto stopped = repo->importParsed(parsed, control);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().toString()
        == QStringLiteral("many.csv: the import was cancelled; nothing was stored"));
    CHECK(fingerprint(*repo) == before);

    std::vector<qint64> seen;
    ImportControl watching;
    watching.progress = [&](ImportStage stage, qint64 done, qint64 total) {
        CHECK(stage == ImportStage::Storing);
        CHECK(total == 2000);
        seen.push_back(done);
    };
    auto stored = repo->importParsed(parsed, watching);
    REQUIRE_OK(stored);
    CHECK(stored->imported == 2000);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 2000);
}

TEST_CASE("A preview cannot be stored")
{
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const QString before = fingerprint(*repo);
    auto table = SourceReader::readFile(fixture(QStringLiteral("import_layoffs_quirks.csv")));
    REQUIRE_OK(table);
    auto mapping = FormatDetector::detect(*table);
    REQUIRE_OK(mapping);
    auto preview = Importer::preview(*table, *mapping, 3);
    REQUIRE_OK(preview);
    auto result = repo->importParsed(*preview);
    REQUIRE_FALSE(result.ok());
    CHECK(
        result.error().message.startsWith(QStringLiteral("this is a preview of the first 3 rows")));
    CHECK(fingerprint(*repo) == before);
}

TEST_CASE("CSV and JSON exports of the bundled dataset import back exactly, and only once")
{
    auto dataset = BundledDataset::load();
    REQUIRE_OK(dataset);
    QTemporaryDir dir;
    auto seeded = test::openRepository(dir, QStringLiteral("seeded.sqlite"));
    REQUIRE(dataset->installInto(*seeded).ok());
    const std::vector<Event> original = seeded->loadEvents().value();

    const QString csvPath = dir.filePath(QStringLiteral("export.csv"));
    const QString jsonPath = dir.filePath(QStringLiteral("export.json"));
    REQUIRE(EventCsv::writeFile(csvPath, original).ok());
    REQUIRE(EventJson::writeFile(jsonPath, original).ok());

    for (const QString &path : { csvPath, jsonPath }) {
        INFO(test::str(path));
        auto fresh
            = test::openRepository(dir, QFileInfo(path).fileName() + QStringLiteral(".sqlite"));
        auto summary = test::importFile(*fresh, path);
        REQUIRE_OK(summary);
        CHECK(summary->imported == qint64(original.size()));
        CHECK(summary->duplicatesSkipped == 0);
        CHECK(summary->rejected == 0);
        CHECK(EventCsv::write(fresh->loadEvents().value()) == EventCsv::write(original));

        // Into the database it was exported from: every event is already there.
        auto again = test::importFile(*seeded, path);
        REQUIRE_OK(again);
        CHECK(again->imported == 0);
        CHECK(again->duplicatesSkipped == qint64(original.size()));
    }
    CHECK(seeded->eventCount().value() == qint64(original.size()));
}

TEST_CASE("EventDatabase imports, reloads its store and context series, and undoes")
{
    QTemporaryDir dir;
    auto db = EventDatabase::open(
        DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("empty.sqlite"))),
        { .seedBundled = false });
    REQUIRE_OK(db);
    CHECK(db->store()->isEmpty());
    auto layoffs = db.value().importFile(fixture(QStringLiteral("import_layoffs_kaggle_crlf.csv")));
    REQUIRE_OK(layoffs);
    CHECK(db->store()->size() == 3);
    auto series = db.value().importFile(fixture(QStringLiteral("import_owid_sample.csv")));
    REQUIRE_OK(series);
    REQUIRE(db->contextSeries()->size() == 1);
    CHECK(db->contextSeries()->front().points.size() == 5);
    REQUIRE(db.value().undoImport(layoffs->batchId).ok());
    CHECK(db->store()->isEmpty());
    CHECK(db->contextSeries()->size() == 1);

    auto bad = db.value().importFile(fixture(QStringLiteral("bad_no_header.csv")));
    REQUIRE_FALSE(bad.ok());
    CHECK(db->store()->isEmpty());
}

TEST_CASE("An import parses and stores on a worker thread with its own connection while the "
          "calling thread reads the database, and gives the same result as on the calling thread")
{
    // As the window does it: the calling (GUI) thread keeps its repository; the worker opens its
    // own on the same file, parses and stores. The worker pauses inside its write transaction,
    // at its first storing step, until the calling thread has read the database through its own
    // connection: both run at once, and the reader sees none of the unfinished import.
    QTemporaryDir dir;
    auto here = test::openSampleRepository(dir);
    const qint64 sampleEvents = 9;
    REQUIRE(here->eventCount().value() == sampleEvents);
    const QString path = fixture(QStringLiteral("import_rounds_cr_macroman.csv"));

    using namespace std::chrono_literals;
    std::promise<void> storingStarted;
    std::promise<void> readDone;
    std::shared_future<void> mayContinue = readDone.get_future().share();
    // Written by the worker only, read after join(): Catch's assertions are not thread-safe.
    struct WorkerSaw
    {
        std::thread::id thread;
        std::thread::id progressThread;
        bool waitedForReader = false;
        std::optional<Result<ParsedImport>> parsed;
        std::optional<Result<ImportSummary>> stored;
        QString openError;
    } worker;
    std::thread thread([&] {
        worker.thread = std::this_thread::get_id();
        ImportControl control;
        bool paused = false;
        control.progress = [&](ImportStage stage, qint64, qint64) {
            if (stage != ImportStage::Storing || paused)
                return;
            paused = true;
            worker.progressThread = std::this_thread::get_id();
            storingStarted.set_value();
            worker.waitedForReader = mayContinue.wait_for(20s) == std::future_status::ready;
        };
        {
            auto repository = EventStorage::open(here->location());
            if (!repository) {
                worker.openError = repository.error().toString();
                storingStarted.set_value();
                return;
            }
            worker.parsed = Importer::parseFile(path, control);
            if (*worker.parsed)
                worker.stored = repository.value()->importParsed(worker.parsed->value(), control);
        } // the worker's connection closes on the worker's thread
        if (!paused)
            storingStarted.set_value();
    });

    // Meanwhile, on this thread: wait for the worker to be inside its transaction, then read.
    const bool workerStoring
        = storingStarted.get_future().wait_for(20s) == std::future_status::ready;
    const auto countDuring = here->eventCount();
    const auto batchesDuring = here->importBatches();
    readDone.set_value();
    thread.join();

    INFO(test::str(worker.openError));
    REQUIRE(workerStoring);
    CHECK(worker.thread != std::this_thread::get_id());
    CHECK(worker.progressThread == worker.thread);
    CHECK(worker.waitedForReader);
    // What this thread saw while the worker's transaction was open: the sample only.
    REQUIRE_OK(countDuring);
    CHECK(countDuring.value() == sampleEvents);
    REQUIRE_OK(batchesDuring);
    CHECK(batchesDuring->size() == 1);

    // What the worker did: the funding rounds fixture's 7 new events (see tst_import_fixtures).
    REQUIRE(worker.stored);
    REQUIRE_OK((*worker.stored));
    CHECK((*worker.stored)->imported == 7);
    CHECK(here->eventCount().value() == sampleEvents + 7);
    auto batchesAfter = here->importBatches();
    REQUIRE_OK(batchesAfter);
    CHECK(batchesAfter->size() == 2);

    // Parsed there as here.
    const ParsedImport &there = worker.parsed->value();
    auto parsedHere = Importer::parseFile(path);
    REQUIRE_OK(parsedHere);
    REQUIRE(there.events.size() == parsedHere->events.size());
    for (size_t i = 0; i < parsedHere->events.size(); ++i) {
        CHECK(there.events[i].event == parsedHere->events[i].event);
        CHECK(there.events[i].attributes == parsedHere->events[i].attributes);
    }
    CHECK(there.problems == parsedHere->problems);
}
