#include "EventTableModel.h"

#include "EventFilter.h"
#include "EventStore.h"
#include "FieldDisplay.h"
#include "Formatting.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace techwinter {

EventTableModel::EventTableModel(EventFilter *filter, QObject *parent)
    : FieldTableModel(FieldColumns::EventTable, 0, parent)
    , m_filter(filter)
{
    connect(filter, &EventFilter::aboutToChange, this, &EventTableModel::beginResetModel);
    connect(filter, &EventFilter::changed, this, [this] {
        reloadRows();
        endResetModel();
    });
    reloadRows();
}

void EventTableModel::reloadRows()
{
    // Unsorted, the table shows the filter's own row vector: no copy of up to a million rows.
    std::vector<int>().swap(m_sorted);
    if (m_sortColumn >= 0 && m_filter) {
        m_sorted = m_filter->rows();
        applySort();
    }
}

const std::vector<int> &EventTableModel::shown() const
{
    static const std::vector<int> none;
    if (m_sortColumn >= 0)
        return m_sorted;
    return m_filter ? m_filter->rows() : none;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shown().size());
}

Event EventTableModel::eventAt(int row) const
{
    return m_filter->store().event(shown()[size_t(row)]);
}

int EventTableModel::rowOfStoreRow(int storeRow) const
{
    auto it = std::find(shown().begin(), shown().end(), storeRow);
    return it == shown().end() ? -1 : int(it - shown().begin());
}

void EventTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!shown().empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            { Qt::DisplayRole, Qt::ToolTipRole });
}

void EventTableModel::setMoney(const MoneySettings &money)
{
    if (money == m_converter.settings())
        return;
    m_converter = MoneyConverter(money);
    Q_EMIT headerDataChanged(Qt::Horizontal, AmountUsdColumn, AmountUsdColumn);
    if (!shown().empty())
        Q_EMIT dataChanged(
            index(0, AmountUsdColumn), index(rowCount() - 1, AmountUsdColumn), { Qt::DisplayRole });
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == AmountUsdColumn && orientation == Qt::Horizontal && role == Qt::DisplayRole
        && m_converter.settings().converts()) {
        const MoneySettings &money = m_converter.settings();
        const QString currency = money.currency == DisplayCurrency::Krw
            ? QCoreApplication::translate("EventTableModel", "KRW")
            : QCoreApplication::translate("EventTableModel", "USD");
        return money.realYear
            ? QCoreApplication::translate("EventTableModel", "Amount (%1, %2 prices)")
                  .arg(currency)
                  .arg(*money.realYear)
            : QCoreApplication::translate("EventTableModel", "Amount (%1)").arg(currency);
    }
    return FieldTableModel::headerData(section, orientation, role);
}

QVariant EventTableModel::rawValue(const EventStore &store, int storeRow, EventField field) const
{
    // Single fields straight from the store's columns: a view asks for many roles per cell, and
    // assembling a whole Event (text decoded) for each would dominate scrolling. A field without
    // a column of its own in the store is read from the assembled event.
    switch (field) {
    case EventField::Date:
        return store.date(storeRow);
    case EventField::Company:
        return store.company(store.companyIndex(storeRow)).displayName();
    case EventField::Kind:
        return eventKindName(store.kind(storeRow));
    case EventField::Title:
        return store.title(storeRow);
    case EventField::Headcount: {
        const auto v = store.headcount(storeRow);
        return v ? QVariant(*v) : QVariant();
    }
    case EventField::AmountUsd: {
        const auto v = store.amountUsd(storeRow);
        return v ? QVariant(*v) : QVariant();
    }
    case EventField::Counterparty:
        return store.counterparty(storeRow);
    case EventField::SourceUrl:
        return store.sourceUrl(storeRow);
    case EventField::Notes:
        return store.notes(storeRow);
    case EventField::TitleKo:
        return store.titleKo(storeRow);
    default:
        return eventFieldValue(store.event(storeRow), field);
    }
}

QVariant EventTableModel::displayValue(
    const EventStore &store, int storeRow, EventField field) const
{
    if (eventField(field).type == FieldType::Date) {
        // ISO in every locale: unambiguous, four-digit years, and the same form shows day
        // (2019-07-22), month (2019-12) and year (2019) precision.
        const QDate date = store.date(storeRow);
        switch (store.precision(storeRow)) {
        case DatePrecision::Day:
            return date.toString(Qt::ISODate);
        case DatePrecision::Month:
            return date.toString(QStringLiteral("yyyy-MM"));
        case DatePrecision::Year:
            return QString::number(date.year());
        }
        return QString();
    }
    if (field == EventField::AmountUsd && m_converter.settings().converts()) {
        // Converted from the whole event: an amount in won needs its original figure and month.
        const auto money = m_converter.convert(store.event(storeRow));
        if (!money)
            return {};
        return formatMoney(money->value, displayCurrencyCode(money->currency), m_locale);
    }
    if (field == EventField::Title && m_locale.language() == QLocale::Korean) {
        // Korean readers see the title written for them where the dataset has one; the English
        // one stays in the tooltip and in SortRole's raw value.
        if (const QString korean = store.titleKo(storeRow); !korean.isEmpty())
            return korean;
    }
    return FieldDisplay::text(field, rawValue(store, storeRow, field), m_locale);
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventStore &store = m_filter->store();
    const int row = shown()[size_t(index.row())];
    const EventField field = *fieldAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(store, row, field);
    case Qt::TextAlignmentRole:
        return FieldDisplay::alignment(field);
    case Qt::ToolTipRole: {
        const QString title = store.title(row);
        const QString notes = store.notes(row);
        return notes.isEmpty() ? title : title + QStringLiteral("\n\n") + notes;
    }
    case EventIdRole:
        return store.id(row);
    case StoreRowRole:
        return row;
    case SortRole:
        return rawValue(store, row, field);
    }
    if (role >= FirstFieldRole && role <= LastFieldRole)
        return rawValue(store, row, EventField(role - FirstFieldRole));
    return {};
}

