#include "EventCsv.h"

#include "MoneyColumns.h"

#include "AtomicFile.h"
#include "CellText.h"
#include "CsvReader.h"
#include "EventFields.h"
#include "FormatDetector.h"
#include "MappedRows.h"
#include <QCoreApplication>

namespace techwinter {

namespace {

QString quoteCell(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"'))
        && !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r'))
        && cell.trimmed() == cell)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString cellText(const Event &e, const EventFieldSpec &spec)
{
    switch (spec.type) {
    case FieldType::Text:
        return quoteCell(neutraliseFormula(e.*spec.text));
    case FieldType::Integer: {
        const std::optional<qint64> &v = e.*spec.integer;
        return v ? QString::number(*v) : QString();
    }
    case FieldType::Number: {
        const std::optional<double> &v = e.*spec.number;
        if (!v)
            return {};
        return spec.decimals >= 0 ? plainNumber(*v, spec.decimals) : QString::number(*v, 'g', 15);
    }
    case FieldType::Date:
        return e.dateText();
    case FieldType::Kind:
        return eventKindName(e.kind);
    }
    return {};
}

} // namespace

QStringList EventCsv::columns()
{
    return eventFieldNames();
}

Result<EventCsvContents> EventCsv::read(QStringView text, const QString &fileName)
{
    auto parsed = CsvReader::parse(text, fileName);
    if (!parsed)
        return parsed.error();
    SourceTable table;
    table.filePath = fileName;
    table.records = std::move(parsed).value();
    if (table.records.empty())
        return Error { QCoreApplication::translate(
                           "EventCsv", "the file is empty (no header line)"),
            fileName, 1 };
    const CsvRecord &header = table.records.front();
    QStringList missing;
    for (const EventFieldSpec &spec : EventFields) {
        if (spec.required && findColumn(header.fields, eventFieldName(spec.field)) < 0)
            missing << eventFieldName(spec.field);
    }
    if (!missing.isEmpty()) {
        return Error { QCoreApplication::translate(
                           "EventCsv", "the header lacks the required column(s) %1")
                           .arg(missing.join(QLatin1String(", "))),
            fileName, header.line };
    }
    // An export of no events is its header alone: no events, not an unusable file.
    if (table.records.size() == 1)
        return EventCsvContents {};
    return readMappedRows(table, FormatDetector::techWinterMapping(header.fields, false));
}

QByteArray EventCsv::write(const std::vector<Event> &events, const MoneySettings &money)
{
    const MoneyColumns extra(money);
    QStringList header = eventFieldNames();
    header << extra.names();
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    QStringList cells(EventFieldCount);
    for (const Event &e : events) {
        for (const EventFieldSpec &spec : EventFields)
            cells[int(spec.field)] = cellText(e, spec);
        out += cells.join(QLatin1Char(','));
        // Numbers, a month and true/false: nothing that needs quoting.
        if (!extra.isEmpty())
            out += QLatin1Char(',') + extra.cells(e).join(QLatin1Char(','));
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

Status EventCsv::writeFile(
    const QString &path, const std::vector<Event> &events, const MoneySettings &money)
{
    return writeFileAtomically(path, write(events, money));
}

} // namespace techwinter
