#include "RowMapper.h"

#include "EventRowMapper.h"
#include "SeriesRowMapper.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace techwinter {

namespace {

constexpr qint64 progressEvery = 1024;

bool isAllEmpty(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!QStringView(field).trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<ParsedImport> RowMapper::map(const SourceTable &table, const ColumnMapping &mapping,
    const ImportControl &control, qint64 rowLimit)
{
    if (mapping.headerRecord < 0 || size_t(mapping.headerRecord) >= table.records.size())
        return Error { QCoreApplication::translate("RowMapper", "the file has no header line"),
            table.filePath, 1 };
    const CsvRecord &headerRecord = table.records[size_t(mapping.headerRecord)];
    const QStringList &header = headerRecord.fields;
    if (auto valid = mapping.validate(header, table.filePath, headerRecord.line); !valid)
        return valid.error();
    const size_t first = size_t(mapping.headerRecord) + 1;
    if (first >= table.records.size()) {
        return Error { QCoreApplication::translate(
                           "RowMapper", "the file has a header but no rows"),
            table.filePath, headerRecord.line };
    }

    ParsedImport out;
    out.filePath = table.filePath;
    out.sourceName = QFileInfo(table.filePath).fileName();
    out.encoding = table.encoding;
    out.mapping = mapping;
    const bool series = mapping.target == ImportTarget::ContextSeries;
    const EventRowMapper eventMapper(header, mapping.events);
    const SeriesRowMapper seriesMapper(header, mapping.series);
    const qint64 total = qint64(table.records.size() - first);
    if (!series)
        out.events.reserve(size_t(rowLimit >= 0 ? std::min(rowLimit, total) : total));

    for (size_t r = first; r < table.records.size(); ++r) {
        const qint64 done = qint64(r - first);
        if (control.isCancelled())
            return Error { QCoreApplication::translate("RowMapper", "the import was cancelled"),
                table.filePath };
        if (done % progressEvery == 0)
            control.report(ImportStage::Mapping, done, total);
        if (rowLimit >= 0 && out.rowsRead >= rowLimit) {
            out.truncated = true;
            break;
        }
        const CsvRecord &record = table.records[r];
        const auto reject = [&](ImportProblem problem) {
            ++out.rejected;
            out.problems.push_back(std::move(problem));
        };
        if (auto unusable = table.unusableRecords.find(r);
            unusable != table.unusableRecords.end()) {
            ++out.rowsRead;
            reject(ImportProblem { record.line, QString(), unusable->second });
            continue;
        }
        if (isAllEmpty(record)) {
            // ",,,,": what spreadsheets leave after deleted rows; no data, no problem to report.
            ++out.emptyRows;
            continue;
        }
        ++out.rowsRead;
        if (record.fields.size() > header.size()) {
            bool extraContent = false;
            for (qsizetype i = header.size(); i < record.fields.size(); ++i)
                extraContent = extraContent || !record.fields[i].trimmed().isEmpty();
            if (extraContent) {
                reject(ImportProblem { record.line, QString(),
                    QCoreApplication::translate("RowMapper",
                        "the row has %1 cells but the header has %2 (a comma in an "
                        "unquoted cell?)")
                        .arg(record.fields.size())
                        .arg(header.size()) });
                continue;
            }
        }
        if (series) {
            if (auto bad = seriesMapper.map(record, out.contextPoints))
                reject(std::move(*bad));
        } else {
            ImportedEvent event;
            if (auto bad = eventMapper.map(record, event))
                reject(std::move(*bad));
            else
                out.events.push_back(std::move(event));
        }
    }
    control.report(ImportStage::Mapping, total, total);
    return out;
}

} // namespace techwinter
