#pragma once

#include "Event.h"
#include "EventFields.h"
#include "FieldTableModel.h"
#include "MoneyConverter.h"

#include <QLocale>
#include <QPointer>

#include <vector>

namespace techwinter {

class EventFilter;
class EventStore;

/// The filtered events as a table: one row per matching event, formatted for the locale in
/// DisplayRole, raw values in named roles (for sorting, delegates and QML-style access).
class EventTableModel : public FieldTableModel
{
    Q_OBJECT
public:
    /// The columns: every field the event field table gives a heading, in its order. The names
    /// are for the code that sizes or links particular columns.
    enum Column {
        DateColumn = fieldColumn(FieldColumns::EventTable, EventField::Date),
        CompanyColumn = fieldColumn(FieldColumns::EventTable, EventField::Company),
        KindColumn = fieldColumn(FieldColumns::EventTable, EventField::Kind),
        TitleColumn = fieldColumn(FieldColumns::EventTable, EventField::Title),
        HeadcountColumn = fieldColumn(FieldColumns::EventTable, EventField::Headcount),
        AmountUsdColumn = fieldColumn(FieldColumns::EventTable, EventField::AmountUsd),
        CounterpartyColumn = fieldColumn(FieldColumns::EventTable, EventField::Counterparty),
        SourceColumn = fieldColumn(FieldColumns::EventTable, EventField::SourceUrl),
        ColumnCount = fieldColumnCount(FieldColumns::EventTable)
    };
    Q_ENUM(Column)

    enum Role {
        EventIdRole = Qt::UserRole + 1, ///< qint64 database id
        StoreRowRole, ///< int row in the EventStore
        SortRole, ///< the raw value of the cell's column
        /// FirstFieldRole + int(EventField): that field's raw value (eventFieldValue()); the
        /// fields with a role name in the table are listed in roleNames().
        FirstFieldRole,
        DateRole = FirstFieldRole + int(EventField::Date), ///< QDate
        CompanyRole = FirstFieldRole + int(EventField::Company), ///< QString display name
        KindRole = FirstFieldRole + int(EventField::Kind), ///< QString kind word ("layoff")
        TitleRole = FirstFieldRole + int(EventField::Title),
        HeadcountRole = FirstFieldRole + int(EventField::Headcount), ///< qint64 or null
        AmountUsdRole = FirstFieldRole + int(EventField::AmountUsd), ///< double or null
        CounterpartyRole = FirstFieldRole + int(EventField::Counterparty),
        SourceUrlRole = FirstFieldRole + int(EventField::SourceUrl),
        NotesRole = FirstFieldRole + int(EventField::Notes),
        LastFieldRole = FirstFieldRole + EventFieldCount - 1,
    };
    Q_ENUM(Role)

    explicit EventTableModel(EventFilter *filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The event shown in `row` (assembled from the store's columns).
    Event eventAt(int row) const;
    /// The EventStore row shown in table row `row`.
    int storeRow(int row) const { return shown()[size_t(row)]; }
    /// The table row that shows store row `storeRow`, or -1.
    int rowOfStoreRow(int storeRow) const;

    /// The locale of figures, headings, company names and (in Korean) titles: after a language
    /// switch, every cell and heading is announced as changed.
    void setLocale(const QLocale &locale);
    /// The amount column in US dollars or won, nominal or real (at each event month's rate);
    /// its heading names the currency. AmountUsdRole and sorting keep nominal dollars.
    void setMoney(const MoneySettings &money);
    const MoneySettings &money() const { return m_converter.settings(); }

    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reloadRows();
    void applySort();
    QVariant rawValue(const EventStore &store, int storeRow, EventField field) const;
    QVariant displayValue(const EventStore &store, int storeRow, EventField field) const;
    void sortByText(EventField field);
    void sortByFigure(EventField field);
    void sortByCompany();

    QPointer<EventFilter> m_filter;
    /// The rows shown: the filter's own vector, or m_sorted when a column sort is active.
    const std::vector<int> &shown() const;
    std::vector<int> m_sorted; // empty unless sorted
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
    MoneyConverter m_converter;
};

} // namespace techwinter
