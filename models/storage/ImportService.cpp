#include "ImportService.h"

#include "ImportPipeline.h"
#include "ImportStream.h"

namespace techwinter {

namespace {

// The stream read on a second thread while `storage` stores its pieces on this one.
Result<ImportSummary> storeStream(EventStorage &storage,
    Result<std::unique_ptr<ImportStream>> stream, const ImportControl &control)
{
    if (!stream)
        return stream.error();
    ImportPipeline pipeline(std::move(stream).value(), control);
    return storage.importSource(pipeline, control);
}

} // namespace

Result<ImportSummary> ImportService::importFile(
    EventStorage &storage, const QString &path, const ImportControl &control)
{
    return storeStream(storage, ImportStream::open(path, control), control);
}

Result<ImportSummary> ImportService::importTable(EventStorage &storage, const SourceTable &table,
    const ColumnMapping &mapping, const ImportControl &control)
{
    return storeStream(storage, ImportStream::open(table, mapping), control);
}

} // namespace techwinter
