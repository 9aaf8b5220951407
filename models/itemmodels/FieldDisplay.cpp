#include "FieldDisplay.h"

#include "Formatting.h"

namespace techwinter::FieldDisplay {

QVariant text(EventField field, const QVariant &raw, const QLocale &locale)
{
    const EventFieldSpec &spec = eventField(field);
    if (raw.isNull())
        return spec.type == FieldType::Text ? raw : QVariant();
    switch (spec.type) {
    case FieldType::Kind:
        if (const auto kind = eventKindFromName(raw.toString()))
            return eventKindLabel(*kind);
        return raw;
    case FieldType::Integer:
        return locale.toString(raw.toLongLong());
    case FieldType::Number:
        return spec.unit == FieldUnit::Usd ? formatUsd(raw.toDouble(), locale)
                                           : locale.toString(raw.toDouble());
    case FieldType::Text:
    case FieldType::Date:
        break;
    }
    return raw;
}

QVariant alignment(EventField field)
{
    const FieldType type = eventField(field).type;
    if (type == FieldType::Integer || type == FieldType::Number)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant heading(FieldColumns columns, int section)
{
    const auto field = fieldAtColumn(columns, section);
    return field ? QVariant(eventFieldHeading(*field)) : QVariant();
}

void addRoleNames(QHash<int, QByteArray> &names, int firstFieldRole)
{
    for (const EventFieldSpec &spec : EventFields) {
        if (spec.roleName)
            names.insert(firstFieldRole + int(spec.field), spec.roleName);
    }
}

} // namespace techwinter::FieldDisplay
