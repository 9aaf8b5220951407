#pragma once

#include "EventFields.h"
#include "FieldTableModel.h"
#include "ImportTypes.h"

namespace techwinter {

/// The first rows of a file as they will be imported (one row per event, with the file line it
/// comes from), for the import preview. Reset as a whole whenever the mapping changes.
class ImportPreviewModel : public FieldTableModel
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

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setEvents(std::vector<ImportedEvent> events);
    const std::vector<ImportedEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant leadingHeading(int section) const override;

    std::vector<ImportedEvent> m_events;
};

} // namespace techwinter
