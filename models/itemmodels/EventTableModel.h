#pragma once

#include "Event.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

#include <vector>

namespace techwinter {

class EventFilter;
class EventStore;

/// The filtered events as a table: one row per matching event, formatted for the locale in
/// DisplayRole, raw values in named roles (for sorting, delegates and QML-style access).
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        CompanyColumn,
        KindColumn,
        TitleColumn,
        HeadcountColumn,
        AmountUsdColumn,
        CounterpartyColumn,
        SourceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        DateRole = Qt::UserRole + 1, ///< QDate
        CompanyRole, ///< QString display name
        KindRole, ///< QString kind word ("layoff")
        TitleRole,
        HeadcountRole, ///< qint64 or null
        AmountUsdRole, ///< double or null
        CounterpartyRole,
        SourceUrlRole,
        NotesRole,
        EventIdRole, ///< qint64 database id
        StoreRowRole, ///< int row in the EventStore
        SortRole, ///< the raw value of the cell's column
    };
    Q_ENUM(Role)

    explicit EventTableModel(EventFilter *filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The event shown in `row` (assembled from the store's columns).
    Event eventAt(int row) const;
    /// The EventStore row shown in table row `row`.
    int storeRow(int row) const { return shown()[size_t(row)]; }
    /// The table row that shows store row `storeRow`, or -1.
    int rowOfStoreRow(int storeRow) const;

    void setLocale(const QLocale &locale);

private:
    void reloadRows();
    void applySort();
    QVariant rawValue(const EventStore &store, int storeRow, int column) const;

    QPointer<EventFilter> m_filter;
    /// The rows shown: the filter's own vector, or m_sorted when a column sort is active.
    const std::vector<int> &shown() const;
    std::vector<int> m_sorted; // empty unless sorted
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
};

} // namespace techwinter
