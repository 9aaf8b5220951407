#include "Importer.h"

#include "FormatDetector.h"
#include "OutlierCheck.h"
#include "RowMapper.h"
#include "SourceReader.h"
#include <QCoreApplication>

namespace techwinter {

namespace {

// The rest of an import once the file is a table: detect the format, then map every row.
Result<ParsedImport> detectAndParse(const Result<SourceTable> &table, const ImportControl &control)
{
    if (!table)
        return table.error();
    auto mapping = FormatDetector::detect(*table);
    if (!mapping)
        return mapping.error();
    return Importer::parse(*table, *mapping, control);
}

} // namespace

Result<ParsedImport> Importer::parse(
    const QByteArray &bytes, const QString &filePath, const ImportControl &control)
{
    return detectAndParse(SourceReader::read(bytes, filePath), control);
}

Result<ParsedImport> Importer::parseFile(const QString &path, const ImportControl &control)
{
    return detectAndParse(SourceReader::readFile(path), control);
}

Result<ParsedImport> Importer::parse(
    const SourceTable &table, const ColumnMapping &mapping, const ImportControl &control)
{
    auto parsed = RowMapper::map(table, mapping, control);
    if (!parsed)
        return parsed.error();
    parsed.value().warnings = OutlierCheck::find(parsed->events, mapping.events);
    if (parsed->events.empty() && parsed->contextPoints.empty()) {
        // A file of which nothing can be used is refused as a whole; the first problem says why.
        if (parsed->problems.empty())
            return Error { QCoreApplication::translate("Importer", "the file holds no rows"),
                table.filePath, 1 };
        const ImportProblem &firstProblem = parsed->problems.front();
        const QString why = firstProblem.description();
        return Error { QCoreApplication::translate("Importer",
                           "no row can be imported: all %1 rows were rejected (first: "
                           "%2)")
                           .arg(parsed->rowsRead)
                           .arg(why),
            table.filePath, firstProblem.line };
    }
    return parsed;
}

Result<ParsedImport> Importer::preview(
    const SourceTable &table, const ColumnMapping &mapping, qint64 rows)
{
    auto parsed = RowMapper::map(table, mapping, {}, std::max<qint64>(rows, 0));
    if (parsed)
        parsed.value().warnings = OutlierCheck::find(parsed->events, mapping.events);
    return parsed;
}

} // namespace techwinter
