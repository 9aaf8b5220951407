#include "ColumnMapping.h"
#include <QCoreApplication>

namespace techwinter {

int findColumn(const QStringList &header, QStringView name)
{
    const QStringView wanted = name.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < header.size(); ++i) {
        if (QStringView(header[i]).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Status ColumnMapping::validate(const QStringList &header, const QString &file, qint64 line) const
{
    QStringList missing;
    const auto check = [&](const QString &column) {
        if (!column.trimmed().isEmpty() && findColumn(header, column) < 0)
            missing << column.trimmed();
    };
    if (target == ImportTarget::ContextSeries) {
        if (series.entity.trimmed().isEmpty() || series.period.trimmed().isEmpty()
            || series.values.isEmpty())
            return Error { QCoreApplication::translate("ColumnMapping",
                               "a series needs an entity, a period and at least one "
                               "value column"),
                file, line };
        check(series.entity);
        check(series.entityCode);
        check(series.period);
        for (const QString &value : series.values)
            check(value);
    } else {
        if (events.column(ImportField::Date).trimmed().isEmpty())
            return Error { QCoreApplication::translate(
                               "ColumnMapping", "no column is mapped to the date"),
                file, line };
        if (events.column(ImportField::Company).trimmed().isEmpty())
            return Error { QCoreApplication::translate(
                               "ColumnMapping", "no column is mapped to the company"),
                file, line };
        for (const QString &column : events.columns)
            check(column);
        for (const QString &column : events.dateFallbacks)
            check(column);
        check(events.aiCategoryColumn);
        for (const AttributeColumn &attribute : events.attributes) {
            check(attribute.column);
            if (attribute.attribute.trimmed().isEmpty())
                return Error { QCoreApplication::translate(
                                   "ColumnMapping", "the attribute from column '%1' has no name")
                                   .arg(attribute.column),
                    file, line };
        }
        // layoffs.fyi's funds_raised is what the company had raised before, not money that moved
        // in the event; as an amount it would put a startup's lifetime funding on a layoff.
        for (ImportField money : { ImportField::Amount, ImportField::AmountUsd }) {
            QString name = events.column(money).trimmed().toLower();
            name.replace(QLatin1Char(' '), QLatin1Char('_'));
            if (name.startsWith(QLatin1String("funds_raised")))
                return Error { QCoreApplication::translate("ColumnMapping",
                                   "column %1 is the company's funds raised, not the "
                                   "amount of an event; keep it as an attribute")
                                   .arg(events.column(money).trimmed()),
                    file, line };
        }
        if (!(events.amountMultiplier > 0))
            return Error { QCoreApplication::translate(
                               "ColumnMapping", "the amount multiplier must be positive"),
                file, line };
    }
    if (!missing.isEmpty()) {
        missing.removeDuplicates();
        return Error { QCoreApplication::translate(
                           "ColumnMapping", "the header has no column(s) %1")
                           .arg(missing.join(QLatin1String(", "))),
            file, line };
    }
    return Ok {};
}

} // namespace techwinter
