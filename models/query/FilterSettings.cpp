#include "FilterSettings.h"

#include "EventStore.h"

#include <QSettings>

namespace techwinter {

void FilterSettings::save(QSettings &settings, const FilterState &state, const EventStore &store)
{
    settings.beginGroup(QStringLiteral("filter"));
    settings.setValue(QStringLiteral("allCompanies"), !state.companies.has_value());
    QStringList names;
    if (state.companies) {
        for (int index : *state.companies) {
            if (index >= 0 && index < int(store.companies().size()))
                names << store.company(index).name;
        }
    }
    settings.setValue(QStringLiteral("companies"), names);
    QStringList kinds;
    for (EventKind kind : AllEventKinds) {
        if (state.acceptsKind(kind))
            kinds << eventKindName(kind);
    }
    settings.setValue(QStringLiteral("kinds"), kinds);
    settings.setValue(QStringLiteral("from"), state.from);
    settings.setValue(QStringLiteral("to"), state.to);
    settings.setValue(QStringLiteral("text"), state.text);
    settings.endGroup();
}

FilterState FilterSettings::load(QSettings &settings, const EventStore &store)
{
    FilterState state;
    settings.beginGroup(QStringLiteral("filter"));
    if (!settings.value(QStringLiteral("allCompanies"), true).toBool()) {
        std::set<int> chosen;
        for (const QString &name : settings.value(QStringLiteral("companies")).toStringList()) {
            if (auto index = store.findCompany(name))
                chosen.insert(*index);
        }
        state.companies = std::move(chosen);
    }
    if (settings.contains(QStringLiteral("kinds"))) {
        state.kinds.reset();
        for (const QString &word : settings.value(QStringLiteral("kinds")).toStringList()) {
            if (auto kind = eventKindFromName(word))
                state.setKind(*kind, true);
        }
    }
    state.from = settings.value(QStringLiteral("from")).toDate();
    state.to = settings.value(QStringLiteral("to")).toDate();
    state.text = settings.value(QStringLiteral("text")).toString();
    settings.endGroup();
    return state;
}

} // namespace techwinter
