#include "ImportService.h"

#include "Importer.h"

namespace techwinter {

Result<ImportSummary> ImportService::importFile(
    EventStorage &storage, const QString &path, const ImportControl &control)
{
    auto parsed = Importer::parseFile(path, control);
    if (!parsed)
        return parsed.error();
    return storage.importParsed(*parsed, control);
}

Result<ImportSummary> ImportService::importTable(EventStorage &storage, const SourceTable &table,
    const ColumnMapping &mapping, const ImportControl &control)
{
    auto parsed = Importer::parse(table, mapping, control);
    if (!parsed)
        return parsed.error();
    return storage.importParsed(*parsed, control);
}

} // namespace techwinter
