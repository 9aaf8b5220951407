#pragma once

#include "BriefingContent.h"
#include "ChartExporter.h"
#include "Result.h"

#include <QString>

namespace techwinter {

/// Writes a Briefing as a multi-page A4 landscape PDF: a cover with the filter and totals, the
/// overview chart, the league table, then one page per chosen company with its chart and its
/// largest events and their sources; every page numbered. Charts stay vector; fonts (Korean
/// too) are embedded by Qt's PDF engine. Written atomically.
class BriefingPdf
{
public:
    static Status write(
        const QString &path, const Briefing &briefing, const TimelineChartOptions &chartOptions);

    /// Pages the briefing takes: cover, overview, the league table's pages, company pages.
    static int pageCount(const Briefing &briefing);
    /// League table rows that fit one page.
    static constexpr int leagueRowsPerPage = 24;
};

} // namespace techwinter
