#include "ImportStream.h"

#include "CsvReader.h"
#include "FormatDetector.h"
#include "SourceReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace techwinter {

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Where to cut `bytes` so that no UTF-8 sequence is split: before a last sequence whose lead
// byte promises more continuation bytes than follow it. Decoding the pieces one by one then tells
// valid from invalid text exactly as decoding the whole file would.
qsizetype utf8Cut(const QByteArray &bytes, bool last)
{
    const qsizetype size = bytes.size();
    qsizetype lead = size;
    for (int back = 0; back < 4 && lead > 0 && isContinuationByte(bytes[lead - 1]); ++back)
        --lead;
    if (last || lead == 0)
        return size;
    const auto b = static_cast<unsigned char>(bytes[lead - 1]);
    const qsizetype length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return length > 1 && size - (lead - 1) < length ? lead - 1 : size;
}

// Whether `text` holds the end of its first line (outside quotes), as sniffDelimiter() reads it.
bool hasFirstLine(QStringView text)
{
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            return true;
    }
    return false;
}

// Each block on its own, so an initial byte order mark is kept here and dropped at the file's
// start only.
QString decodeUtf8(QByteArrayView bytes, bool *error)
{
    QStringDecoder utf8(QStringDecoder::Utf8,
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = utf8.decode(bytes);
    if (error)
        *error = *error || utf8.hasError();
    return text;
}

} // namespace

ImportStream::ImportStream(Options options)
    : m_options(options)
{
}

ImportStream::~ImportStream() = default;

Result<std::unique_ptr<ImportStream>> ImportStream::open(
    const SourceTable &table, const ColumnMapping &mapping, Options options)
{
    std::unique_ptr<ImportStream> stream(new ImportStream(options));
    stream->m_table = &table;
    if (auto started = stream->start(table, mapping); !started)
        return started.error();
    stream->m_tableRow = size_t(mapping.headerRecord) + 1;
    return stream;
}

Result<std::unique_ptr<ImportStream>> ImportStream::open(
    const QString &path, const ImportControl &control, Options options)
{
    std::unique_ptr<ImportStream> stream(new ImportStream(options));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("ImportStream", "cannot read: %1").arg(file->errorString()),
            path
        };
    const QByteArray head = file->peek(64 * 1024);
    const QByteArray start = head.trimmed();
    const bool wholeFile = file->size() < options.streamFrom || start.startsWith('[')
        || start.startsWith('{') || start.startsWith("\xEF\xBB\xBF[")
        || start.startsWith("\xEF\xBB\xBF{") || head.startsWith("\xFF\xFE")
        || head.startsWith("\xFE\xFF");
    const qint64 size = file->size();
    if (wholeFile) {
        // Small files, JSON and UTF-16: read whole as before, then mapped in pieces.
        control.report(ImportStage::Mapping, 0, size);
        auto table = SourceReader::read(file->readAll(), path);
        if (!table)
            return table.error();
        auto mapping = FormatDetector::detect(*table);
        if (!mapping)
            return mapping.error();
        stream->m_ownTable = std::move(table).value();
        stream->m_table = &*stream->m_ownTable;
        if (auto started = stream->start(*stream->m_table, *mapping); !started)
            return started.error();
        stream->m_tableRow = size_t(mapping->headerRecord) + 1;
        control.report(ImportStage::Mapping, size, size);
        return stream;
    }
    if (auto text = SourceReader::checkText(head, path); !text)
        return text.error();
    stream->m_file = std::move(file);
    if (auto read = stream->readHead(*stream->m_file, control); !read)
        return read.error();
    return stream;
}

