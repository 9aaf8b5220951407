#include "JsonTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <QCoreApplication>
#include <QHash>

namespace techwinter {

namespace {

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

Result<SourceTable> readJsonTable(const QString &text, const QString &filePath)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error { QCoreApplication::translate("JsonTable", "this is not valid JSON: %1")
                           .arg(parseError.errorString()),
            filePath, lineOfOffset(utf8, parseError.offset) };
    }
    if (!doc.isArray()) {
        return Error { QCoreApplication::translate("JsonTable",
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
            table.unusableRecords.emplace(table.records.size(),
                QCoreApplication::translate(
                    "JsonTable", "expected an object with the event's fields"));
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

} // namespace techwinter
