#include "SavedViews.h"

#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace techwinter {

namespace {

class SavedViewText
{
    Q_DECLARE_TR_FUNCTIONS(SavedViews)
};

const QString settingsKey = QStringLiteral("views/saved");
const QString formatKey = QStringLiteral("techwinter_views");

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

void RelativeRange::applyTo(ViewState &view, QDate today) const
{
    switch (kind) {
    case Kind::Fixed:
        return;
    case Kind::LastMonths:
        view.from = QDate(today.year(), today.month(), 1).addMonths(-(std::max(months, 1) - 1));
        view.to = today;
        return;
    case Kind::ThisYear:
        view.from = QDate(today.year(), 1, 1);
        view.to = today;
        return;
    case Kind::Since:
        view.from = since;
        view.to = today;
        return;
    }
}

QString RelativeRange::describe() const
{
    switch (kind) {
    case Kind::Fixed:
        return {};
    case Kind::LastMonths:
        return months == 1 ? SavedViewText::tr("this month")
                           : SavedViewText::tr("last %1 months").arg(months);
    case Kind::ThisYear:
        return SavedViewText::tr("this year");
    case Kind::Since:
        return SavedViewText::tr("since %1").arg(since.toString(Qt::ISODate));
    }
    return {};
}

QJsonValue RelativeRange::toJson() const
{
    switch (kind) {
    case Kind::Fixed:
        return QJsonValue();
    case Kind::LastMonths:
        return QJsonObject { { QStringLiteral("last_months"), months } };
    case Kind::ThisYear:
        return QJsonObject { { QStringLiteral("this_year"), true } };
    case Kind::Since:
        return QJsonObject { { QStringLiteral("since"), since.toString(Qt::ISODate) } };
    }
    return QJsonValue();
}

Result<RelativeRange> RelativeRange::fromJson(const QJsonValue &json)
{
    RelativeRange range;
    if (json.isNull() || json.isUndefined())
        return range;
    const QJsonObject o = json.toObject();
    if (const QJsonValue v = o.value(QStringLiteral("last_months")); !v.isUndefined()) {
        const int months = v.toInt(0);
        if (months < 1 || months > 1200)
            return Error { SavedViewText::tr("range: last_months must be 1 to 1200") };
        range.kind = Kind::LastMonths;
        range.months = months;
    } else if (o.value(QStringLiteral("this_year")).toBool(false)) {
        range.kind = Kind::ThisYear;
    } else if (const QJsonValue v = o.value(QStringLiteral("since")); v.isString()) {
        range.kind = Kind::Since;
        range.since = QDate::fromString(v.toString(), Qt::ISODate);
        if (!range.since.isValid())
            return Error {
                SavedViewText::tr("range: '%1' is not a date (YYYY-MM-DD)").arg(v.toString())
            };
    } else {
        return Error { SavedViewText::tr("range: expected last_months, this_year or since") };
    }
    return range;
}

ViewState SavedView::resolved(QDate today) const
{
    ViewState out = view;
    range.applyTo(out, today);
    return out;
}

const SavedView *SavedViews::find(const QString &name) const
{
    const auto it = std::find_if(
        m_views.begin(), m_views.end(), [&](const SavedView &v) { return sameName(v.name, name); });
    return it == m_views.end() ? nullptr : &*it;
}

Status SavedViews::save(SavedView view)
{
    view.name = view.name.trimmed();
    if (view.name.isEmpty())
        return Error { ErrorKind::InvalidInput, SavedViewText::tr("a view needs a name") };
    const auto it = std::find_if(m_views.begin(), m_views.end(),
        [&](const SavedView &v) { return sameName(v.name, view.name); });
    if (it != m_views.end())
        *it = std::move(view);
    else
        m_views.push_back(std::move(view));
    return Ok {};
}

Status SavedViews::rename(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (name.isEmpty())
        return Error { ErrorKind::InvalidInput, SavedViewText::tr("a view needs a name") };
    const auto it = std::find_if(
        m_views.begin(), m_views.end(), [&](const SavedView &v) { return sameName(v.name, from); });
    if (it == m_views.end())
        return Error { ErrorKind::NotFound, SavedViewText::tr("no view named '%1'").arg(from) };
    if (const SavedView *taken = find(name); taken && taken != &*it)
        return Error { ErrorKind::Conflict,
            SavedViewText::tr("a view named '%1' exists already").arg(name) };
    it->name = name;
    return Ok {};
}

bool SavedViews::remove(const QString &name)
{
    const auto it = std::find_if(
        m_views.begin(), m_views.end(), [&](const SavedView &v) { return sameName(v.name, name); });
    if (it == m_views.end())
        return false;
    m_views.erase(it);
    return true;
}

QByteArray SavedViews::toJson(QJsonDocument::JsonFormat format) const
{
    QJsonArray list;
    for (const SavedView &v : m_views) {
        list.append(QJsonObject { { QStringLiteral("name"), v.name },
            { QStringLiteral("view"), v.view.toJson() },
            { QStringLiteral("range"), v.range.toJson() } });
    }
    return QJsonDocument(QJsonObject { { formatKey, 1 }, { QStringLiteral("views"), list } })
        .toJson(format);
}

Result<SavedViews> SavedViews::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qint64 line = json.left(parseError.offset).count('\n') + 1;
        return Error { ErrorKind::InvalidInput, parseError.errorString(), file, line };
    }
    const QJsonObject root = doc.object();
    if (root.value(formatKey).toInt(0) != 1 || !root.value(QStringLiteral("views")).isArray())
        return Error { ErrorKind::InvalidInput,
            SavedViewText::tr("not a TechWinter views file (no \"%1\": 1 and \"views\" list)")
                .arg(formatKey),
            file };
    SavedViews views;
    for (const QJsonValue &item : root.value(QStringLiteral("views")).toArray()) {
        const QJsonObject o = item.toObject();
        SavedView view;
        view.name = o.value(QStringLiteral("name")).toString();
        auto state = ViewState::fromJson(o.value(QStringLiteral("view")).toObject());
        if (!state)
            return Error { ErrorKind::InvalidInput,
                QStringLiteral("%1: %2").arg(view.name, state.error().message), file };
        view.view = std::move(state).value();
        auto range = RelativeRange::fromJson(o.value(QStringLiteral("range")));
        if (!range)
            return Error { ErrorKind::InvalidInput,
                QStringLiteral("%1: %2").arg(view.name, range.error().message), file };
        view.range = *range;
        if (const Status saved = views.save(std::move(view)); !saved)
            return Error { ErrorKind::InvalidInput, saved.error().message, file };
    }
    return views;
}

Status SavedViews::exportFile(const QString &path) const
{
    return writeFileAtomically(path, toJson());
}

Result<int> SavedViews::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { ErrorKind::Io, SavedViewText::tr("cannot read: %1").arg(file.errorString()),
            path };
    auto read = fromJson(file.readAll(), path);
    if (!read)
        return read.error();
    for (const SavedView &view : read->views()) {
        if (const Status saved = save(view); !saved) // names were checked as the file was read
            return saved.error();
    }
    return int(read->views().size());
}

SavedViews SavedViews::load(QSettings &settings)
{
    auto read = fromJson(settings.value(settingsKey).toString().toUtf8(), QString());
    return read ? std::move(read).value() : SavedViews();
}

void SavedViews::store(QSettings &settings) const
{
    settings.setValue(settingsKey, QString::fromUtf8(toJson(QJsonDocument::Compact)));
}

} // namespace techwinter
