#include "ContextSeries.h"

#include <QStringList>

#include <algorithm>

namespace techwinter {

std::vector<ContextPoint> ContextSeries::pointsOf(QStringView entity) const
{
    std::vector<ContextPoint> out;
    for (const ContextPoint &p : points) {
        if (QStringView(p.entity).compare(entity.trimmed(), Qt::CaseInsensitive) == 0)
            out.push_back(p);
    }
    std::stable_sort(out.begin(), out.end(),
        [](const ContextPoint &a, const ContextPoint &b) { return a.date < b.date; });
    return out;
}

std::map<QDate, double> ContextSeries::countryTotals() const
{
    std::map<QDate, double> totals;
    for (const ContextPoint &p : points) {
        if (!p.aggregate)
            totals[p.date] += p.value;
    }
    return totals;
}

QStringList ContextSeries::entities() const
{
    QStringList aggregates;
    QStringList countries;
    for (const ContextPoint &p : points)
        (p.aggregate ? aggregates : countries) << p.entity;
    for (QStringList *list : { &aggregates, &countries }) {
        list->removeDuplicates();
        list->sort(Qt::CaseInsensitive);
    }
    return aggregates + countries;
}

bool isAggregateEntity(QStringView entity, QStringView code, bool hasCodeColumn)
{
    if (entity.trimmed().compare(u"World", Qt::CaseInsensitive) == 0)
        return true;
    if (!hasCodeColumn)
        return false;
    const QStringView c = code.trimmed();
    if (c.isEmpty())
        return true;
    if (c.startsWith(u"OWID_", Qt::CaseInsensitive))
        return c.compare(u"OWID_KOS", Qt::CaseInsensitive) != 0
            && c.compare(u"OWID_CYN", Qt::CaseInsensitive) != 0;
    return false;
}

} // namespace techwinter
