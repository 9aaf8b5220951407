#include "TimelineSeries.h"

#include "EventStore.h"

#include <algorithm>
#include <numeric>

namespace techwinter {

QString bucketSizeName(BucketSize size)
{
    switch (size) {
    case BucketSize::Month:
        return QStringLiteral("month");
    case BucketSize::Quarter:
        return QStringLiteral("quarter");
    case BucketSize::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<BucketSize> bucketSizeFromName(QStringView name)
{
    for (BucketSize s : { BucketSize::Month, BucketSize::Quarter, BucketSize::Year }) {
        if (name.trimmed().compare(bucketSizeName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QDate TimelineSeries::bucketStart(QDate date, BucketSize size)
{
    switch (size) {
    case BucketSize::Month:
        return QDate(date.year(), date.month(), 1);
    case BucketSize::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case BucketSize::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate TimelineSeries::nextBucketStart(QDate start, BucketSize size)
{
    switch (size) {
    case BucketSize::Month:
        return start.addMonths(1);
    case BucketSize::Quarter:
        return start.addMonths(3);
    case BucketSize::Year:
        return start.addYears(1);
    }
    return start;
}

TimelineSeries TimelineSeries::compute(
    const EventStore &store, std::span<const int> rows, BucketSize size, QDate from, QDate to)
{
    TimelineSeries series;
    series.m_size = size;
    if (!from.isValid() && !rows.empty())
        from = store.event(rows.front()).date;
    if (!to.isValid() && !rows.empty())
        to = store.event(rows.back()).date;
    if (!from.isValid() || !to.isValid() || to < from)
        return series;

    for (QDate start = bucketStart(from, size); start <= to; start = nextBucketStart(start, size))
        series.m_buckets.push_back(
            TimelineBucket { start, nextBucketStart(start, size).addDays(-1) });

    const qint64 firstDay = series.m_buckets.front().start.toJulianDay();
    // Month index arithmetic avoids a date lookup per row.
    const int firstMonth
        = series.m_buckets.front().start.year() * 12 + series.m_buckets.front().start.month() - 1;
    const int monthsPerBucket = size == BucketSize::Month ? 1
        : size == BucketSize::Quarter                     ? 3
                                                          : 12;
    for (int row : rows) {
        const Event &e = store.event(row);
        if (e.date.toJulianDay() < firstDay)
            continue;
        const int month = e.date.year() * 12 + e.date.month() - 1;
        const size_t b = size_t((month - firstMonth) / monthsPerBucket);
        if (b >= series.m_buckets.size())
            continue;
        TimelineBucket &bucket = series.m_buckets[b];
        ++bucket.eventCount;
        if (e.kind == EventKind::Layoff) {
            ++bucket.layoffEvents;
            bucket.layoffHeadcount += e.headcount.value_or(0);
        } else if (e.kind == EventKind::AiInvestment) {
            ++bucket.aiInvestmentEvents;
            bucket.aiInvestmentUsd += e.amountUsd.value_or(0.0);
        }
    }
    return series;
}

int TimelineSeries::bucketIndexFor(QDate date) const
{
    auto it = std::upper_bound(m_buckets.begin(), m_buckets.end(), date,
        [](QDate d, const TimelineBucket &b) { return d < b.start; });
    if (it == m_buckets.begin())
        return -1;
    --it;
    return date <= it->end ? int(it - m_buckets.begin()) : -1;
}

QString TimelineSeries::label(int bucket) const
{
    const QDate start = m_buckets[size_t(bucket)].start;
    switch (m_size) {
    case BucketSize::Month:
        return start.toString(QStringLiteral("yyyy-MM"));
    case BucketSize::Quarter:
        return QStringLiteral("%1 Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    case BucketSize::Year:
        return QString::number(start.year());
    }
    return {};
}

std::span<const int> TimelineSeries::rowsInBucket(
    const EventStore &store, std::span<const int> rows, int bucket) const
{
    if (bucket < 0 || bucket >= int(m_buckets.size()))
        return {};
    const TimelineBucket &b = m_buckets[size_t(bucket)];
    const auto dateOf = [&](int row) {
        return store.event(row).date;
    };
    auto first = std::partition_point(
        rows.begin(), rows.end(), [&](int r) { return dateOf(r) < b.start; });
    auto last = std::partition_point(first, rows.end(), [&](int r) { return dateOf(r) <= b.end; });
    return rows.subspan(size_t(first - rows.begin()), size_t(last - first));
}

TimelineSeries TimelineSeries::cumulative() const
{
    TimelineSeries running = *this;
    for (size_t i = 1; i < running.m_buckets.size(); ++i) {
        TimelineBucket &b = running.m_buckets[i];
        const TimelineBucket &prev = running.m_buckets[i - 1];
        b.layoffHeadcount += prev.layoffHeadcount;
        b.aiInvestmentUsd += prev.aiInvestmentUsd;
        b.layoffEvents += prev.layoffEvents;
        b.aiInvestmentEvents += prev.aiInvestmentEvents;
        b.eventCount += prev.eventCount;
    }
    return running;
}

qint64 TimelineSeries::totalLayoffHeadcount() const
{
    return std::accumulate(m_buckets.begin(), m_buckets.end(), qint64(0),
        [](qint64 sum, const TimelineBucket &b) { return sum + b.layoffHeadcount; });
}

double TimelineSeries::totalAiInvestmentUsd() const
{
    return std::accumulate(m_buckets.begin(), m_buckets.end(), 0.0,
        [](double sum, const TimelineBucket &b) { return sum + b.aiInvestmentUsd; });
}

} // namespace techwinter
