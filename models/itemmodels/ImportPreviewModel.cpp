#include "ImportPreviewModel.h"

#include "FieldDisplay.h"

#include <QLocale>

namespace techwinter {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : FieldTableModel(FieldColumns::ImportPreview, FirstFieldColumn, parent)
{
}

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
    const EventField field = *fieldAt(index.column());
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

QVariant ImportPreviewModel::leadingHeading(int section) const
{
    return section == LineColumn ? QVariant(tr("Line")) : QVariant();
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const
{
    QHash<int, QByteArray> names = FieldTableModel::roleNames();
    names.insert(LineRole, "line");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace techwinter
