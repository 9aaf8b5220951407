#pragma once

#include "Event.h"
#include "Result.h"

#include <vector>

namespace techwinter {

class EventStorage;

/// The curated dataset compiled into the app (`resources/data/events.csv`, `companies.csv`).
class BundledDataset
{
public:
    std::vector<Company> companies;
    std::vector<Event> events;

    /// Reads and checks the compiled-in files; any unreadable row fails the whole load, because a
    /// silently thinner dataset would mislead.
    static Result<BundledDataset> load();

    /// Reads a dataset from explicit files (used by load(), and by tests on fixtures).
    static Result<BundledDataset> loadFrom(const QString &eventsPath, const QString &companiesPath);

    /// Stores the companies and events in `storage` as one batch labelled "bundled dataset".
    Status installInto(EventStorage &storage) const;
};

} // namespace techwinter
