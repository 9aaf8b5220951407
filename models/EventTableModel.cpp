#include "EventTableModel.h"

#include "EventFilter.h"
#include "EventStore.h"
#include "Formatting.h"

#include <algorithm>
#include <numeric>

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
    m_rows = m_filter ? m_filter->rows() : std::vector<int> {};
    applySort();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Event &EventTableModel::eventAt(int row) const
{
    return m_filter->store().event(m_rows[size_t(row)]);
}

int EventTableModel::rowOfStoreRow(int storeRow) const
{
    auto it = std::find(m_rows.begin(), m_rows.end(), storeRow);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

void EventTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.empty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole });
}

QVariant EventTableModel::rawValue(const Event &e, int column) const
{
    switch (column) {
    case DateColumn:
        return e.date;
    case CompanyColumn:
        return e.company;
    case KindColumn:
        return eventKindName(e.kind);
    case TitleColumn:
        return e.title;
    case HeadcountColumn:
        return e.headcount ? QVariant(*e.headcount) : QVariant();
    case AmountUsdColumn:
        return e.amountUsd ? QVariant(*e.amountUsd) : QVariant();
    case CounterpartyColumn:
        return e.counterparty;
    case SourceColumn:
        return e.sourceUrl;
    }
    return {};
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = eventAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return e.precision == DatePrecision::Day
                ? m_locale.toString(e.date, QLocale::ShortFormat)
                : e.dateText();
        case KindColumn:
            return eventKindLabel(e.kind);
        case HeadcountColumn:
            return e.headcount ? m_locale.toString(*e.headcount) : QString();
        case AmountUsdColumn:
            return e.amountUsd ? formatUsd(*e.amountUsd, m_locale) : QString();
        default:
            return rawValue(e, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == HeadcountColumn || index.column() == AmountUsdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return e.notes.isEmpty() ? e.title : e.title + QStringLiteral("\n\n") + e.notes;
    case DateRole:
        return e.date;
    case CompanyRole:
        return e.company;
    case KindRole:
        return eventKindName(e.kind);
    case TitleRole:
        return e.title;
    case HeadcountRole:
        return e.headcount ? QVariant(*e.headcount) : QVariant();
    case AmountUsdRole:
        return e.amountUsd ? QVariant(*e.amountUsd) : QVariant();
    case CounterpartyRole:
        return e.counterparty;
    case SourceUrlRole:
        return e.sourceUrl;
    case NotesRole:
        return e.notes;
    case EventIdRole:
        return e.id;
    case StoreRowRole:
        return m_rows[size_t(index.row())];
    case SortRole:
        return rawValue(e, index.column());
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
    const auto less = [&](int a, int b) {
        const Event &x = store.event(a);
        const Event &y = store.event(b);
        const auto cmpOptional = [&](const auto &p, const auto &q) {
            if (p.has_value() != q.has_value())
                return p.has_value();
            return p.has_value() && (ascending ? *p < *q : *q < *p);
        };
        const auto cmpText = [&](const QString &p, const QString &q) {
            const int c = QString::localeAwareCompare(p, q);
            return ascending ? c < 0 : c > 0;
        };
        switch (column) {
        case DateColumn:
            return ascending ? a < b : b < a;
        case CompanyColumn:
            return cmpText(x.company, y.company);
        case KindColumn:
            return ascending ? x.kind < y.kind : y.kind < x.kind;
        case TitleColumn:
            return cmpText(x.title, y.title);
        case HeadcountColumn:
            return cmpOptional(x.headcount, y.headcount);
        case AmountUsdColumn:
            return cmpOptional(x.amountUsd, y.amountUsd);
        case CounterpartyColumn:
            return cmpText(x.counterparty, y.counterparty);
        case SourceColumn:
            return cmpText(x.sourceUrl, y.sourceUrl);
        }
        return false;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), less);
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
        storeRows.push_back(m_rows[size_t(idx.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    m_rows = m_filter ? m_filter->rows() : std::vector<int> {};
    applySort();

    // Map store rows back to their new table rows in one pass.
    QHash<int, int> newRowOf;
    newRowOf.reserve(qsizetype(storeRows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row)
        newRowOf.insert(m_rows[size_t(row)], row);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(newRowOf.value(storeRows[size_t(i)], -1), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace techwinter
