#pragma once

#include "EventFields.h"

#include <QAbstractTableModel>

#include <optional>

namespace techwinter {

/// A table model whose columns are event fields, after a few leading columns of its own: the
/// field columns and their headings come from the event field table.
class FieldTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    FieldTableModel(FieldColumns columns, int leadingColumns, QObject *parent);

    /// The field shown in `column`; nullopt for a leading column.
    std::optional<EventField> fieldAt(int column) const;
    /// The heading of leading column `section`.
    virtual QVariant leadingHeading(int section) const;

private:
    FieldColumns m_columns;
    int m_leadingColumns = 0;
};

} // namespace techwinter
