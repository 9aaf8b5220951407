#pragma once

#include "FilterState.h"

#include <QString>

namespace techwinter {

class EventStore;

/// Words for what a filter shows, for chart titles and exported metadata:
/// "Google, Microsoft, 2022–2024" or "all companies, layoffs and launches".
class FilterDescription
{
public:
    /// The companies part: "all companies", "no company", "Google", "Google, Microsoft",
    /// "Google, Microsoft and 5 more".
    static QString companies(const FilterState &state, const EventStore &store, int maxNames = 3);
    /// The date part: "2022–2024", "Jan 2023–Jun 2024" (month precision when not whole years),
    /// or "" when open-ended on both sides.
    static QString dateRange(const FilterState &state);
    /// The kinds part, "" when every kind is shown.
    static QString kinds(const FilterState &state);
    /// Companies, kinds and dates joined with ", " (empty parts left out).
    static QString summary(const FilterState &state, const EventStore &store);
};

} // namespace techwinter
