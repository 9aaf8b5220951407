#pragma once

#include "FilterState.h"
#include "Result.h"
#include "ViewState.h"

#include <QStringList>

namespace techwinter {

class EventStore;

/// The filter as typed on a command line (`--company`, `--kind`, `--from`, `--to`).
struct FilterArguments
{
    QStringList companies;
    QStringList kinds;
    QString from; ///< YYYY-MM or YYYY-MM-DD; a month means its first day
    QString to; ///< YYYY-MM or YYYY-MM-DD; a month means its last day
    QString text;

    /// Checks every value and gives the view they describe (companies still by name); the first
    /// problem is returned as a one-line message naming the option.
    Result<ViewState> toView() const;
    /// toView(), with the names (and aliases) resolved against the store: an unknown one is an
    /// error.
    Result<FilterState> toState(const EventStore &store) const;
};

} // namespace techwinter
