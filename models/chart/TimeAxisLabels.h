#pragma once

#include "TimelineSeries.h"

#include <QString>

#include <utility>
#include <vector>

namespace techwinter {

/// How the time axis is labelled: every `yearStep` years, or by quarter on short month spans.
struct TimeAxisLabelling
{
    int yearStep = 1;
    bool quarterly = false;
    bool operator==(const TimeAxisLabelling &) const = default;
};

/// The densest labelling whose labels fit: `pixelsPerYear` of plot, `visibleBuckets` shown, and
/// the widths of a year label and a quarter label plus the gap they need between them.
TimeAxisLabelling chooseTimeAxisLabelling(double pixelsPerYear, double visibleBuckets,
    BucketSize size, double yearLabelWidth, double quarterLabelWidth, double gap);

/// The labels of `series` under `labelling`, each with its axis value: where its year (or
/// quarter) begins, the left edge of its first bucket; under the bar itself for year buckets.
std::vector<std::pair<QString, double>> timeAxisLabels(
    const TimelineSeries &series, const TimeAxisLabelling &labelling);

} // namespace techwinter
