#pragma once

#include "EventFields.h"
#include "ImportTypes.h"

#include <QAbstractTableModel>

namespace techwinter {

/// The first rows of a file as they will be imported (one row per event, with the file line it
/// comes from), for the import preview. Reset as a whole whenever the mapping changes.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The file line, then every field the event field table shows in the preview, in its order.
    enum Column {
        LineColumn,
        FirstFieldColumn,
        DateColumn = FirstFieldColumn + fieldColumn(FieldColumns::ImportPreview, EventField::Date),
        KindColumn = FirstFieldColumn + fieldColumn(FieldColumns::ImportPreview, EventField::Kind),
        ColumnCount = FirstFieldColumn + fieldColumnCount(FieldColumns::ImportPreview)
    };
    Q_ENUM(Column)

    enum Role {
        LineRole = Qt::UserRole + 1, ///< qint64, line in the file
        SortRole, ///< the raw value of the cell's column
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(std::vector<ImportedEvent> events);
    const std::vector<ImportedEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<ImportedEvent> m_events;
};

} // namespace techwinter