// Which encoding the whole file is in (CsvReader::decode's rules), read once block by block;
// then the start of its records, enough to find and recognise the header.
Status ImportStream::readHead(QFile &file, const ImportControl &control)
{
    const QString &path = file.fileName();
    bool invalid = false, hasCr = false, hasLf = false;
    QByteArray carry;
    while (true) {
        if (control.isCancelled())
            return Error { QCoreApplication::translate("ImportStream", "the import was cancelled"),
                path };
        QByteArray block = carry + file.read(m_options.blockBytes);
        const bool last = file.atEnd();
        control.report(ImportStage::Mapping, file.pos(), file.size());
        hasCr = hasCr || block.contains('\r');
        hasLf = hasLf || block.contains('\n');
        const qsizetype cut = utf8Cut(block, last);
        if (!invalid)
            decodeUtf8(QByteArrayView(block).first(cut), &invalid);
        carry = block.mid(cut);
        if (last)
            break;
    }
    m_singleByte = invalid;
    m_macRoman = invalid && hasCr && !hasLf;
    if (!file.seek(0))
        return Error {
            QCoreApplication::translate("ImportStream", "cannot read: %1").arg(file.errorString()),
            path
        };
    m_description.encoding = !invalid ? QStringLiteral("UTF-8")
        : m_macRoman                  ? QStringLiteral("Mac Roman")
                                      : QStringLiteral("Windows-1252");

    while (m_records.size() <= size_t(FormatDetector::headerSearchDepth) && !m_fileEnded) {
        if (auto read = readBlock(); !read)
            return read.error();
    }
    SourceTable head;
    head.filePath = path;
    head.encoding = m_description.encoding;
    head.records = m_records;
    if (head.records.empty())
        return Error { QCoreApplication::translate("ImportStream", "the file is empty"), path, 1 };
    auto mapping = FormatDetector::detect(head);
    if (!mapping)
        return mapping.error();
    if (auto started = start(head, *mapping); !started)
        return started.error();
    m_recordIndex = size_t(mapping->headerRecord) + 1;
    return Ok {};
}

// The next block of the file, decoded and split into records (appended to m_records).
Result<bool> ImportStream::readBlock()
{
    if (m_fileEnded)
        return false;
    QByteArray block = m_file->read(m_options.blockBytes);
    if (!m_singleByte) {
        // A block that ends inside a UTF-8 sequence takes the rest of it (the file is valid).
        while (utf8Cut(block, false) < block.size() && !m_file->atEnd())
            block += m_file->read(1);
    }
    const bool last = m_file->atEnd();
    QString text = m_singleByte ? CsvReader::decodeSingleByte(block, m_macRoman)
                                : decodeUtf8(block, nullptr);
    if (!m_parser) {
        // The separator is read off the whole first line, which may span blocks.
        m_headText += text;
        if (!last && !hasFirstLine(m_headText))
            return true;
        text = std::exchange(m_headText, QString());
        // As CsvReader::decode(): the decoder's initial byte order mark, then one more.
        for (int i = 0; i < 2 && text.startsWith(QChar(0xFEFF)); ++i)
            text.remove(0, 1);
        m_parser = std::make_unique<CsvRecordParser>(
            m_file->fileName(), SourceReader::sniffDelimiter(text));
    }
    m_parser->feed(text, m_records);
    if (last) {
        m_fileEnded = true;
        if (auto finished = m_parser->finish(m_records); !finished)
            return finished.error();
    }
    return true;
}

Status ImportStream::start(const SourceTable &head, const ColumnMapping &mapping)
{
    if (mapping.headerRecord < 0 || size_t(mapping.headerRecord) >= head.records.size())
        return Error { QCoreApplication::translate("ImportStream", "the file has no header line"),
            head.filePath, 1 };
    const CsvRecord &headerRecord = head.records[size_t(mapping.headerRecord)];
    if (auto valid = mapping.validate(headerRecord.fields, head.filePath, headerRecord.line);
        !valid)
        return valid.error();
    m_description.filePath = head.filePath;
    m_description.sourceName = QFileInfo(head.filePath).fileName();
    if (m_description.encoding.isEmpty())
        m_description.encoding = head.encoding;
    m_description.mapping = mapping;
    m_totals.filePath = m_description.filePath;
    m_totals.sourceName = m_description.sourceName;
    m_totals.encoding = m_description.encoding;
    m_totals.mapping = mapping;
    m_mapper = std::make_unique<RowMapper>(headerRecord.fields, mapping);
    m_outliers = OutlierCheck(mapping.events);
    m_headerLine = headerRecord.line;
    return Ok {};
}

