#include "CsvRecordParser.h"

#include <QCoreApplication>

namespace techwinter {

CsvRecordParser::CsvRecordParser(QString fileName, QChar delimiter)
    : m_fileName(std::move(fileName))
    , m_delimiter(delimiter)
{
    m_current.line = 1;
}

void CsvRecordParser::endField()
{
    m_current.fields.append(m_field);
    m_field.clear();
    m_fieldWasQuoted = false;
}

void CsvRecordParser::endRecord(std::vector<CsvRecord> &out)
{
    if (m_recordHasContent || !m_current.fields.isEmpty() || !m_field.isEmpty()
        || m_fieldWasQuoted) {
        endField();
        out.push_back(std::move(m_current));
    }
    m_current = CsvRecord {};
    m_field.clear();
    m_fieldWasQuoted = false;
    m_recordHasContent = false;
}

void CsvRecordParser::feed(QStringView text, std::vector<CsvRecord> &out)
{
    if (m_carry.isEmpty()) {
        consume(text, false, out);
        return;
    }
    // The carried character needs the next one: parse it again in front of this piece.
    QString joined = std::exchange(m_carry, QString());
    joined.append(text);
    consume(joined, false, out);
}

Status CsvRecordParser::finish(std::vector<CsvRecord> &out)
{
    if (!m_carry.isEmpty())
        consume(std::exchange(m_carry, QString()), true, out);
    if (m_inQuotes) {
        return Error { QCoreApplication::translate("CsvReader",
                           "a quoted field that starts here is never closed (file ends "
                           "inside quotes)"),
            m_fileName, m_quoteStartLine };
    }
    endRecord(out);
    return Ok {};
}

// Unless `last`, a final '\r' or a quote inside quotes waits in m_carry for the next piece.
void CsvRecordParser::consume(QStringView text, bool last, std::vector<CsvRecord> &out)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const bool atEnd = i + 1 == n;
        if (!last && atEnd && (c == QLatin1Char('\r') || (m_inQuotes && c == QLatin1Char('"')))) {
            m_carry = QString(c);
            return;
        }
        if (m_inQuotes) {
            if (c == QLatin1Char('"')) {
                if (!atEnd && text[i + 1] == QLatin1Char('"')) {
                    m_field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    m_inQuotes = false;
                }
            } else if (c == QLatin1Char('\r')) {
                // Keep embedded line breaks, normalised to '\n'.
                if (!atEnd && text[i + 1] == QLatin1Char('\n'))
                    ++i;
                m_field.append(QLatin1Char('\n'));
                ++m_line;
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                m_field.append(c);
            }
            continue;
        }
        if (c == m_delimiter) {
            endField();
            m_recordHasContent = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && !atEnd && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord(out);
            ++m_line;
            m_current.line = m_line;
        } else if (c == QLatin1Char('"') && m_field.isEmpty() && !m_fieldWasQuoted) {
            m_inQuotes = true;
            m_fieldWasQuoted = true;
            m_quoteStartLine = m_line;
            m_recordHasContent = true;
        } else {
            // A stray quote inside an unquoted field is taken literally, as spreadsheets do.
            // Plain characters are copied as one run, not one by one.
            qsizetype end = i + 1;
            while (end < n) {
                const QChar next = text[end];
                if (next == m_delimiter || next == QLatin1Char('\n') || next == QLatin1Char('\r')
                    || next == QLatin1Char('"'))
                    break;
                ++end;
            }
            m_field.append(text.sliced(i, end - i));
            m_recordHasContent = true;
            i = end - 1;
        }
    }
}

} // namespace techwinter