QHash<int, QByteArray> EventTableModel::roleNames() const
{
    QHash<int, QByteArray> names = FieldTableModel::roleNames();
    FieldDisplay::addRoleNames(names, FirstFieldRole);
    names.insert(EventIdRole, "eventId");
    names.insert(StoreRowRole, "storeRow");
    names.insert(SortRole, "sortValue");
    return names;
}

void EventTableModel::applySort()
{
    if (m_sortColumn < 0 || !m_filter)
        return;
    const EventField field = *fieldAt(m_sortColumn);
    const EventStore &store = m_filter->store();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    switch (eventField(field).type) {
    case FieldType::Date:
        // The filter's rows are in date order already.
        if (!ascending)
            std::reverse(m_sorted.begin(), m_sorted.end());
        return;
    case FieldType::Kind:
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
            return ascending ? store.kind(a) < store.kind(b) : store.kind(b) < store.kind(a);
        });
        return;
    case FieldType::Text:
        if (field == EventField::Company)
            sortByCompany();
        else
            sortByText(field);
        return;
    case FieldType::Integer:
    case FieldType::Number:
        sortByFigure(field);
        return;
    }
}

void EventTableModel::sortByCompany()
{
    const EventStore &store = m_filter->store();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Rank the companies once (a few hundred locale-aware compares), then sort by rank.
    std::vector<int> byName(store.companies().size());
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(), [&](int a, int b) {
        return QString::localeAwareCompare(
                   store.company(a).displayName(), store.company(b).displayName())
            < 0;
    });
    std::vector<int> rank(byName.size());
    for (size_t i = 0; i < byName.size(); ++i)
        rank[size_t(byName[i])] = int(i);
    // Equal names (two companies, one spelling) rank apart; give them one rank.
    for (size_t i = 1; i < byName.size(); ++i) {
        if (QString::localeAwareCompare(
                store.company(byName[i - 1]).displayName(), store.company(byName[i]).displayName())
            == 0)
            rank[size_t(byName[i])] = rank[size_t(byName[i - 1])];
    }
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
        const int x = rank[size_t(store.companyIndex(a))];
        const int y = rank[size_t(store.companyIndex(b))];
        return ascending ? x < y : y < x;
    });
}

void EventTableModel::sortByText(EventField field)
{
    const EventStore &store = m_filter->store();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Decode each row's text once, not once per comparison.
    std::vector<std::pair<QString, int>> keyed;
    keyed.reserve(m_sorted.size());
    for (int row : m_sorted)
        keyed.emplace_back(rawValue(store, row, field).toString(), row);
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &p, const auto &q) {
        const int c = QString::localeAwareCompare(p.first, q.first);
        return ascending ? c < 0 : c > 0;
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        m_sorted[i] = keyed[i].second;
}

void EventTableModel::sortByFigure(EventField field)
{
    const EventStore &store = m_filter->store();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Read each row's figure once; unknown figures sort last in both directions, and ties keep
    // date order (stable sort).
    std::vector<std::pair<std::optional<double>, int>> keyed;
    keyed.reserve(m_sorted.size());
    for (int row : m_sorted) {
        const QVariant v = rawValue(store, row, field);
        keyed.emplace_back(v.isNull() ? std::nullopt : std::optional(v.toDouble()), row);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &p, const auto &q) {
        if (p.first.has_value() != q.first.has_value())
            return p.first.has_value();
        return p.first.has_value() && (ascending ? *p.first < *q.first : *q.first < *p.first);
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        m_sorted[i] = keyed[i].second;
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> storeRows;
    storeRows.reserve(size_t(before.size()));
    for (const QModelIndex &idx : before)
        storeRows.push_back(shown()[size_t(idx.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    m_sorted = m_filter ? m_filter->rows() : std::vector<int> {};
    applySort();

    // Views hold on to a few rows (current, selected): find just those in the new order, in one
    // pass. Hashing every shown row instead cost 0.6 s at a million rows when a view was created.
    std::unordered_map<int, int> newRowOf;
    newRowOf.reserve(storeRows.size());
    for (int storeRow : storeRows)
        newRowOf.emplace(storeRow, -1);
    if (!newRowOf.empty()) {
        for (int row = 0; row < int(shown().size()); ++row) {
            if (const auto it = newRowOf.find(shown()[size_t(row)]); it != newRowOf.end())
                it->second = row;
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(newRowOf.at(storeRows[size_t(i)]), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace techwinter
