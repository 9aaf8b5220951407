#pragma once

#include "FilterState.h"
#include "Result.h"

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

    /// Resolves names (and aliases) against the store and checks every value; the first problem
    /// is returned as a one-line message.
    Result<FilterState> toState(const EventStore &store) const;
};

} // namespace techwinter
