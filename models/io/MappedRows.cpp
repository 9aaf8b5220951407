#include "MappedRows.h"

#include "RowMapper.h"

namespace techwinter {

Result<EventCsvContents> readMappedRows(const SourceTable &table, const ColumnMapping &mapping)
{
    auto mapped = RowMapper::map(table, mapping);
    if (!mapped)
        return mapped.error();
    ParsedImport parsed = std::move(mapped).value();
    EventCsvContents out;
    out.rowsRead = parsed.rowsRead;
    out.events.reserve(parsed.events.size());
    for (ImportedEvent &e : parsed.events)
        out.events.push_back(std::move(e.event));
    for (const ImportProblem &p : parsed.problems)
        out.rejected.push_back(Error { p.description(), table.filePath, p.line });
    return out;
}

} // namespace techwinter
