#pragma once

#include "CsvReader.h"
#include "Result.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace techwinter {

/// The CSV state machine of CsvReader::parse(), fed in pieces: a file can be split into records
/// while it is still being read, so a big import never holds the whole text. The records are the
/// same whatever the pieces' boundaries (a CRLF or a doubled quote cut in two included).
class CsvRecordParser
{
public:
    /// `fileName` only labels errors.
    explicit CsvRecordParser(QString fileName, QChar delimiter = QLatin1Char(','));

    /// Splits the next piece of text; complete records are appended to `out`.
    void feed(QStringView text, std::vector<CsvRecord> &out);
    /// Ends the text: the last record goes to `out`; an Error when the text ends inside quotes.
    Status finish(std::vector<CsvRecord> &out);

private:
    void consume(QStringView text, bool last, std::vector<CsvRecord> &out);
    void endField();
    void endRecord(std::vector<CsvRecord> &out);

    QString m_fileName;
    QChar m_delimiter;
    QString m_carry; ///< a last character whose meaning depends on the next one ('\r', '"')
    CsvRecord m_current;
    QString m_field;
    bool m_inQuotes = false;
    bool m_fieldWasQuoted = false;
    bool m_recordHasContent = false;
    qint64 m_line = 1;
    qint64 m_quoteStartLine = 0;
};

} // namespace techwinter
