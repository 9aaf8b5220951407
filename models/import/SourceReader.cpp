#include "SourceReader.h"

#include "JsonTable.h"

#include <QCoreApplication>
#include <QFile>

namespace techwinter {

namespace {

qint64 lineAt(const QByteArray &bytes, qsizetype offset)
{
    qint64 line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n'
            || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Files people pick by mistake; naming them helps more than "not a CSV".
std::optional<QString> knownBinaryKind(const QByteArray &bytes)
{
    if (bytes.startsWith("PK\x03\x04"))
        return QCoreApplication::translate(
            "SourceReader", "a ZIP archive (an .xlsx or .ods workbook?)");
    if (bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0", 4)))
        return QCoreApplication::translate(
            "SourceReader", "an old Office document (an .xls workbook?)");
    if (bytes.startsWith("%PDF"))
        return QCoreApplication::translate("SourceReader", "a PDF document");
    if (bytes.startsWith(QByteArray("SQLite format 3\0", 16)))
        return QCoreApplication::translate("SourceReader", "a SQLite database");
    if (bytes.startsWith("\x1F\x8B"))
        return QCoreApplication::translate("SourceReader", "a gzip archive");
    return std::nullopt;
}

// Text has no NUL bytes and few control characters; UTF-16 (with its BOM) is handled apart.
std::optional<qsizetype> firstBinaryByte(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == 0)
            return i;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
            ++controls;
            if (first < 0)
                first = i;
        }
    }
    if (controls > 0 && controls * 100 > n)
        return first;
    return std::nullopt;
}

} // namespace

QChar SourceReader::sniffDelimiter(QStringView text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!inQuotes && c == QLatin1Char(','))
            ++commas;
        else if (!inQuotes && c == QLatin1Char(';'))
            ++semicolons;
        else if (!inQuotes && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Status SourceReader::checkText(const QByteArray &bytes, const QString &filePath)
{
    if (bytes.trimmed().isEmpty())
        return Error { QCoreApplication::translate("SourceReader", "the file is empty"), filePath,
            1 };
    if (const auto kind = knownBinaryKind(bytes)) {
        return Error { QCoreApplication::translate(
                           "SourceReader", "this is %1, not CSV or JSON text; save it as CSV first")
                           .arg(*kind),
            filePath, 1 };
    }
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16) {
        if (const auto at = firstBinaryByte(bytes)) {
            return Error { QCoreApplication::translate("SourceReader",
                               "this is binary data (byte %1 is a control character), not CSV or "
                               "JSON text")
                               .arg(*at + 1),
                filePath, lineAt(bytes, *at) };
        }
    }
    return Ok {};
}

Result<SourceTable> SourceReader::read(const QByteArray &bytes, const QString &filePath)
{
    if (auto text = checkText(bytes, filePath); !text)
        return text.error();
    SourceTable table;
    table.filePath = filePath;
    const QString text = CsvReader::decode(bytes, &table.encoding);
    const QStringView start = QStringView(text).trimmed();
    if (start.startsWith(QLatin1Char('[')) || start.startsWith(QLatin1Char('{'))) {
        auto json = readJsonTable(text, filePath);
        if (!json)
            return json.error();
        SourceTable jsonTable = std::move(json).value();
        jsonTable.encoding = table.encoding;
        return jsonTable;
    }
    table.delimiter = sniffDelimiter(text);
    auto records = CsvReader::parse(text, filePath, table.delimiter);
    if (!records)
        return records.error();
    table.records = std::move(records).value();
    if (table.records.empty())
        return Error { QCoreApplication::translate("SourceReader", "the file is empty"), filePath,
            1 };
    return table;
}

Result<SourceTable> SourceReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("SourceReader", "cannot read: %1").arg(file.errorString()),
            path
        };
    return read(file.readAll(), path);
}

} // namespace techwinter
