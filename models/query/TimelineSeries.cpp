#include "TimelineSeries.h"

#include "Money.h"

#include "EventStore.h"
#include "FilterState.h"

#include <algorithm>
#include <cmath>
#include <limits>
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

namespace {

std::vector<TimelineBucket> emptyBuckets(QDate from, QDate to, BucketSize size)
{
    std::vector<TimelineBucket> buckets;
    for (QDate start = TimelineSeries::bucketStart(from, size); start <= to;
         start = TimelineSeries::nextBucketStart(start, size))
        buckets.push_back(
            TimelineBucket { start, TimelineSeries::nextBucketStart(start, size).addDays(-1) });
    return buckets;
}

void finishMoney(std::vector<TimelineBucket> &buckets)
{
    for (TimelineBucket &b : buckets)
        b.aiInvestmentUsd = double(b.aiInvestmentCents) / 100.0;
}

int monthIndex(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

int monthsPerBucket(BucketSize size)
{
    return size == BucketSize::Month ? 1 : size == BucketSize::Quarter ? 3 : 12;
}

} // namespace

BucketCursor::BucketCursor(const std::vector<TimelineBucket> &buckets)
{
    m_startDay.reserve(buckets.size() + 1);
    for (const TimelineBucket &b : buckets)
        m_startDay.push_back(int(b.start.toJulianDay()));
    if (!buckets.empty())
        m_startDay.push_back(int(buckets.back().end.toJulianDay()) + 1);
}

std::optional<size_t> BucketCursor::find(int day)
{
    if (m_startDay.size() < 2 || day < m_startDay.front() || day >= m_startDay.back())
        return std::nullopt;
    if (day < m_startDay[m_current] || day >= m_startDay[m_current + 1]) {
        m_current = size_t(std::upper_bound(m_startDay.begin(), m_startDay.end(), day)
                        - m_startDay.begin())
            - 1;
    }
    return m_current;
}

TimelineSeries TimelineSeries::compute(
    const EventStore &store, std::span<const int> rows, BucketSize size, QDate from, QDate to)
{
    TimelineSeries series;
    series.m_size = size;
    if (!from.isValid() && !rows.empty())
        from = store.date(rows.front());
    if (!to.isValid() && !rows.empty())
        to = store.date(rows.back());
    if (!from.isValid() || !to.isValid() || to < from)
        return series;

    series.m_buckets = emptyBuckets(from, to, size);
    auto &buckets = series.m_buckets;
    BucketCursor cursor(buckets);
    for (int row : rows) {
        const auto b = cursor.find(store.day(row));
        if (!b)
            continue;
        TimelineBucket &bucket = buckets[*b];
        ++bucket.eventCount;
        const EventKind kind = store.kind(row);
        ++bucket.kindEvents[size_t(kind)];
        if (kind == EventKind::Layoff) {
            ++bucket.layoffEvents;
            bucket.layoffHeadcount += store.headcountOrZero(row);
        } else if (kind == EventKind::AiInvestment) {
            ++bucket.aiInvestmentEvents;
            if (const auto usd = store.amountUsd(row))
                bucket.aiInvestmentCents += usdCents(*usd);
        }
    }
    finishMoney(buckets);
    return series;
}

bool TimelineSeries::canUseMonthSums(const FilterState &state)
{
    return state.text.trimmed().isEmpty() && (!state.from.isValid() || state.from.day() == 1)
        && (!state.to.isValid() || state.to.day() == state.to.daysInMonth());
}

TimelineSeries TimelineSeries::fromMonthSums(std::span<const MonthSum> sums,
    const EventStore &store, const FilterState &state, BucketSize size, qint64 *matchingEvents)
{
    TimelineSeries series;
    series.m_size = size;
    if (matchingEvents)
        *matchingEvents = 0;
    const int fromMonth
        = state.from.isValid() ? monthIndex(state.from) : std::numeric_limits<int>::min();
    const int toMonth = state.to.isValid() ? monthIndex(state.to) : std::numeric_limits<int>::max();
    std::vector<const MonthSum *> matched;
    int firstMonth = std::numeric_limits<int>::max();
    int lastMonth = std::numeric_limits<int>::min();
    for (const MonthSum &sum : sums) {
        const int company = store.companyIndexOfId(sum.companyId);
        if (company < 0 || sum.events == 0 || sum.month < fromMonth || sum.month > toMonth
            || !state.acceptsKind(sum.kind)
            || (state.companies && !state.companies->contains(company)))
            continue;
        matched.push_back(&sum);
        firstMonth = std::min(firstMonth, sum.month);
        lastMonth = std::max(lastMonth, sum.month);
        if (matchingEvents)
            *matchingEvents += sum.events;
    }
    const auto monthStart = [](int month) {
        return QDate(month / 12, month % 12 + 1, 1);
    };
    const QDate from = state.from.isValid() ? state.from
        : matched.empty()                   ? QDate()
                                            : monthStart(firstMonth);
    const QDate to = state.to.isValid() ? state.to
        : matched.empty()               ? QDate()
                                        : monthStart(lastMonth);
    if (!from.isValid() || !to.isValid() || to < from)
        return series;

    series.m_buckets = emptyBuckets(from, to, size);
    const int bucketMonth = monthIndex(series.m_buckets.front().start);
    for (const MonthSum *sum : matched) {
        const size_t b = size_t((sum->month - bucketMonth) / monthsPerBucket(size));
        if (sum->month < bucketMonth || b >= series.m_buckets.size())
            continue;
        TimelineBucket &bucket = series.m_buckets[b];
        bucket.eventCount += int(sum->events);
        bucket.kindEvents[size_t(sum->kind)] += int(sum->events);
        if (sum->kind == EventKind::Layoff) {
            bucket.layoffEvents += int(sum->events);
            bucket.layoffHeadcount += sum->headcount;
        } else if (sum->kind == EventKind::AiInvestment) {
            bucket.aiInvestmentEvents += int(sum->events);
            bucket.aiInvestmentCents += sum->amountUsdCents;
        }
    }
    finishMoney(series.m_buckets);
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
        return store.date(row);
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
        b.aiInvestmentCents += prev.aiInvestmentCents;
        b.aiInvestmentUsd = double(b.aiInvestmentCents) / 100.0;
        b.layoffEvents += prev.layoffEvents;
        b.aiInvestmentEvents += prev.aiInvestmentEvents;
        b.eventCount += prev.eventCount;
        for (size_t k = 0; k < b.kindEvents.size(); ++k)
            b.kindEvents[k] += prev.kindEvents[k];
    }
    return running;
}

qint64 TimelineSeries::totalEventsOfKind(EventKind kind) const
{
    qint64 total = 0;
    for (const TimelineBucket &b : m_buckets)
        total += b.kindEvents[size_t(kind)];
    return total;
}

qint64 TimelineSeries::totalLayoffHeadcount() const
{
    return std::accumulate(m_buckets.begin(), m_buckets.end(), qint64(0),
        [](qint64 sum, const TimelineBucket &b) { return sum + b.layoffHeadcount; });
}

double TimelineSeries::totalAiInvestmentUsd() const
{
    return double(std::accumulate(m_buckets.begin(), m_buckets.end(), qint64(0),
               [](qint64 sum, const TimelineBucket &b) { return sum + b.aiInvestmentCents; }))
        / 100.0;
}

} // namespace techwinter
