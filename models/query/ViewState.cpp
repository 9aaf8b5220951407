#include "ViewState.h"

#include "EventStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace techwinter {

namespace {

// A missing company is reported on the command line: translated with its words.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

Result<QDate> dateFrom(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (v.isNull() || v.isUndefined())
        return QDate();
    const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
    if (!date.isValid())
        return Error { QStringLiteral("view: '%1' is not a date (YYYY-MM-DD)").arg(key) };
    return date;
}

Error badValue(const QString &key, const QString &expected)
{
    return Error { QStringLiteral("view: '%1' must be %2").arg(key, expected) };
}

} // namespace

FilterState ViewState::filterFor(const EventStore &store) const
{
    FilterState state;
    if (companies) {
        std::set<int> chosen;
        for (const QString &name : *companies) {
            if (const auto index = store.findCompany(name))
                chosen.insert(*index);
        }
        state.companies = std::move(chosen);
    }
    state.kinds = kinds;
    state.from = from;
    state.to = to;
    state.text = text;
    return state;
}

Result<FilterState> ViewState::strictFilterFor(const EventStore &store) const
{
    if (companies) {
        for (const QString &name : *companies) {
            if (!store.findCompany(name)) {
                return Error { ErrorKind::NotFound,
                    CommandLine::tr("--company: no company or alias named '%1' in this database")
                        .arg(name.trimmed()) };
            }
        }
    }
    return filterFor(store);
}

void ViewState::setFilter(const FilterState &state, const EventStore &store)
{
    companies.reset();
    if (state.companies) {
        QStringList names;
        for (int index : *state.companies) {
            if (index >= 0 && index < int(store.companies().size()))
                names << store.company(index).name;
        }
        companies = std::move(names);
    }
    kinds = state.kinds;
    from = state.from;
    to = state.to;
    text = state.text;
}

QJsonObject ViewState::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("companies"),
        companies ? QJsonValue(QJsonArray::fromStringList(*companies)) : QJsonValue());
    QJsonArray kindNames;
    for (EventKind kind : AllEventKinds) {
        if (acceptsKind(kind))
            kindNames.append(eventKindName(kind));
    }
    json.insert(QStringLiteral("kinds"), kindNames);
    json.insert(QStringLiteral("from"), dateValue(from));
    json.insert(QStringLiteral("to"), dateValue(to));
    json.insert(QStringLiteral("text"), text);
    json.insert(QStringLiteral("bucket"), bucketSizeName(bucket));
    json.insert(QStringLiteral("cumulative"), cumulative);
    json.insert(QStringLiteral("logMoney"), logMoney);
    json.insert(QStringLiteral("compare"), compare);
    json.insert(QStringLiteral("compareBars"),
        stackedBars ? QStringLiteral("stacked") : QStringLiteral("grouped"));
    json.insert(QStringLiteral("overlay"),
        overlaySeries.isEmpty()
            ? QJsonValue()
            : QJsonValue(QJsonObject { { QStringLiteral("series"), overlaySeries },
                { QStringLiteral("entity"), overlayEntity } }));
    json.insert(QStringLiteral("currency"), displayCurrencyCode(money.currency));
    json.insert(QStringLiteral("realDollarsYear"),
        money.realYear ? QJsonValue(*money.realYear) : QJsonValue());
    return json;
}

Result<ViewState> ViewState::fromJson(const QJsonObject &json)
{
    ViewState view;
    if (const QJsonValue v = json.value(QStringLiteral("companies")); v.isArray()) {
        QStringList names;
        for (const QJsonValue &name : v.toArray()) {
            if (!name.isString())
                return badValue(QStringLiteral("companies"), QStringLiteral("a list of names"));
            names << name.toString();
        }
        view.companies = std::move(names);
    } else if (!v.isNull() && !v.isUndefined()) {
        return badValue(QStringLiteral("companies"), QStringLiteral("a list of names or null"));
    }
    if (const QJsonValue v = json.value(QStringLiteral("kinds")); v.isArray()) {
        view.kinds.reset();
        for (const QJsonValue &name : v.toArray()) {
            const auto kind = eventKindFromName(name.toString());
            if (!kind) {
                return Error {
                    QStringLiteral("view: '%1' is not a kind of event").arg(name.toString())
                };
            }
            view.setKind(*kind, true);
        }
    } else if (!v.isUndefined()) {
        return badValue(QStringLiteral("kinds"), QStringLiteral("a list of kinds"));
    }
    auto from = dateFrom(json, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = dateFrom(json, QStringLiteral("to"));
    if (!to)
        return to.error();
    view.from = *from;
    view.to = *to;
    view.text = json.value(QStringLiteral("text")).toString();
    if (const QJsonValue v = json.value(QStringLiteral("bucket")); !v.isUndefined()) {
        const auto bucket = bucketSizeFromName(v.toString());
        if (!bucket)
            return badValue(QStringLiteral("bucket"), QStringLiteral("month, quarter or year"));
        view.bucket = *bucket;
    }
    view.cumulative = json.value(QStringLiteral("cumulative")).toBool(false);
    view.logMoney = json.value(QStringLiteral("logMoney")).toBool(false);
    view.compare = json.value(QStringLiteral("compare")).toBool(false);
    view.stackedBars
        = json.value(QStringLiteral("compareBars")).toString() == QLatin1String("stacked");
    if (const QJsonValue v = json.value(QStringLiteral("overlay")); v.isObject()) {
        view.overlaySeries = v.toObject().value(QStringLiteral("series")).toString();
        view.overlayEntity = v.toObject().value(QStringLiteral("entity")).toString();
    }
    if (const QJsonValue v = json.value(QStringLiteral("currency")); !v.isUndefined()) {
        const auto currency = displayCurrencyFromCode(v.toString());
        if (!currency)
            return badValue(QStringLiteral("currency"), QStringLiteral("USD or KRW"));
        view.money.currency = *currency;
    }
    if (const QJsonValue v = json.value(QStringLiteral("realDollarsYear")); v.isDouble())
        view.money.realYear = v.toInt();
    else if (!v.isNull() && !v.isUndefined())
        return badValue(QStringLiteral("realDollarsYear"), QStringLiteral("a year or null"));
    return view;
}

} // namespace techwinter
