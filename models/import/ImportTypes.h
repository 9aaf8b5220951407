#pragma once

#include "ColumnMapping.h"
#include "ContextSeries.h"
#include "Event.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace techwinter {

/// Why one row of a file was not imported: where (line, column) and what was wrong.
struct ImportProblem
{
    qint64 line = 0; ///< line of the file on which the row starts (1-based)
    QString column; ///< header name of the offending column; empty for the row as a whole
    QString reason;

    /// "column X: reason", or the reason alone for the row as a whole.
    QString description() const;
    /// "file:line: column X: reason".
    QString toString(const QString &file) const;

    bool operator==(const ImportProblem &) const = default;
};

/// A named text fact kept with an imported event (location, industry, round type...).
struct EventAttribute
{
    QString name;
    QString value;

    bool operator==(const EventAttribute &) const = default;
};

/// An event read from a file, with its attributes and the line it came from.
struct ImportedEvent
{
    Event event;
    std::vector<EventAttribute> attributes;
    qint64 line = 0;
};

enum class ImportStage : std::uint8_t {
    Mapping, ///< turning rows into events (pure, any thread)
    Storing, ///< writing to the database (the repository's thread)
};

/// Lets a caller on another thread follow and stop an import. Both are checked between rows;
/// a cancelled import returns an error and leaves the database as it was.
struct ImportControl
{
    /// Set to true (from any thread) to stop; may be null.
    const std::atomic_bool *cancel = nullptr;
    /// Called every few hundred rows and once at the end of each stage, on the importing thread.
    std::function<void(ImportStage stage, qint64 done, qint64 total)> progress;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(ImportStage stage, qint64 done, qint64 total) const
    {
        if (progress)
            progress(stage, done, total);
    }
};

/// What the pure half of an import produced from a file: events (or context-series points) ready
/// to store, and the rows that were rejected with why. No database was touched.
struct ParsedImport
{
    QString filePath; ///< as given; labels errors
    QString sourceName; ///< file name recorded with the import batch
    QString encoding; ///< how the bytes were decoded ("UTF-8", "Mac Roman"...)
    ColumnMapping mapping;
    std::vector<ImportedEvent> events;
    std::vector<ContextPoint> contextPoints;
    std::vector<ImportProblem> problems;
    /// Rows imported as read whose figure looks wrong (OutlierCheck), for the user to look at.
    std::vector<ImportProblem> warnings;
    qint64 rowsRead = 0; ///< data rows, not counting the header and rows of empty cells
    qint64 rejected = 0;
    qint64 emptyRows = 0; ///< rows whose cells were all empty (",,,,"), skipped silently
    bool truncated = false; ///< stopped at a row limit (a preview), not the end of the file
};

/// What storing an import did. rowsRead = imported + duplicatesSkipped + sourcesMerged + rejected.
struct ImportSummary
{
    qint64 batchId = 0; ///< 0 when nothing was stored (every row a duplicate)
    QString sourceName;
    ImportFormat format = ImportFormat::Custom;
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 duplicatesSkipped = 0; ///< rows that repeat an event and add nothing to it
    /// Rows that repeat an event but bring a report of it that the event did not list: the one
    /// event is kept and gets the row's source URL.
    qint64 sourcesMerged = 0;
    qint64 rejected = 0;
    std::vector<ImportProblem> problems;
    std::vector<ImportProblem> warnings; ///< imported, but the figure looks wrong

    /// "layoffs.csv: 2361 rows read, 2353 imported, 7 duplicates skipped, 1 rejected" (with
    /// "5 merged (second source kept)" when rows were merged), and how many figures to check
    /// when there are warnings.
    QString toText() const;
};

/// One stored import, for listing and undoing.
struct ImportBatch
{
    qint64 id = 0;
    QString source; ///< file name
    QString format; ///< importFormatName(), empty for the bundled dataset and older imports
    QDateTime importedAt; ///< UTC
    qint64 eventCount = 0;
    qint64 contextPointCount = 0;
    qint64 sourcesMerged = 0; ///< source URLs it added to events of other imports
};

/// Where an event came from and the attributes it was imported with.
struct EventDetails
{
    qint64 batchId = 0; ///< 0 for events stored before imports were tracked
    QString source; ///< file name of the batch
    QDateTime importedAt;
    qint64 sourceRow = 0; ///< line in the file
    std::vector<EventAttribute> attributes;
};

} // namespace techwinter
