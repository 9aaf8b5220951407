#pragma once

#include "FilterState.h"

class QSettings;

namespace techwinter {

class EventStore;

/// Saves a filter by company *names* (indexes change between databases) and restores it against
/// whatever store is open; names that no longer exist are dropped.
class FilterSettings
{
public:
    static void save(QSettings &settings, const FilterState &state, const EventStore &store);
    static FilterState load(QSettings &settings, const EventStore &store);
};

} // namespace techwinter
