#include "ColumnMapping.h"

#include <QCoreApplication>

namespace techwinter {

QString importFieldName(ImportField field)
{
    switch (field) {
    case ImportField::Date:
        return QStringLiteral("date");
    case ImportField::Company:
        return QStringLiteral("company");
    case ImportField::Kind:
        return QStringLiteral("kind");
    case ImportField::Title:
        return QStringLiteral("title");
    case ImportField::Headcount:
        return QStringLiteral("headcount");
    case ImportField::AmountUsd:
        return QStringLiteral("amount_usd");
    case ImportField::Counterparty:
        return QStringLiteral("counterparty");
    case ImportField::SourceUrl:
        return QStringLiteral("source_url");
    case ImportField::WorkforcePct:
        return QStringLiteral("workforce_pct");
    case ImportField::Amount:
        return QStringLiteral("amount");
    case ImportField::Currency:
        return QStringLiteral("currency");
    case ImportField::UsdRate:
        return QStringLiteral("usd_rate");
    case ImportField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

QString importFieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Date:
        return QCoreApplication::translate("ImportField", "Date");
    case ImportField::Company:
        return QCoreApplication::translate("ImportField", "Company");
    case ImportField::Kind:
        return QCoreApplication::translate("ImportField", "Kind");
    case ImportField::Title:
        return QCoreApplication::translate("ImportField", "Title");
    case ImportField::Headcount:
        return QCoreApplication::translate("ImportField", "Headcount");
    case ImportField::AmountUsd:
        return QCoreApplication::translate("ImportField", "Amount (USD)");
    case ImportField::Counterparty:
        return QCoreApplication::translate("ImportField", "Counterparty");
    case ImportField::SourceUrl:
        return QCoreApplication::translate("ImportField", "Source link");
    case ImportField::WorkforcePct:
        return QCoreApplication::translate("ImportField", "Share of workforce");
    case ImportField::Amount:
        return QCoreApplication::translate("ImportField", "Amount (original currency)");
    case ImportField::Currency:
        return QCoreApplication::translate("ImportField", "Currency");
    case ImportField::UsdRate:
        return QCoreApplication::translate("ImportField", "USD rate");
    case ImportField::Notes:
        return QCoreApplication::translate("ImportField", "Notes");
    }
    return {};
}

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
            return Error { QStringLiteral("a series needs an entity, a period and at least one "
                                          "value column"),
                file, line };
        check(series.entity);
        check(series.entityCode);
        check(series.period);
        for (const QString &value : series.values)
            check(value);
    } else {
        if (events.column(ImportField::Date).trimmed().isEmpty())
            return Error { QStringLiteral("no column is mapped to the date"), file, line };
        if (events.column(ImportField::Company).trimmed().isEmpty())
            return Error { QStringLiteral("no column is mapped to the company"), file, line };
        for (const QString &column : events.columns)
            check(column);
        for (const QString &column : events.dateFallbacks)
            check(column);
        check(events.aiCategoryColumn);
        for (const AttributeColumn &attribute : events.attributes) {
            check(attribute.column);
            if (attribute.attribute.trimmed().isEmpty())
                return Error { QStringLiteral("the attribute from column '%1' has no name")
                                   .arg(attribute.column),
                    file, line };
        }
        // layoffs.fyi's funds_raised is what the company had raised before, not money that moved
        // in the event; as an amount it would put a startup's lifetime funding on a layoff.
        for (ImportField money : { ImportField::Amount, ImportField::AmountUsd }) {
            QString name = events.column(money).trimmed().toLower();
            name.replace(QLatin1Char(' '), QLatin1Char('_'));
            if (name.startsWith(QLatin1String("funds_raised")))
                return Error { QStringLiteral("column %1 is the company's funds raised, not the "
                                              "amount of an event; keep it as an attribute")
                                   .arg(events.column(money).trimmed()),
                    file, line };
        }
        if (!(events.amountMultiplier > 0))
            return Error { QStringLiteral("the amount multiplier must be positive"), file, line };
    }
    if (!missing.isEmpty()) {
        missing.removeDuplicates();
        return Error {
            QStringLiteral("the header has no column(s) %1").arg(missing.join(QLatin1String(", "))),
            file, line
        };
    }
    return Ok {};
}

} // namespace techwinter
