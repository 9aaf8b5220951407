#pragma once

#include "Result.h"
#include "SourceTable.h"

#include <QString>

namespace techwinter {

/// Turns a JSON array of objects (in any key layout) into a table for the import pipeline:
/// a header of every key, then one record per element, each with the line it starts on.
Result<SourceTable> readJsonTable(const QString &text, const QString &filePath);

} // namespace techwinter
