#include "EventFields.h"

#include <QCoreApplication>
#include <QStringList>

namespace techwinter {

QString eventFieldName(EventField field)
{
    const std::string_view name = eventField(field).name;
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QStringList eventFieldNames()
{
    QStringList names;
    names.reserve(EventFieldCount);
    for (const EventFieldSpec &spec : EventFields)
        names << eventFieldName(spec.field);
    return names;
}

QString eventFieldLabel(EventField field)
{
    return QCoreApplication::translate("EventField", eventField(field).label);
}

QString eventFieldHeading(EventField field)
{
    const char *heading = eventField(field).heading;
    return heading ? QCoreApplication::translate("EventField", heading) : QString();
}

QVariant eventFieldValue(const Event &e, EventField field)
{
    const EventFieldSpec &spec = eventField(field);
    switch (spec.type) {
    case FieldType::Text:
        return e.*spec.text;
    case FieldType::Integer: {
        const std::optional<qint64> &v = e.*spec.integer;
        return v ? QVariant(*v) : QVariant();
    }
    case FieldType::Number: {
        const std::optional<double> &v = e.*spec.number;
        return v ? QVariant(*v) : QVariant();
    }
    case FieldType::Date:
        return e.date;
    case FieldType::Kind:
        return eventKindName(e.kind);
    }
    return {};
}

} // namespace techwinter
