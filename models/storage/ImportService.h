#pragma once

#include "ColumnMapping.h"
#include "EventStorage.h"
#include "ImportTypes.h"
#include "Result.h"
#include "SourceTable.h"

namespace techwinter {

/// Turns a file (or a table read from it, with a mapping the user may have edited) into one
/// stored import batch: parse, then store, all or nothing. The one import path of the import
/// dialog (on a worker thread, with a storage it opened there, as Qt SQL requires) and of the
/// command line (on the database it has open).
class ImportService
{
public:
    /// Reads, detects and maps the file at `path`, then stores it in `storage`.
    static Result<ImportSummary> importFile(
        EventStorage &storage, const QString &path, const ImportControl &control = {});
    /// Maps `table` with `mapping` (the dialog's edited one), then stores it in `storage`.
    static Result<ImportSummary> importTable(EventStorage &storage, const SourceTable &table,
        const ColumnMapping &mapping, const ImportControl &control = {});
};

} // namespace techwinter
