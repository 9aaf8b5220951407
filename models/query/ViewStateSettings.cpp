#include "ViewStateSettings.h"

#include <QJsonDocument>
#include <QSettings>

namespace techwinter {

namespace {

const QString viewKey = QStringLiteral("view/state");

// Before the view state, each field had its own key (filter/…, chart/…), companies by name.
ViewState loadOlderKeys(QSettings &settings)
{
    ViewState view;
    if (!settings.value(QStringLiteral("filter/allCompanies"), true).toBool())
        view.companies = settings.value(QStringLiteral("filter/companies")).toStringList();
    if (settings.contains(QStringLiteral("filter/kinds"))) {
        view.kinds.reset();
        for (const QString &word : settings.value(QStringLiteral("filter/kinds")).toStringList()) {
            if (auto kind = eventKindFromName(word))
                view.setKind(*kind, true);
        }
    }
    view.from = settings.value(QStringLiteral("filter/from")).toDate();
    view.to = settings.value(QStringLiteral("filter/to")).toDate();
    view.text = settings.value(QStringLiteral("filter/text")).toString();
    if (auto bucket = bucketSizeFromName(settings.value(QStringLiteral("chart/bucket")).toString()))
        view.bucket = *bucket;
    view.cumulative = settings.value(QStringLiteral("chart/cumulative"), false).toBool();
    view.logMoney = settings.value(QStringLiteral("chart/logMoney"), false).toBool();
    return view;
}

} // namespace

void ViewStateSettings::save(QSettings &settings, const ViewState &view)
{
    settings.setValue(
        viewKey, QString::fromUtf8(QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact)));
}

ViewState ViewStateSettings::load(QSettings &settings)
{
    if (!settings.contains(viewKey))
        return loadOlderKeys(settings);
    const QJsonDocument doc = QJsonDocument::fromJson(settings.value(viewKey).toString().toUtf8());
    // A damaged or foreign value costs the user their last view, never the start.
    auto view = ViewState::fromJson(doc.object());
    return view ? *view : ViewState {};
}

} // namespace techwinter
