#pragma once

#include "ColumnMapping.h"
#include "EventCsv.h"
#include "Result.h"
#include "SourceTable.h"

namespace techwinter {

/// Maps a table of TechWinter's own layout (CSV or JSON) through the import's RowMapper, so both
/// file formats are read by the one pipeline every import uses; rejected rows become Errors
/// ("column X: why") on their lines.
Result<EventCsvContents> readMappedRows(const SourceTable &table, const ColumnMapping &mapping);

} // namespace techwinter
