#pragma once

#include "ChartContent.h"
#include "Event.h"
#include "LeagueTable.h"

#include <QString>

#include <vector>

namespace techwinter {

/// One company's page of a briefing: its own chart and its largest events.
struct BriefingCompany
{
    QString name;
    TimelineChartContent chart;
    /// Its largest layoffs (by jobs cut) and largest money events (by US$), in date order.
    std::vector<Event> largest;
};

/// What a PDF briefing of the current view holds: a cover, the overview chart, the league table,
/// and one page per company when several were chosen.
struct Briefing
{
    QString title; ///< the overview chart's title
    QString filter; ///< the filter in words
    QString totals; ///< the overview's subtitle: jobs cut, AI money, events
    TimelineChartContent overview;
    std::vector<LeagueRow> league;
    std::vector<BriefingCompany> companies;
};

/// Builds a briefing from the filtered rows; computation only, ui/BriefingPdf draws it.
class BriefingContent
{
public:
    /// Largest events listed per company page.
    static constexpr int largestPerKind = 4;

    static Briefing make(const EventStore &store, const FilterState &state,
        std::span<const int> rows, BucketSize bucket, const QString &databaseName);

    /// The company's largest layoffs and money events among `rows`, in date order.
    static std::vector<Event> largestEvents(
        const EventStore &store, std::span<const int> rows, int company);
};

} // namespace techwinter
