#include "EventJson.h"

#include "AtomicFile.h"
#include "FormatDetector.h"
#include "JsonTable.h"
#include "RowMapper.h"

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

} // namespace

QByteArray EventJson::write(const std::vector<Event> &events)
{
    QString out = QStringLiteral("[");
    bool first = true;
    for (const Event &e : events) {
        out += first ? QLatin1String("\n  {") : QLatin1String(",\n  {");
        first = false;
        bool firstMember = true;
        const auto key = [&](const char *name) {
            if (!firstMember)
                out += QLatin1String(", ");
            firstMember = false;
            appendString(out, QString::fromLatin1(name));
            out += QLatin1String(": ");
        };
        const auto text = [&](const char *name, const QString &value) {
            key(name);
            appendString(out, value);
        };
        const auto numeric = [&](const char *name, const QString &value) {
            key(name);
            out += value;
        };
        // The order of EventCsv::columns(), so the two exports read alike.
        text("date", e.dateText());
        text("company", e.company);
        text("kind", eventKindName(e.kind));
        text("title", e.title);
        numeric("headcount", e.headcount ? QString::number(*e.headcount) : QStringLiteral("null"));
        numeric("amount_usd", number(e.amountUsd));
        text("counterparty", e.counterparty);
        text("source_url", e.sourceUrl);
        numeric("workforce_pct", number(e.workforcePct));
        numeric("amount", number(e.amount));
        text("currency", e.currency);
        numeric("usd_rate", number(e.usdRate));
        text("notes", e.notes);
        out += QLatin1Char('}');
    }
    out += first ? QLatin1String("]\n") : QLatin1String("\n]\n");
    return out.toUtf8();
}

Status EventJson::writeFile(const QString &path, const std::vector<Event> &events)
{
    return writeFileAtomically(path, write(events));
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
    for (const QString &column : EventCsv::columns()) {
        if (findColumn(header, column) < 0)
            header << column;
    }
    const ColumnMapping mapping = FormatDetector::techWinterMapping(header, true);
    auto mapped = RowMapper::map(table, mapping);
    if (!mapped)
        return mapped.error();
    ParsedImport parsed = std::move(mapped).value();
    EventCsvContents out;
    out.rowsRead = parsed.rowsRead;
    for (ImportedEvent &e : parsed.events)
        out.events.push_back(std::move(e.event));
    for (const ImportProblem &p : parsed.problems) {
        out.rejected.push_back(Error {
            p.column.isEmpty() ? p.reason : QStringLiteral("column %1: %2").arg(p.column, p.reason),
            fileName, p.line });
    }
    return out;
}

} // namespace techwinter
