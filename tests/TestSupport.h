#pragma once

#include "ChartContent.h"
#include "Event.h"
#include "FilterState.h"

#include <QString>
#include <QTemporaryDir>

#include <string>
#include <vector>

namespace techwinter::test {

/// Path of a file under tests/fixtures.
QString fixture(const QString &name);

/// Whether what a test needs from outside the project (a shared data file, an unprivileged child
/// process) is there. When it is not: in CI (the environment variable CI is set) the test fails,
/// because a check that did not run must not count as passed there; elsewhere it warns, and the
/// caller returns, skipping the test. `what` names the missing input in either message.
bool inputAvailable(bool available, const std::string &what);

/// A dated event with just the fields most tests care about.
Event makeEvent(const QString &date, const QString &company, EventKind kind,
    std::optional<qint64> headcount = std::nullopt, std::optional<double> amountUsd = std::nullopt,
    const QString &title = {});

/// Companies used by the small fixtures: Google (alias Alphabet, 구글), Microsoft, Kakao (카카오).
std::vector<Company> sampleCompanies();

/// A handful of events across 2022–2023 with known sums (see tst_timeline.cpp for the arithmetic).
std::vector<Event> sampleEvents();

/// What the chart shows for `events` (over sampleCompanies()) under `state`.
TimelineChartContent chartContentOf(const std::vector<Event> &events,
    BucketSize bucket = BucketSize::Month, const FilterState &state = {});

} // namespace techwinter::test
