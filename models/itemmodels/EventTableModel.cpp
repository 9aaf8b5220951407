#include "EventTableModel.h"

#include "EventFilter.h"
#include "EventStore.h"
#include "Formatting.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace techwinter {

EventTableModel::EventTableModel(EventFilter *filter, QObject *parent)
    : QAbstractTableModel(parent)
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

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
    if (!shown().empty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole });
}

QVariant EventTableModel::rawValue(const EventStore &store, int storeRow, int column) const
{
    switch (column) {
    case DateColumn:
        return store.date(storeRow);
    case CompanyColumn:
        return store.companyName(storeRow);
    case KindColumn:
        return eventKindName(store.kind(storeRow));
    case TitleColumn:
        return store.title(storeRow);
    case HeadcountColumn: {
        const auto v = store.headcount(storeRow);
        return v ? QVariant(*v) : QVariant();
    }
    case AmountUsdColumn: {
        const auto v = store.amountUsd(storeRow);
        return v ? QVariant(*v) : QVariant();
    }
    case CounterpartyColumn:
        return store.counterparty(storeRow);
    case SourceColumn:
        return store.sourceUrl(storeRow);
    }
    return {};
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Read single fields from the store's columns: a view asks for many roles per cell, and
    // assembling a whole Event (text decoded) for each would dominate scrolling.
    const EventStore &store = m_filter->store();
    const int row = shown()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            // ISO in every locale: unambiguous, four-digit years, and the same form shows
            // day (2019-07-22), month (2019-12) and year (2019) precision.
            switch (store.precision(row)) {
            case DatePrecision::Day:
                return store.date(row).toString(Qt::ISODate);
            case DatePrecision::Month:
                return store.date(row).toString(QStringLiteral("yyyy-MM"));
            case DatePrecision::Year:
                return QString::number(store.date(row).year());
            }
            return QString();
        case KindColumn:
            return eventKindLabel(store.kind(row));
        case HeadcountColumn: {
            const auto v = store.headcount(row);
            return v ? m_locale.toString(*v) : QString();
        }
        case AmountUsdColumn: {
            const auto v = store.amountUsd(row);
            return v ? formatUsd(*v, m_locale) : QString();
        }
        default:
            return rawValue(store, row, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == HeadcountColumn || index.column() == AmountUsdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        const QString title = store.title(row);
        const QString notes = store.notes(row);
        return notes.isEmpty() ? title : title + QStringLiteral("\n\n") + notes;
    }
    case DateRole:
        return rawValue(store, row, DateColumn);
    case CompanyRole:
        return rawValue(store, row, CompanyColumn);
    case KindRole:
        return rawValue(store, row, KindColumn);
    case TitleRole:
        return rawValue(store, row, TitleColumn);
    case HeadcountRole:
        return rawValue(store, row, HeadcountColumn);
    case AmountUsdRole:
        return rawValue(store, row, AmountUsdColumn);
    case CounterpartyRole:
        return rawValue(store, row, CounterpartyColumn);
    case SourceUrlRole:
        return rawValue(store, row, SourceColumn);
    case NotesRole:
        return store.notes(row);
    case EventIdRole:
        return store.id(row);
    case StoreRowRole:
        return row;
    case SortRole:
        return rawValue(store, row, index.column());
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case CompanyColumn:
        return tr("Company");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Event");
    case HeadcountColumn:
        return tr("Jobs cut");
    case AmountUsdColumn:
        return tr("Amount (USD)");
    case CounterpartyColumn:
        return tr("Counterparty");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QHash<int, QByteArray> EventTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DateRole, "date");
    names.insert(CompanyRole, "company");
    names.insert(KindRole, "kind");
    names.insert(TitleRole, "title");
    names.insert(HeadcountRole, "headcount");
    names.insert(AmountUsdRole, "amountUsd");
    names.insert(CounterpartyRole, "counterparty");
    names.insert(SourceUrlRole, "sourceUrl");
    names.insert(NotesRole, "notes");
    names.insert(EventIdRole, "eventId");
    names.insert(StoreRowRole, "storeRow");
    names.insert(SortRole, "sortValue");
    return names;
}

void EventTableModel::applySort()
{
    if (m_sortColumn < 0 || !m_filter)
        return;
    const EventStore &store = m_filter->store();
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Unknown figures sort last in both directions; ties keep date order (stable sort).
    const auto cmpOptional = [&](const auto &p, const auto &q) {
        if (p.has_value() != q.has_value())
            return p.has_value();
        return p.has_value() && (ascending ? *p < *q : *q < *p);
    };
    if (column == DateColumn) {
        if (!ascending)
            std::reverse(m_sorted.begin(), m_sorted.end());
        return;
    }
    if (column == CompanyColumn) {
        // Rank the companies once (a few hundred locale-aware compares), then sort by rank.
        std::vector<int> byName(store.companies().size());
        std::iota(byName.begin(), byName.end(), 0);
        std::stable_sort(byName.begin(), byName.end(), [&](int a, int b) {
            return QString::localeAwareCompare(store.company(a).name, store.company(b).name) < 0;
        });
        std::vector<int> rank(byName.size());
        for (size_t i = 0; i < byName.size(); ++i)
            rank[size_t(byName[i])] = int(i);
        // Equal names (two companies, one spelling) rank apart; give them one rank.
        for (size_t i = 1; i < byName.size(); ++i) {
            if (QString::localeAwareCompare(
                    store.company(byName[i - 1]).name, store.company(byName[i]).name)
                == 0)
                rank[size_t(byName[i])] = rank[size_t(byName[i - 1])];
        }
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
            const int x = rank[size_t(store.companyIndex(a))];
            const int y = rank[size_t(store.companyIndex(b))];
            return ascending ? x < y : y < x;
        });
        return;
    }
    if (column == TitleColumn || column == CounterpartyColumn || column == SourceColumn) {
        // Decode each row's text once, not once per comparison.
        std::vector<std::pair<QString, int>> keyed;
        keyed.reserve(m_sorted.size());
        for (int row : m_sorted)
            keyed.emplace_back(rawValue(store, row, column).toString(), row);
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &p, const auto &q) {
            const int c = QString::localeAwareCompare(p.first, q.first);
            return ascending ? c < 0 : c > 0;
        });
        for (size_t i = 0; i < keyed.size(); ++i)
            m_sorted[i] = keyed[i].second;
        return;
    }
    const auto less = [&](int a, int b) {
        switch (column) {
        case KindColumn:
            return ascending ? store.kind(a) < store.kind(b) : store.kind(b) < store.kind(a);
        case HeadcountColumn:
            return cmpOptional(store.headcount(a), store.headcount(b));
        case AmountUsdColumn:
            return cmpOptional(store.amountUsd(a), store.amountUsd(b));
        }
        return false;
    };
    std::stable_sort(m_sorted.begin(), m_sorted.end(), less);
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
