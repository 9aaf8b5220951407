#pragma once

#include "Result.h"
#include "SourceTable.h"

#include <QByteArray>

namespace techwinter {

/// First step of an import: bytes → a table of text cells. Refuses, with the file and line,
/// what is not text (empty, binary, a workbook, a database) and CSV cut off inside quotes.
/// Pure: no database, no widgets, safe on any thread.
class SourceReader
{
public:
    /// Reads `bytes` from `filePath` (which only labels errors): JSON when the text starts with
    /// '[' or '{', otherwise CSV with ',' (or ';' or tab, when the first line says so).
    static Result<SourceTable> read(const QByteArray &bytes, const QString &filePath);

    /// Reads the file at `path` and then as read().
    static Result<SourceTable> readFile(const QString &path);

    /// The checks of read() that refuse what is not text, on the file's first bytes (or all of
    /// them): an Error naming what the file seems to be.
    static Status checkText(const QByteArray &bytes, const QString &filePath);
    /// The separator of the first line: ',' unless ';' or a tab occurs more often (outside
    /// quotes).
    static QChar sniffDelimiter(QStringView text);
};

} // namespace techwinter
