#pragma once

#include "LeagueTable.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace techwinter {

class EventFilter;

/// The league table of the shared filter's events, one row per company, recomputed (one reset)
/// on each filter change; every column sorts by its value, not by its text.
class LeagueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        JobsCutColumn,
        LayoffEventsColumn,
        AiUsdColumn,
        AiUsdPerJobCutColumn,
        AcquisitionsColumn,
        AcquisitionUsdColumn,
        FirstEventColumn,
        LastEventColumn,
        ColumnCount,
    };
    enum Role {
        CompanyRole = Qt::UserRole + 1, ///< QString display name
        CompanyIndexRole, ///< int index into the EventStore's companies
        JobsCutRole, ///< qint64
        LayoffEventsRole, ///< int
        AiUsdRole, ///< double, ai_investment only
        AiUsdPerJobCutRole, ///< double; invalid QVariant when no job cut is known
        AcquisitionsRole, ///< int
        AcquisitionUsdRole, ///< double
        FirstEventRole, ///< QDate
        LastEventRole, ///< QDate
        SortRole, ///< the cell's value for sorting (numbers as numbers)
    };
    Q_ENUM(Role)

    explicit LeagueTableModel(EventFilter *filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const std::vector<LeagueRow> &rows() const { return m_rows; }

private:
    void reload();
    QVariant valueOf(const LeagueRow &row, int column) const;

    QPointer<EventFilter> m_filter;
    std::vector<LeagueRow> m_rows;
    int m_sortColumn = -1; // -1: the computation's own order (most jobs cut first)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace techwinter
