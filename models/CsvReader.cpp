#include "CsvReader.h"

#include <QStringDecoder>

namespace techwinter {

QString CsvReader::decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Spreadsheet exports from Windows are often CP-1252; Latin-1 is its safe subset here.
        text = QString::fromLatin1(bytes);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Result<std::vector<CsvRecord>> CsvReader::parse(QStringView text, const QString &fileName)
{
    std::vector<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    qint64 line = 1;
    qint64 quoteStartLine = 0;
    current.line = 1;

    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        if (recordHasContent || !current.fields.isEmpty() || !field.isEmpty() || fieldWasQuoted) {
            endField();
            records.push_back(std::move(current));
        }
        current = CsvRecord {};
        field.clear();
        fieldWasQuoted = false;
        recordHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r')) {
                // Keep embedded line breaks, normalised to '\n'.
                if (i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                    ++i;
                field.append(QLatin1Char('\n'));
                ++line;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
            recordHasContent = true;
        } else {
            // A stray quote inside an unquoted field is taken literally, as spreadsheets do.
            field.append(c);
            recordHasContent = true;
        }
    }
    if (inQuotes) {
        return Error { QStringLiteral("a quoted field that starts here is never closed (file ends "
                                      "inside quotes)"),
            fileName, quoteStartLine };
    }
    endRecord();
    return records;
}

} // namespace techwinter
