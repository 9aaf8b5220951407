#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace techwinter {

class EventStore;

/// One company's measures over the filtered events: what it cut, what it put into AI, what it
/// bought. Exact sums of the known figures; unknown figures add nothing.
struct LeagueRow
{
    int company = -1; ///< index into the EventStore's companies
    QString name;
    qint64 jobsCut = 0; ///< headcounts of its layoffs, where known
    int layoffEvents = 0;
    /// Equity stakes and funding rounds in AI only (ai_investment); compute purchase commitments
    /// and capex (ai_infrastructure) are not investment and are never added here.
    double aiUsd = 0;
    int acquisitions = 0;
    double acquisitionUsd = 0; ///< known deal values only
    QDate firstEvent;
    QDate lastEvent;

    /// AI dollars per job cut; nullopt when no job cut is known (the ratio is undefined).
    std::optional<double> aiUsdPerJobCut() const;

    bool operator==(const LeagueRow &) const = default;
};

/// One step of the cumulative league view: running totals up to and including `date`.
struct CumulativePoint
{
    QDate date;
    qint64 jobsCut = 0;
    double aiUsd = 0;

    bool operator==(const CumulativePoint &) const = default;
};

/// Derives the league table (one row per company with events in `rows`) and the running totals
/// of jobs cut against AI money. One pass over the rows, hot columns only.
class LeagueTable
{
public:
    /// Rows ordered by jobs cut (most first), then by name.
    static std::vector<LeagueRow> compute(const EventStore &store, std::span<const int> rows);

    /// One point per date with a layoff or an AI investment among `rows`, in date order.
    static std::vector<CumulativePoint> cumulative(
        const EventStore &store, std::span<const int> rows);
};

} // namespace techwinter
