#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace techwinter {

/// One CSV record and the line of the file on which it starts (1-based).
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

/// Splits RFC 4180 CSV text into records: quoted fields may hold commas, quotes and newlines;
/// CRLF, LF and CR-only line endings are all accepted; a UTF-8 byte order mark is dropped.
class CsvReader
{
public:
    /// Decodes bytes as UTF-8 (or UTF-16 when a UTF-16 byte order mark says so). Bytes that are
    /// not valid UTF-8 are read as Windows-1252, or as Mac Roman when the file has classic-Mac
    /// CR-only line endings. `encoding`, when given, receives the name of the encoding used.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
    /// Windows-1252 (or Mac Roman) bytes as text, as decode() reads them when they are not UTF-8.
    static QString decodeSingleByte(QByteArrayView bytes, bool macRoman);

    /// Parses the whole text; `fileName` only labels errors. Blank lines are skipped.
    /// `delimiter` is ',' for CSV; ';' and '\t' serve European spreadsheets and TSV files.
    static Result<std::vector<CsvRecord>> parse(
        QStringView text, const QString &fileName, QChar delimiter = QLatin1Char(','));
};

} // namespace techwinter
