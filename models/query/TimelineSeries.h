#pragma once

#include "Event.h"
#include "MonthSum.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace techwinter {

class EventStore;
struct FilterState;

/// How wide one bar of the timeline is.
enum class BucketSize { Month, Quarter, Year };

QString bucketSizeName(BucketSize size); ///< "month", "quarter", "year"
std::optional<BucketSize> bucketSizeFromName(QStringView name);

/// The sums for one bucket of time.
struct TimelineBucket
{
    QDate start; ///< first day of the bucket
    QDate end; ///< last day of the bucket
    qint64 layoffHeadcount = 0; ///< jobs cut in layoff events with a known headcount
    double aiInvestmentUsd = 0; ///< USD of ai_investment events with a known USD amount
    /// The same sum in whole cents (see usdCents()), the exact figure aiInvestmentUsd shows.
    qint64 aiInvestmentCents = 0;
    int layoffEvents = 0;
    int aiInvestmentEvents = 0;
    int eventCount = 0; ///< every matching event, any kind
    std::array<int, EventKindCount> kindEvents {}; ///< the same events by kind

    bool operator==(const TimelineBucket &) const = default;
};

/// Finds which of contiguous buckets holds a day: rows come in date order, so the bucket only
/// moves forward and a row costs a comparison or two; out of order, a binary search.
class BucketCursor
{
public:
    explicit BucketCursor(const std::vector<TimelineBucket> &buckets);
    /// The index of the bucket holding Julian day `day`, or nullopt outside every bucket.
    std::optional<size_t> find(int day);

private:
    std::vector<int> m_startDay; ///< each bucket's first day, then the day after the last
    size_t m_current = 0;
};

/// Per-bucket sums of layoff headcount and AI investment (USD) over a set of store rows: the
/// numbers a chart plots. Buckets are contiguous (empty ones included) so the axis is honest.
class TimelineSeries
{
public:
    TimelineSeries() = default;

    /// Sums `rows` (date-ordered store rows) into buckets covering [from, to]; an invalid bound
    /// is taken from the first/last row.
    static TimelineSeries compute(const EventStore &store, std::span<const int> rows,
        BucketSize size, QDate from = {}, QDate to = {});

    /// The same series from the database's per-company, per-month sums, without the events:
    /// exactly equal to compute() over the rows `state` matches, when canUseMonthSums(state).
    /// `store` only maps company ids to indexes (its events may be absent). `matchingEvents`
    /// receives the number of events the state matches.
    static TimelineSeries fromMonthSums(std::span<const MonthSum> sums, const EventStore &store,
        const FilterState &state, BucketSize size, qint64 *matchingEvents = nullptr);
    /// True when the sums can answer `state`: no text search, whole months at both ends.
    static bool canUseMonthSums(const FilterState &state);

    BucketSize bucketSize() const { return m_size; }
    const std::vector<TimelineBucket> &buckets() const { return m_buckets; }
    bool isEmpty() const { return m_buckets.empty(); }

    /// Index of the bucket that holds `date`, or -1.
    int bucketIndexFor(QDate date) const;
    /// "2023-01", "2023 Q1" or "2023".
    QString label(int bucket) const;

    qint64 totalLayoffHeadcount() const;
    double totalAiInvestmentUsd() const;
    /// Matching events of `kind` across every bucket.
    qint64 totalEventsOfKind(EventKind kind) const;

    /// The rows (a date-ordered subset of `rows`) that fall in `bucket`; a binary search.
    std::span<const int> rowsInBucket(
        const EventStore &store, std::span<const int> rows, int bucket) const;

    /// Running totals: each bucket holds the sum of itself and every bucket before it.
    TimelineSeries cumulative() const;

    /// First day of the bucket of `size` holding `date`.
    static QDate bucketStart(QDate date, BucketSize size);
    static QDate nextBucketStart(QDate start, BucketSize size);

private:
    BucketSize m_size = BucketSize::Month;
    std::vector<TimelineBucket> m_buckets;
};

} // namespace techwinter
