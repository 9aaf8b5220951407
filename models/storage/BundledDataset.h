#pragma once

#include "Event.h"
#include "Result.h"

#include <vector>

namespace techwinter {

class EventStorage;

/// How an event of an earlier bundled dataset was stored, so an update can find it in a database
/// made before events carried their bundle id: the 2025 release's rows.
struct BundleKey
{
    QString bundleId;
    QString date; ///< as stored: YYYY-MM-DD
    QString datePrecision; ///< day, month or year
    QString company; ///< display name
    QString kind; ///< kind word
    QString title;
};

/// Which bundled dataset a database holds.
struct BundledDatasetStatus
{
    bool bundled = false; ///< filled from a bundled dataset at all (not an empty or imported one)
    int version = 0; ///< the dataset's version; 1 for the 2025 release, which recorded none
};

/// What bringing a database's bundled dataset up to date did.
struct DatasetUpdateSummary
{
    enum class Outcome {
        Updated, ///< a batch with the new and corrected events was stored
        UpToDate, ///< the database already holds this version (or a newer one)
        NotBundled, ///< the database was not made from a bundled dataset: nothing to update
    };
    Outcome outcome = Outcome::UpToDate;
    int fromVersion = 0;
    int toVersion = 0;
    qint64 batchId = 0; ///< the update's import batch, undoable like an import; 0 when none
    qint64 added = 0; ///< events new in this version
    qint64 corrected = 0; ///< bundled events whose figures or words this version corrects
    qint64 unchanged = 0;
    qint64 keptEdited = 0; ///< bundled events the user edited: left as the user made them

    /// "Bundled dataset updated from version 1 to 2: 311 events added, 9 corrected, …".
    QString toText() const;
};

/// The curated dataset compiled into the app (`resources/data/events.csv`, `companies.csv`), with
/// its version and each event's stable bundle id.
class BundledDataset
{
public:
    int version = 0;
    std::vector<Company> companies;
    std::vector<Event> events;
    std::vector<QString> bundleIds; ///< one per event, in the same order
    /// The rows of the 2025 release (version 1), which databases of that release hold without ids.
    std::vector<BundleKey> firstReleaseKeys;

    /// The version of the compiled-in dataset, without reading its events.
    static Result<int> compiledVersion();

    /// Reads and checks the compiled-in files; any unreadable row fails the whole load, because a
    /// silently thinner dataset would mislead.
    static Result<BundledDataset> load();

    /// Reads a dataset from explicit files (used by load(), and by tests on fixtures). Without a
    /// `bundle_id` column the events get none; `versionPath` and `keysPath` may be empty.
    static Result<BundledDataset> loadFrom(const QString &eventsPath, const QString &companiesPath,
        const QString &versionPath = {}, const QString &keysPath = {});

    /// Stores the companies and events in a new, empty `storage` as the batch "bundled dataset",
    /// with their bundle ids and the dataset's version.
    Status installInto(EventStorage &storage) const;
};

} // namespace techwinter
