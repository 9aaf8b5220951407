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
    /// Decodes bytes as UTF-8, falling back to Windows-1252/Latin-1 when they are not valid UTF-8.
    static QString decode(const QByteArray &bytes);

    /// Parses the whole text; `fileName` only labels errors. Blank lines are skipped.
    static Result<std::vector<CsvRecord>> parse(QStringView text, const QString &fileName);
};

} // namespace techwinter
