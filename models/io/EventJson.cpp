#include "EventJson.h"

#include "MoneyColumns.h"

#include "AtomicFile.h"
#include "EventFields.h"
#include "FormatDetector.h"
#include "JsonTable.h"
#include "MappedRows.h"

namespace techwinter {

namespace {

void appendString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

// The shortest text that reads back as the same double: JSON export loses no digit (a won or
// yen rate needs more than the CSV's eight decimals).
QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', QLocale::FloatingPointShortest) : QStringLiteral("null");
}

void appendValue(QString &out, const Event &e, const EventFieldSpec &spec)
{
    switch (spec.type) {
    case FieldType::Text:
        appendString(out, e.*spec.text);
        return;
    case FieldType::Integer: {
        const std::optional<qint64> &v = e.*spec.integer;
        out += v ? QString::number(*v) : QStringLiteral("null");
        return;
    }
    case FieldType::Number:
        out += number(e.*spec.number);
        return;
    case FieldType::Date:
        appendString(out, e.dateText());
        return;
    case FieldType::Kind:
        appendString(out, eventKindName(e.kind));
        return;
    }
}

} // namespace

QByteArray EventJson::write(const std::vector<Event> &events, const MoneySettings &money)
{
    const MoneyColumns extra(money);
    QString out = QStringLiteral("[");
    bool first = true;
    for (const Event &e : events) {
        out += first ? QLatin1String("\n  {") : QLatin1String(",\n  {");
        first = false;
        // The CSV's column order, so the two exports read alike.
        for (const EventFieldSpec &spec : EventFields) {
            if (&spec != &EventFields.front())
                out += QLatin1String(", ");
            appendString(out, eventFieldName(spec.field));
            out += QLatin1String(": ");
            appendValue(out, e, spec);
        }
        const QStringList cells = extra.cells(e);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            out += QLatin1String(", ");
            appendString(out, extra.names()[i]);
            out += QLatin1String(": ");
            if (cells[i].isEmpty())
                out += QLatin1String("null");
            else if (MoneyColumns::isNumeric(extra.names()[i]))
                out += cells[i];
            else if (cells[i] == QLatin1String("true") || cells[i] == QLatin1String("false"))
                out += cells[i];
            else
                appendString(out, cells[i]);
        }
        out += QLatin1Char('}');
    }
    out += first ? QLatin1String("]\n") : QLatin1String("\n]\n");
    return out.toUtf8();
}

Status EventJson::writeFile(
    const QString &path, const std::vector<Event> &events, const MoneySettings &money)
{
    return writeFileAtomically(path, write(events, money));
}

Result<EventCsvContents> EventJson::read(const QString &text, const QString &fileName)
{
    auto read = readJsonTable(text, fileName);
    if (!read)
        return read.error();
    SourceTable table = std::move(read).value();
    // Each object names its own keys: a key an object lacks is a cell it leaves empty (so such a
    // row is rejected for its missing date, company or kind), and `[]` is simply no events.
    if (table.records.size() <= 1)
        return EventCsvContents {};
    QStringList &header = table.records.front().fields;
    for (const QString &column : eventFieldNames()) {
        if (findColumn(header, column) < 0)
            header << column;
    }
    return readMappedRows(table, FormatDetector::techWinterMapping(header, true));
}

} // namespace techwinter
