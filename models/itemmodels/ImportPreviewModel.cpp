#include "ImportPreviewModel.h"

#include "FieldDisplay.h"

#include <QLocale>

namespace techwinter {

void ImportPreviewModel::setEvents(std::vector<ImportedEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportedEvent &row = m_events[size_t(index.row())];
    if (role == LineRole || (index.column() == LineColumn && role == SortRole))
        return row.line;
    if (index.column() == LineColumn) {
        if (role == Qt::DisplayRole)
            return row.line;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const EventField field
        = *fieldAtColumn(FieldColumns::ImportPreview, index.column() - FirstFieldColumn);
    switch (role) {
    case Qt::TextAlignmentRole:
        return FieldDisplay::alignment(field);
    case SortRole:
        return eventFieldValue(row.event, field);
    case Qt::DisplayRole:
        // The date as the file will store it ("2023-01", "2023"), not in the locale's format.
        if (eventField(field).type == FieldType::Date)
            return row.event.dateText();
        return FieldDisplay::text(field, eventFieldValue(row.event, field), QLocale());
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LineColumn)
        return tr("Line");
    return FieldDisplay::heading(FieldColumns::ImportPreview, section - FirstFieldColumn);
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LineRole, "line");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace techwinter
