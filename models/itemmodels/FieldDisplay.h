#pragma once

#include "EventFields.h"

#include <QByteArray>
#include <QHash>
#include <QLocale>
#include <QVariant>

namespace techwinter {

/// How the item models show event fields, so the events table and the import preview agree.
namespace FieldDisplay {

/// DisplayRole text of a field's raw value (eventFieldValue()) other than a date, whose text
/// depends on its precision: the kind's label, counts in `locale`'s digits, dollars as money.
QVariant text(EventField field, const QVariant &raw, const QLocale &locale);

/// TextAlignmentRole of a field's column: figures align right.
QVariant alignment(EventField field);

/// The heading of the model's field column `section` (counting field columns only).
QVariant heading(FieldColumns columns, int section);

/// The role names of the fields that have one, at `firstFieldRole + int(field)`.
void addRoleNames(QHash<int, QByteArray> &names, int firstFieldRole);

} // namespace FieldDisplay

} // namespace techwinter
