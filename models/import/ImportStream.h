#pragma once

#include "ColumnMapping.h"
#include "CsvRecordParser.h"
#include "ImportSource.h"
#include "ImportTypes.h"
#include "OutlierCheck.h"
#include "Result.h"
#include "RowMapper.h"
#include "SourceTable.h"

#include <QFile>
#include <QStringDecoder>

#include <memory>
#include <optional>
#include <vector>

namespace techwinter {

/// How ImportStream cuts a file (tests make the pieces small to cross every boundary).
struct ImportStreamOptions
{
    qint64 pieceRows = 5000; ///< rows per piece
    qint64 blockBytes = 1 << 18; ///< bytes read at a time
    qint64 streamFrom = 4 << 20; ///< CSV files from this size on are read block by block
};

/// An import read and mapped in pieces of a few thousand rows, by the rules of Importer::parse:
/// a big CSV file is read block by block (its text, records and events never held whole), a
/// small file, JSON, UTF-16 or a table the preview already read are mapped in pieces from the
/// table. What needs every row keeps small state: OutlierCheck per company, the counts.
/// Pure and single-threaded; ImportPipeline runs one on a second thread.
class ImportStream : public ImportSource
{
public:
    using Options = ImportStreamOptions;
    /// An owned piece, as handed from thread to thread.
    struct Rows
    {
        std::vector<ImportedEvent> events;
        std::vector<ContextPoint> contextPoints;
        qint64 done = 0;
        qint64 total = 0;
    };

    /// Checks the file at `path` and recognises its format (from its first records); an Error
    /// as SourceReader and FormatDetector give one when the file cannot be used.
    static Result<std::unique_ptr<ImportStream>> open(
        const QString &path, const ImportControl &control = {}, Options options = {});
    /// Maps `table` with `mapping` (edited in the preview); `table` must outlive the stream.
    static Result<std::unique_ptr<ImportStream>> open(
        const SourceTable &table, const ColumnMapping &mapping, Options options = {});
    ~ImportStream() override;

    /// The next rows into `rows` (cleared first); false after the last ones.
    Result<bool> read(Rows &rows, const ImportControl &control = {});

    const ParsedImport &description() const override { return m_description; }
    Result<std::optional<ImportPiece>> next() override;
    const ParsedImport &totals() const override { return m_totals; }

private:
    explicit ImportStream(Options options);
    Status start(const SourceTable &head, const ColumnMapping &mapping);
    Result<bool> readBlock();
    Status readHead(QFile &file, const ImportControl &control);
    Result<bool> nextRecord(const CsvRecord *&record, const QString *&unusable);
    Status finishAll();

    Options m_options;
    ParsedImport m_description;
    ParsedImport m_totals;
    std::optional<SourceTable> m_ownTable; ///< a file read whole (small, JSON, UTF-16)
    const SourceTable *m_table = nullptr; ///< the table mapped, when not read block by block
    size_t m_tableRow = 0;
    std::unique_ptr<QFile> m_file; ///< the file read block by block
    std::optional<QStringDecoder> m_utf8;
    bool m_singleByte = false;
    bool m_macRoman = false;
    QString m_headText; ///< the text before the end of the first line, to find the separator
    std::unique_ptr<CsvRecordParser> m_parser;
    std::vector<CsvRecord> m_records; ///< parsed, not yet mapped
    size_t m_recordIndex = 0;
    bool m_fileEnded = false;
    std::unique_ptr<RowMapper> m_mapper;
    OutlierCheck m_outliers;
    qint64 m_events = 0;
    qint64 m_points = 0;
    qint64 m_headerLine = 1;
    bool m_ended = false;
    Rows m_current;
};

} // namespace techwinter
