#pragma once

#include "Event.h"

#include <QString>
#include <QTemporaryDir>

#include <vector>

namespace techwinter::test {

/// Path of a file under tests/fixtures.
QString fixture(const QString &name);

/// A dated event with just the fields most tests care about.
Event makeEvent(const QString &date, const QString &company, EventKind kind,
    std::optional<qint64> headcount = std::nullopt, std::optional<double> amountUsd = std::nullopt,
    const QString &title = {});

/// Companies used by the small fixtures: Google (alias Alphabet, 구글), Microsoft, Kakao (카카오).
std::vector<Company> sampleCompanies();

/// A handful of events across 2022–2023 with known sums (see tst_timeline.cpp for the arithmetic).
std::vector<Event> sampleEvents();

} // namespace techwinter::test
