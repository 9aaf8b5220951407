#include "FilterDescription.h"

#include "EventStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace techwinter {

QString FilterDescription::companies(
    const FilterState &state, const EventStore &store, int maxNames)
{
    if (!state.companies)
        return QCoreApplication::translate("FilterDescription", "all companies");
    if (state.companies->empty())
        return QCoreApplication::translate("FilterDescription", "no company");
    QStringList names;
    for (int index : *state.companies) {
        if (index >= 0 && index < int(store.companies().size()))
            names << store.company(index).displayName();
    }
    names.sort(Qt::CaseInsensitive);
    if (names.size() <= maxNames)
        return names.join(QStringLiteral(", "));
    const qsizetype more = names.size() - maxNames;
    return QCoreApplication::translate("FilterDescription", "%1 and %n more", nullptr, int(more))
        .arg(names.mid(0, maxNames).join(QStringLiteral(", ")));
}

QString FilterDescription::dateRange(const FilterState &state)
{
    const QDate from = state.from;
    const QDate to = state.to;
    if (!from.isValid() && !to.isValid())
        return {};
    const bool wholeYears = (!from.isValid() || (from.month() == 1 && from.day() == 1))
        && (!to.isValid() || (to.month() == 12 && to.day() == 31));
    const QLocale c = QLocale::c();
    const auto fmt = [&](QDate d) {
        return wholeYears ? QString::number(d.year()) : c.toString(d, QStringLiteral("MMM yyyy"));
    };
    const QString dash = QStringLiteral("–");
    if (from.isValid() && to.isValid())
        return from.year() == to.year() && wholeYears ? QString::number(from.year())
                                                      : fmt(from) + dash + fmt(to);
    if (from.isValid())
        return QCoreApplication::translate("FilterDescription", "from %1").arg(fmt(from));
    return QCoreApplication::translate("FilterDescription", "until %1").arg(fmt(to));
}

QString FilterDescription::kinds(const FilterState &state)
{
    if (state.kinds.all())
        return {};
    QStringList labels;
    for (EventKind kind : AllEventKinds) {
        if (state.acceptsKind(kind))
            labels << eventKindLabel(kind).toLower();
    }
    if (labels.isEmpty())
        return QCoreApplication::translate("FilterDescription", "no kind");
    return labels.join(QStringLiteral(", "));
}

QString FilterDescription::summary(const FilterState &state, const EventStore &store)
{
    QStringList parts { companies(state, store) };
    for (const QString &part : { kinds(state), dateRange(state) }) {
        if (!part.isEmpty())
            parts << part;
    }
    if (!state.text.trimmed().isEmpty())
        parts << QStringLiteral("“%1”").arg(state.text.trimmed());
    return parts.join(QStringLiteral(", "));
}

} // namespace techwinter
