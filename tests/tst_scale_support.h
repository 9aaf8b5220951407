#pragma once

// Helpers shared by tst_scale.cpp and tst_scale_import.cpp: random events with everything the
// sums must cope with, the native CSV of them, and exact cents written out again.

#include "Event.h"
#include "EventStore.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <random>
#include <vector>

namespace techwinter::scale {

inline constexpr int Companies = 12;

/// A database file in a folder removed afterwards.
struct TestDatabase
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("scale.sqlite")); }
};

QString companyName(int i);
/// Random events: every kind, unknown figures, cents and sub-cent amounts, negative and huge
/// amounts, month and year precision, titles.
std::vector<Event> randomEvents(std::mt19937_64 &rng, int count);
/// US dollars as whole cents, written here again rather than taken from Money.h.
qint64 expectedCents(double usd);
/// The store index of the company named `name` (the events carry the stored name).
int companyIndexNamed(const EventStore &store, const QString &name);
/// The events as TechWinter's own CSV.
QByteArray nativeCsv(const std::vector<Event> &events);

} // namespace techwinter::scale
