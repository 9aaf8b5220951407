#include "TimeAxisLabels.h"

namespace techwinter {

TimeAxisLabelling chooseTimeAxisLabelling(double pixelsPerYear, double visibleBuckets,
    BucketSize size, double yearLabelWidth, double quarterLabelWidth, double gap)
{
    TimeAxisLabelling labelling;
    labelling.quarterly = size == BucketSize::Month && visibleBuckets <= 30
        && pixelsPerYear / 4 >= quarterLabelWidth + gap;
    for (int candidate : { 1, 2, 5, 10, 20, 25, 50, 100 }) {
        labelling.yearStep = candidate;
        if (pixelsPerYear * candidate >= yearLabelWidth + gap)
            break;
    }
    return labelling;
}

std::vector<std::pair<QString, double>> timeAxisLabels(
    const TimelineSeries &series, const TimeAxisLabelling &labelling)
{
    std::vector<std::pair<QString, double>> labels;
    const auto &buckets = series.buckets();
    const int n = int(buckets.size());
    const bool yearBuckets = series.bucketSize() == BucketSize::Year;
    for (int i = 0; i < n; ++i) {
        const QDate start = buckets[size_t(i)].start;
        const QDate previous = i > 0 ? buckets[size_t(i - 1)].start : start.addYears(-1);
        QString label;
        if (labelling.quarterly) {
            if ((start.month() - 1) % 3 == 0
                || (previous.month() - 1) / 3 != (start.month() - 1) / 3)
                label = QStringLiteral("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
        } else if (start.year() % labelling.yearStep == 0
            && (yearBuckets || previous.year() != start.year())) {
            label = yearBuckets ? series.label(i) : QString::number(start.year());
        }
        if (label.isEmpty())
            continue;
        // Only the first bucket of a period gets its label there (a partial first period
        // starts mid-way and is labelled where the data begins).
        if (!yearBuckets && !labelling.quarterly && i == 0 && start.month() != 1)
            continue;
        labels.emplace_back(label, yearBuckets ? i : i - 0.5);
    }
    return labels;
}

} // namespace techwinter
