#pragma once

// Helpers shared by the tst_import*.cpp files.

#include "EventCsv.h"
#include "FormatDetector.h"
#include "ImportService.h"
#include "Importer.h"
#include "SourceReader.h"
#include "SqliteStorage.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

// Failed checks print the text, not "{?}".
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

/// REQUIRE for a Result that prints the error when there is one.
#define REQUIRE_OK(result)                                                                         \
    do {                                                                                           \
        if (!(result).ok())                                                                        \
            FAIL((result).error().toString().toStdString());                                       \
    } while (false)

namespace techwinter::test {

inline std::unique_ptr<SqliteStorage> openRepository(
    const QTemporaryDir &dir, const QString &name = QStringLiteral("import.sqlite"))
{
    auto repo = SqliteStorage::open(dir.filePath(name));
    if (!repo)
        FAIL(repo.error().toString().toStdString());
    return std::move(repo).value();
}

/// A repository holding the sample companies and events, as a user's database would.
inline std::unique_ptr<SqliteStorage> openSampleRepository(const QTemporaryDir &dir)
{
    auto repo = openRepository(dir, QStringLiteral("sample.sqlite"));
    REQUIRE(repo->addCompanies(sampleCompanies()).ok());
    REQUIRE(repo->addEvents(sampleEvents(), QStringLiteral("sample")).ok());
    return repo;
}

/// The stored events by value (a range-for over `loadEvents().value()` would dangle).
inline std::vector<Event> allEvents(const SqliteStorage &repo)
{
    auto events = repo.loadEvents();
    REQUIRE(events.ok());
    return std::move(events).value();
}

/// Everything a user could see in the database, as text: equal fingerprints mean unchanged data.
inline QString fingerprint(const SqliteStorage &repo)
{
    QString out;
    auto events = repo.loadEvents();
    REQUIRE(events.ok());
    out += QString::fromUtf8(EventCsv::write(*events));
    for (const Event &e : *events) {
        auto details = repo.eventDetails(e.id);
        REQUIRE(details.ok());
        out += QStringLiteral("%1:%2:%3").arg(e.id).arg(details->batchId).arg(details->sourceRow);
        for (const EventAttribute &a : details->attributes)
            out += QStringLiteral(";%1=%2").arg(a.name, a.value);
        out += QLatin1Char('\n');
    }
    auto companies = repo.loadCompanies();
    REQUIRE(companies.ok());
    for (const Company &c : *companies)
        out += QStringLiteral("%1 %2 [%3]\n").arg(c.id).arg(c.name, c.aliases.join(u'|'));
    auto batches = repo.importBatches();
    REQUIRE(batches.ok());
    for (const ImportBatch &b : *batches)
        out += QStringLiteral("batch %1 %2 %3 %4\n")
                   .arg(b.id)
                   .arg(b.source)
                   .arg(b.eventCount)
                   .arg(b.contextPointCount);
    auto series = repo.loadContextSeries();
    REQUIRE(series.ok());
    for (const ContextSeries &s : *series) {
        out += QStringLiteral("series %1 %2\n").arg(s.id).arg(s.name);
        for (const ContextPoint &p : s.points)
            out += QStringLiteral("%1 %2 %3\n")
                       .arg(p.entity, p.date.toString(Qt::ISODate))
                       .arg(p.value, 0, 'f', 2);
    }
    return out;
}

/// Parses and stores a fixture the way the command line does (ImportService: read in pieces on
/// a second thread while they are stored).
inline Result<ImportSummary> importFile(
    SqliteStorage &repo, const QString &path, const ImportControl &control = {})
{
    return ImportService::importFile(repo, path, control);
}

inline ParsedImport parseOk(const QString &path)
{
    auto parsed = Importer::parseFile(path);
    if (!parsed)
        FAIL(parsed.error().toString().toStdString());
    return std::move(parsed).value();
}

inline std::string str(const QString &s)
{
    return s.toStdString();
}

/// A file of the shared public data folder (../shared/data).
inline QString sharedFile(const char *name)
{
    return QStringLiteral(TECHWINTER_SHARED_DATA "/") + QString::fromLatin1(name);
}

// The shared folder sits beside the project and may be absent (a source tarball): the test is
// skipped then, except in CI, where it fails.
inline bool haveSharedFile(const char *name)
{
    return inputAvailable(QFileInfo::exists(sharedFile(name)), str(sharedFile(name)));
}

/// Parses `bytes` as a file named `name` would be; fails the test when it cannot be read.
inline ParsedImport parsedFrom(const QByteArray &bytes, const QString &name)
{
    auto parsed = Importer::parse(bytes, name);
    if (!parsed)
        FAIL(str(parsed.error().toString()));
    return std::move(parsed).value();
}

} // namespace techwinter::test
