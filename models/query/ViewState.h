#pragma once

#include "Event.h"
#include "FilterState.h"
#include "MoneyConverter.h"
#include "Result.h"
#include "TimelineSeries.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <bitset>
#include <optional>

namespace techwinter {

class EventStore;

/// What a user is looking at, as one value: the companies (by name, so it outlives a database
/// and can be shared), kinds, dates, text search, bucket, chart modes and context overlay. The
/// window, its saved settings, the command line and the exporters all read and write this; saved
/// views will be lists of it. Serialises to JSON.
struct ViewState
{
    /// Company display names or aliases; nullopt means every company, empty means none.
    std::optional<QStringList> companies;
    std::bitset<EventKindCount> kinds = std::bitset<EventKindCount>().set();
    QDate from; ///< inclusive; invalid = open
    QDate to; ///< inclusive; invalid = open
    QString text; ///< the table's text search, which filters the chart too
    BucketSize bucket = BucketSize::Month;
    bool cumulative = false;
    bool logMoney = false;
    bool compare = false; ///< one colour per company: bars per company, one money line each
    bool stackedBars = false; ///< compare mode's layoff bars stacked rather than side by side
    QString overlaySeries; ///< a context series' name; empty = no overlay
    QString overlayEntity; ///< the series' entity drawn ("World", "South Korea")
    MoneySettings money; ///< the currency shown and the year of real dollars, if any

    bool operator==(const ViewState &) const = default;

    bool acceptsKind(EventKind kind) const { return kinds.test(size_t(kind)); }
    void setKind(EventKind kind, bool on) { kinds.set(size_t(kind), on); }

    /// The filter part against `store`; names the store does not know are dropped (a saved view
    /// opened on another database).
    FilterState filterFor(const EventStore &store) const;
    /// The same, but a name the store does not know is an error naming it (the command line).
    Result<FilterState> strictFilterFor(const EventStore &store) const;
    /// Takes the filter part from `state`, naming its companies as `store` does.
    void setFilter(const FilterState &state, const EventStore &store);

    /// {"companies": [...] or null, "kinds": [...], "from": "2023-01-01", "to": ..., "text": ...,
    /// "bucket": "month", "cumulative": false, "logMoney": false, "compare": false,
    /// "compareBars": "grouped", "overlay": {...} or null, "currency": "USD",
    /// "realDollarsYear": 2025 or null}.
    QJsonObject toJson() const;
    /// Reads toJson()'s layout; unknown keys are ignored (a newer app's view), a wrong value is an
    /// error naming the key.
    static Result<ViewState> fromJson(const QJsonObject &json);
};

} // namespace techwinter
