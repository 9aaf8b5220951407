#pragma once

#include "ColumnMapping.h"
#include "ImportTypes.h"
#include "Result.h"
#include "SourceTable.h"

#include <QByteArray>

namespace techwinter {

/// The pure half of an import, end to end: bytes → table (SourceReader) → detected format and
/// column mapping (FormatDetector) → events and per-row problems (RowMapper). No database access,
/// so it runs on any thread and can be fuzzed; EventStorage::importParsed() stores the result.
class Importer
{
public:
    /// Reads, detects and maps the whole file. An Error naming the file and line when the file as
    /// a whole is unusable (empty, binary, cut off inside quotes, no recognisable header) or when
    /// no row at all can be imported.
    static Result<ParsedImport> parse(
        const QByteArray &bytes, const QString &filePath, const ImportControl &control = {});
    static Result<ParsedImport> parseFile(const QString &path, const ImportControl &control = {});

    /// Maps a table with a mapping the user edited in the preview; same rules as parse().
    static Result<ParsedImport> parse(
        const SourceTable &table, const ColumnMapping &mapping, const ImportControl &control = {});

    /// The preview: the first `rows` rows only (ParsedImport::truncated is set when there are
    /// more); never an Error just because those rows are all bad. Not for storing.
    static Result<ParsedImport> preview(
        const SourceTable &table, const ColumnMapping &mapping, qint64 rows = 100);
};

} // namespace techwinter
