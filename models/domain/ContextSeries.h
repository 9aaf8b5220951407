#pragma once

#include "Event.h"

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace techwinter {

/// One value of a context series: an entity (a country, or an aggregate such as World) in one
/// period. Context series are background for the chart, never events, and never summed with them.
struct ContextPoint
{
    QString series; ///< the series' name
    QString entity;
    QString entityCode;
    /// World, continents, income groups: already sums of countries, so never added to them.
    bool aggregate = false;
    QDate date;
    DatePrecision precision = DatePrecision::Year;
    double value = 0;
    qint64 line = 0; ///< line in the source file (0 when not imported from a file)

    bool operator==(const ContextPoint &) const = default;
};

/// A stored context series with all its points, in entity then date order.
struct ContextSeries
{
    qint64 id = 0;
    QString name;
    QString unit;
    QString source; ///< file it was first imported from
    std::vector<ContextPoint> points;

    /// The points of one entity (case-insensitive), in date order.
    std::vector<ContextPoint> pointsOf(QStringView entity) const;
    /// Sum per date over the countries only; aggregates such as World are left out, so nothing
    /// is counted twice.
    std::map<QDate, double> countryTotals() const;
    /// Entity names, aggregates first, each once, in alphabetical order within each group.
    QStringList entities() const;
};

/// True for OWID entities that are sums of others: no ISO code, or an OWID_ code (OWID_WRL for
/// World) other than the few that OWID gives to countries (Kosovo, Northern Cyprus).
bool isAggregateEntity(QStringView entity, QStringView code, bool hasCodeColumn);

} // namespace techwinter
