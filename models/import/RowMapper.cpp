#include "RowMapper.h"

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

RowMapper::RowMapper(QStringList header, ColumnMapping mapping)
    : m_header(std::move(header))
    , m_mapping(std::move(mapping))
    , m_events(m_header, m_mapping.events)
    , m_series(m_header, m_mapping.series)
{
}

void RowMapper::mapRecord(const CsvRecord &record, ParsedImport &out, const QString *unusable) const
{
    const auto reject = [&](ImportProblem problem) {
        ++out.rejected;
        out.problems.push_back(std::move(problem));
    };
    if (unusable) {
        ++out.rowsRead;
        reject(ImportProblem { record.line, QString(), *unusable });
        return;
    }
    if (isAllEmpty(record)) {
        // ",,,,": what spreadsheets leave after deleted rows; no data, no problem to report.
        ++out.emptyRows;
        return;
    }
    ++out.rowsRead;
    if (record.fields.size() > m_header.size()) {
        bool extraContent = false;
        for (qsizetype i = m_header.size(); i < record.fields.size(); ++i)
            extraContent = extraContent || !record.fields[i].trimmed().isEmpty();
        if (extraContent) {
            reject(ImportProblem { record.line, QString(),
                QCoreApplication::translate("RowMapper",
                    "the row has %1 cells but the header has %2 (a comma in an "
                    "unquoted cell?)")
                    .arg(record.fields.size())
                    .arg(m_header.size()) });
            return;
        }
    }
    if (m_mapping.target == ImportTarget::ContextSeries) {
        if (auto bad = m_series.map(record, out.contextPoints))
            reject(std::move(*bad));
        return;
    }
    ImportedEvent event;
    if (auto bad = m_events.map(record, event))
        reject(std::move(*bad));
    else
        out.events.push_back(std::move(event));
}

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
    const RowMapper mapper(header, mapping);
    const qint64 total = qint64(table.records.size() - first);
    if (mapping.target != ImportTarget::ContextSeries)
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
        const auto unusable = table.unusableRecords.find(r);
        mapper.mapRecord(table.records[r], out,
            unusable != table.unusableRecords.end() ? &unusable->second : nullptr);
    }
    control.report(ImportStage::Mapping, total, total);
    return out;
}

} // namespace techwinter
