#include "EventJson.h"

#include "FormatDetector.h"
#include "RowMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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

// Line (1-based) on which each element of the top-level array starts; QJsonDocument keeps no
// positions, and a problem report without a line is of little use in a large file.
std::vector<qint64> elementLines(const QByteArray &utf8)
{
    std::vector<qint64> lines;
    qint64 line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool expectElement = false;
    for (const char c : utf8) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (depth == 1 && expectElement && !space && c != ']') {
            lines.push_back(line);
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
            if (depth == 1 && c == '[')
                expectElement = true;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
    }
    return lines;
}

qint64 lineOfOffset(const QByteArray &utf8, qsizetype offset)
{
    qint64 line = 1;
    for (qsizetype i = 0; i < offset && i < utf8.size(); ++i) {
        if (utf8[i] == '\n')
            ++line;
    }
    return line;
}

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const QVariant variant = v.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return QString::number(variant.toLongLong());
        return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { QStringLiteral("cannot write: %1").arg(file.errorString()), path };
    const QByteArray bytes = write(events);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error { QStringLiteral("cannot write: %1").arg(file.errorString()), path };
    }
    if (!file.commit())
        return Error { QStringLiteral("cannot save: %1").arg(file.errorString()), path };
    return Ok {};
}

Result<SourceTable> EventJson::readTable(const QString &text, const QString &filePath)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error { QStringLiteral("this is not valid JSON: %1").arg(parseError.errorString()),
            filePath, lineOfOffset(utf8, parseError.offset) };
    }
    if (!doc.isArray()) {
        return Error { QStringLiteral(
                           "expected a JSON array with one object per event, found an object"),
            filePath, 1 };
    }
    const QJsonArray array = doc.array();
    const std::vector<qint64> lines = elementLines(utf8);

    SourceTable table;
    table.filePath = filePath;
    table.json = true;
    CsvRecord header;
    header.line = 1;
    QHash<QString, int> keyIndex;
    std::vector<QJsonObject> objects;
    objects.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!keyIndex.contains(it.key())) {
                keyIndex.insert(it.key(), int(header.fields.size()));
                header.fields << it.key();
            }
        }
        objects.push_back(object);
    }
    table.records.reserve(size_t(array.size()) + 1);
    table.records.push_back(header);
    for (qsizetype i = 0; i < array.size(); ++i) {
        CsvRecord record;
        record.line = size_t(i) < lines.size() ? lines[size_t(i)] : 1;
        if (!array.at(i).isObject()) {
            table.unusableRecords.emplace(
                table.records.size(), QStringLiteral("expected an object with the event's fields"));
        } else {
            record.fields.resize(header.fields.size());
            const QJsonObject &object = objects[size_t(i)];
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                record.fields[keyIndex.value(it.key())] = cellText(it.value());
        }
        table.records.push_back(std::move(record));
    }
    return table;
}

Result<EventCsvContents> EventJson::read(const QString &text, const QString &fileName)
{
    auto read = readTable(text, fileName);
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
