#pragma once

#include "CompareSeries.h"
#include "Event.h"
#include "FilterState.h"
#include "MonthSum.h"
#include "TimelineSeries.h"
#include "ViewState.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace techwinter {

class EventStore;

/// Everything one chart shows: the bucket sums, the launches to mark, and the words around them.
struct TimelineChartContent
{
    TimelineSeries series;
    /// Compare mode: the same sums per company, on the buckets of `series`; nullopt otherwise.
    std::optional<CompareSeries> compare;
    std::vector<Event> launches; ///< launch events in the filter, date order
    QString title;
    QString subtitle; ///< e.g. the totals
    QString footer; ///< data sources; a second line names the rates of converted money
    QString emptyText; ///< shown instead of series when there is nothing to plot
    /// The events the filter matches but the chart cannot draw (acquisitions, other
    /// investments, restructurings, AI infrastructure), named by kind: "acquisition (62)".
    QString notDrawn;
    /// True when events match but none of them can be drawn; emptyText then says why.
    bool nothingDrawn = false;
    /// Optional background series (e.g. OWID's private AI investment per year), in US$, dated by
    /// period start; drawn dashed on the money axis, never added to the event sums.
    std::vector<std::pair<QDate, double>> overlay;
    QString overlayLabel;
    /// The currency the money is shown in, nominal or real.
    MoneySettings money;
    /// When `money` converts: each bucket's AI investment in its currency (KRW or real dollars,
    /// at each event month's rate), beside `series`' nominal dollars; empty otherwise.
    std::vector<double> aiMoney;

    /// Bucket `bucket`'s AI investment as shown: in `money`'s currency.
    double aiMoneyAt(int bucket) const;
};

/// Builds what the chart shows for a filter: the bucket sums, the launch markers, a title that
/// states the filter, a subtitle with the totals and a footer naming the data's sources.
/// The window, the export dialog and the command line all use this one function. `compare`
/// adds the per-company sums of compare mode.
TimelineChartContent makeChartContent(const EventStore &store, const FilterState &state,
    std::span<const int> rows, BucketSize bucket, const QString &databaseName, bool compare = false,
    const MoneySettings &money = {});

/// The same content from the database's per-company, per-month sums and its launch events,
/// without the other events: the headless export's fast path. `companies` is a store that may
/// hold no events (it maps names and ids); valid when TimelineSeries::canUseMonthSums(state).
/// `sums` must hold at least every sum the state can match.
TimelineChartContent makeChartContent(const EventStore &companies, const FilterState &state,
    std::span<const MonthSum> sums, std::span<const Event> launches, bool storeIsEmpty,
    BucketSize bucket, const QString &databaseName);

/// Context written into exported images (PNG text chunks, SVG description): title, filter,
/// date range, bucket size, data sources and app version.
QMap<QString, QString> chartMetadata(
    const EventStore &store, const ViewState &view, const TimelineChartContent &content);

/// Text for a bucket's tooltip: its period, sums, and the largest events in it; money in
/// `money`'s currency.
QString bucketTooltip(const EventStore &store, std::span<const int> rows,
    const TimelineSeries &series, int bucket, int maxEvents = 4, const MoneySettings &money = {});

} // namespace techwinter
