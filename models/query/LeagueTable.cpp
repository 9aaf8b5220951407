#include "LeagueTable.h"

#include "EventStore.h"

#include <algorithm>

namespace techwinter {

std::optional<double> LeagueRow::aiUsdPerJobCut() const
{
    if (jobsCut == 0)
        return std::nullopt;
    return aiUsd / double(jobsCut);
}

std::vector<LeagueRow> LeagueTable::compute(const EventStore &store, std::span<const int> rows)
{
    // Indexed by company so the pass costs one array access a row, not a hash lookup.
    std::vector<LeagueRow> byCompany(store.companies().size());
    for (int row : rows) {
        LeagueRow &r = byCompany[size_t(store.companyIndex(row))];
        const int day = store.day(row);
        if (r.company < 0) {
            r.company = store.companyIndex(row);
            r.firstEvent = QDate::fromJulianDay(day);
        }
        // Rows come in date order, so the last one seen is the latest.
        r.lastEvent = QDate::fromJulianDay(day);
        switch (store.kind(row)) {
        case EventKind::Layoff:
            ++r.layoffEvents;
            r.jobsCut += store.headcountOrZero(row);
            break;
        case EventKind::AiInvestment:
            r.aiUsd += store.amountUsd(row).value_or(0);
            break;
        case EventKind::Acquisition:
            ++r.acquisitions;
            r.acquisitionUsd += store.amountUsd(row).value_or(0);
            break;
        default:
            break;
        }
    }
    std::vector<LeagueRow> result;
    for (LeagueRow &r : byCompany) {
        if (r.company < 0)
            continue;
        r.name = store.company(r.company).name;
        result.push_back(std::move(r));
    }
    std::sort(result.begin(), result.end(), [](const LeagueRow &a, const LeagueRow &b) {
        if (a.jobsCut != b.jobsCut)
            return a.jobsCut > b.jobsCut;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::vector<CumulativePoint> LeagueTable::cumulative(
    const EventStore &store, std::span<const int> rows)
{
    std::vector<CumulativePoint> points;
    CumulativePoint running;
    for (int row : rows) {
        const EventKind kind = store.kind(row);
        if (kind == EventKind::Layoff)
            running.jobsCut += store.headcountOrZero(row);
        else if (kind == EventKind::AiInvestment)
            running.aiUsd += store.amountUsd(row).value_or(0);
        else
            continue;
        running.date = store.date(row);
        if (!points.empty() && points.back().date == running.date)
            points.back() = running;
        else
            points.push_back(running);
    }
    return points;
}

} // namespace techwinter
