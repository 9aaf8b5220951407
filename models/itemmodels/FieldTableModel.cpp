#include "FieldTableModel.h"

#include "FieldDisplay.h"

namespace techwinter {

FieldTableModel::FieldTableModel(FieldColumns columns, int leadingColumns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
    , m_leadingColumns(leadingColumns)
{
}

int FieldTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_leadingColumns + fieldColumnCount(m_columns);
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < m_leadingColumns)
        return leadingHeading(section);
    return FieldDisplay::heading(m_columns, section - m_leadingColumns);
}

std::optional<EventField> FieldTableModel::fieldAt(int column) const
{
    return column < m_leadingColumns ? std::nullopt
                                     : fieldAtColumn(m_columns, column - m_leadingColumns);
}

QVariant FieldTableModel::leadingHeading(int) const
{
    return {};
}

} // namespace techwinter