Result<bool> ImportStream::nextRecord(const CsvRecord *&record, const QString *&unusable)
{
    unusable = nullptr;
    if (m_table) {
        if (m_tableRow >= m_table->records.size())
            return false;
        record = &m_table->records[m_tableRow];
        if (const auto found = m_table->unusableRecords.find(m_tableRow);
            found != m_table->unusableRecords.end())
            unusable = &found->second;
        ++m_tableRow;
        return true;
    }
    while (m_recordIndex >= m_records.size()) {
        if (m_fileEnded)
            return false;
        m_records.clear();
        m_recordIndex = 0;
        if (auto read = readBlock(); !read)
            return read.error();
    }
    record = &m_records[m_recordIndex++];
    return true;
}

Result<bool> ImportStream::read(Rows &rows, const ImportControl &control)
{
    rows.events.clear();
    rows.contextPoints.clear();
    if (m_ended)
        return false;
    const QString &path = m_description.filePath;
    while (qint64(m_totals.events.size() + m_totals.contextPoints.size()) < m_options.pieceRows) {
        if (control.isCancelled())
            return Error { QCoreApplication::translate("ImportStream", "the import was cancelled"),
                path };
        const CsvRecord *record = nullptr;
        const QString *unusable = nullptr;
        auto more = nextRecord(record, unusable);
        if (!more)
            return more.error();
        if (!*more) {
            m_ended = true;
            break;
        }
        m_mapper->mapRecord(*record, m_totals, unusable);
    }
    for (const ImportedEvent &e : m_totals.events)
        m_outliers.add(e);
    m_events += qint64(m_totals.events.size());
    m_points += qint64(m_totals.contextPoints.size());
    if (m_ended) {
        if (auto finished = finishAll(); !finished)
            return finished.error();
    }
    std::swap(rows.events, m_totals.events);
    std::swap(rows.contextPoints, m_totals.contextPoints);
    if (m_table) {
        const qint64 first = m_description.mapping.headerRecord + 1;
        rows.done = qint64(m_tableRow) - first;
        rows.total = qint64(m_table->records.size()) - first;
    } else {
        rows.total = m_file->size();
        rows.done = m_fileEnded ? rows.total : m_file->pos();
    }
    return !rows.events.empty() || !rows.contextPoints.empty() || !m_ended;
}

// What Importer::parse refuses once every row is known: a file of which nothing can be used.
Status ImportStream::finishAll()
{
    m_totals.warnings = m_outliers.warnings();
    const QString &path = m_description.filePath;
    if (m_totals.rowsRead == 0 && m_totals.emptyRows == 0)
        return Error { QCoreApplication::translate(
                           "ImportStream", "the file has a header but no rows"),
            path, m_headerLine };
    if (m_events + m_points > 0)
        return Ok {};
    if (m_totals.problems.empty())
        return Error { QCoreApplication::translate("ImportStream", "the file holds no rows"), path,
            1 };
    const ImportProblem &firstProblem = m_totals.problems.front();
    return Error { QCoreApplication::translate("ImportStream",
                       "no row can be imported: all %1 rows were rejected (first: %2)")
                       .arg(m_totals.rowsRead)
                       .arg(firstProblem.description()),
        path, firstProblem.line };
}

Result<std::optional<ImportPiece>> ImportStream::next()
{
    auto more = read(m_current);
    if (!more)
        return more.error();
    if (!*more)
        return std::optional<ImportPiece>();
    return std::optional<ImportPiece>(
        ImportPiece { m_current.events, m_current.contextPoints, m_current.done, m_current.total });
}

} // namespace techwinter
