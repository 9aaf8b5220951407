#include "Event.h"

#include <QCoreApplication>

namespace techwinter {

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Layoff:
        return QStringLiteral("layoff");
    case EventKind::AiInvestment:
        return QStringLiteral("ai_investment");
    case EventKind::Investment:
        return QStringLiteral("investment");
    case EventKind::Acquisition:
        return QStringLiteral("acquisition");
    case EventKind::Restructuring:
        return QStringLiteral("restructuring");
    case EventKind::Launch:
        return QStringLiteral("launch");
    case EventKind::AiInfrastructure:
        return QStringLiteral("ai_infrastructure");
    }
    return {};
}

QString eventKindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Layoff:
        return QCoreApplication::translate("EventKind", "Layoff");
    case EventKind::AiInvestment:
        return QCoreApplication::translate("EventKind", "AI investment");
    case EventKind::Investment:
        return QCoreApplication::translate("EventKind", "Investment");
    case EventKind::Acquisition:
        return QCoreApplication::translate("EventKind", "Acquisition");
    case EventKind::Restructuring:
        return QCoreApplication::translate("EventKind", "Restructuring");
    case EventKind::Launch:
        return QCoreApplication::translate("EventKind", "Launch");
    case EventKind::AiInfrastructure:
        return QCoreApplication::translate("EventKind", "AI infrastructure");
    }
    return {};
}

std::optional<EventKind> eventKindFromName(QStringView name)
{
    QString normalized = name.trimmed().toString().toLower();
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    normalized.replace(QLatin1Char(' '), QLatin1Char('_'));
    for (EventKind kind : AllEventKinds) {
        if (eventKindName(kind) == normalized)
            return kind;
    }
    return std::nullopt;
}

QString datePrecisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Year:
        return QStringLiteral("year");
    }
    return {};
}

QString Company::displayName(const QLocale &locale) const
{
    return locale.language() == QLocale::Korean && !nameKo.isEmpty() ? nameKo : name;
}

QStringList Event::otherSourceUrls() const
{
    QStringList urls = otherSources.split(QStringLiteral(" | "), Qt::SkipEmptyParts);
    for (QString &url : urls)
        url = url.trimmed();
    urls.removeAll(QString());
    return urls;
}

void Event::setOtherSourceUrls(const QStringList &urls)
{
    otherSources = urls.join(QStringLiteral(" | "));
}

QString Event::dateText() const
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return date.toString(Qt::ISODate);
    case DatePrecision::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Year:
        return date.toString(QStringLiteral("yyyy"));
    }
    return {};
}

} // namespace techwinter
