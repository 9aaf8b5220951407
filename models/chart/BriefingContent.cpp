#include "BriefingContent.h"

#include "EventStore.h"
#include "FilterDescription.h"

#include <algorithm>

namespace techwinter {

std::vector<Event> BriefingContent::largestEvents(
    const EventStore &store, std::span<const int> rows, int company)
{
    std::vector<int> layoffs, money;
    for (int row : rows) {
        if (store.companyIndex(row) != company)
            continue;
        if (store.kind(row) == EventKind::Layoff && store.headcount(row))
            layoffs.push_back(row);
        else if (store.kind(row) != EventKind::Layoff && store.amountUsd(row))
            money.push_back(row);
    }
    // Ties go to the earlier row, so the choice does not depend on the sort's stability.
    const auto keepLargest = [](std::vector<int> &found, auto size) {
        std::sort(found.begin(), found.end(),
            [&](int a, int b) { return size(a) != size(b) ? size(a) > size(b) : a < b; });
        if (found.size() > size_t(largestPerKind))
            found.resize(size_t(largestPerKind));
    };
    keepLargest(layoffs, [&](int row) { return *store.headcount(row); });
    keepLargest(money, [&](int row) { return *store.amountUsd(row); });
    std::vector<int> chosen = layoffs;
    chosen.insert(chosen.end(), money.begin(), money.end());
    std::sort(chosen.begin(), chosen.end(), [&](int a, int b) {
        return store.date(a) != store.date(b) ? store.date(a) < store.date(b) : a < b;
    });
    std::vector<Event> events;
    events.reserve(chosen.size());
    for (int row : chosen)
        events.push_back(store.event(row));
    return events;
}

Briefing BriefingContent::make(const EventStore &store, const FilterState &state,
    std::span<const int> rows, BucketSize bucket, const QString &databaseName)
{
    Briefing briefing;
    briefing.overview = makeChartContent(store, state, rows, bucket, databaseName);
    briefing.title = briefing.overview.title;
    briefing.totals = briefing.overview.subtitle;
    // The cover names every company: a briefing is read without the window to ask.
    const int named = state.companies ? int(state.companies->size()) : 3;
    QStringList filter { FilterDescription::companies(state, store, std::max(named, 3)) };
    for (const QString &part :
        { FilterDescription::kinds(state), FilterDescription::dateRange(state) }) {
        if (!part.isEmpty())
            filter << part;
    }
    briefing.filter = filter.join(QStringLiteral(", "));
    briefing.league = LeagueTable::compute(store, rows);
    for (LeagueRow &row : briefing.league)
        row.name = store.company(row.company).displayName(); // 카카오 in a Korean briefing
    // One page per company only when the user chose several: the whole dataset would be
    // hundreds of pages.
    if (!state.companies || state.companies->size() < 2)
        return briefing;
    for (int company : *state.companies) {
        FilterState one = state;
        one.companies = std::set<int> { company };
        std::vector<int> own;
        for (int row : rows) {
            if (store.companyIndex(row) == company)
                own.push_back(row);
        }
        BriefingCompany page;
        page.name = store.company(company).displayName();
        page.chart = makeChartContent(store, one, own, bucket, databaseName);
        page.largest = largestEvents(store, own, company);
        briefing.companies.push_back(std::move(page));
    }
    return briefing;
}

} // namespace techwinter
