#include "SeriesRowMapper.h"

#include "FieldParsers.h"
#include <QCoreApplication>

namespace techwinter {

SeriesRowMapper::SeriesRowMapper(const QStringList &header, const SeriesColumnMapping &mapping)
    : m_header(header)
{
    m_entity = findColumn(header, mapping.entity);
    m_code = findColumn(header, mapping.entityCode);
    m_period = findColumn(header, mapping.period);
    for (int i : { m_entity, m_code, m_period }) {
        if (i >= 0)
            m_all.push_back(i);
    }
    for (const QString &value : mapping.values) {
        const int i = findColumn(header, value);
        const QString name = (mapping.values.size() == 1 && !mapping.seriesName.trimmed().isEmpty())
            ? mapping.seriesName.trimmed()
            : header.value(i).trimmed();
        m_values.emplace_back(i, name);
        m_all.push_back(i);
    }
}

std::optional<ImportProblem> SeriesRowMapper::map(
    const CsvRecord &record, std::vector<ContextPoint> &out) const
{
    const auto cell = [&](int i) -> QString {
        return (i >= 0 && i < record.fields.size()) ? record.fields[i].trimmed() : QString();
    };
    const auto problem = [&](int column, const QString &reason) {
        return ImportProblem { record.line,
            column >= 0 ? m_header.value(column).trimmed() : QString(), reason };
    };
    for (int i : m_all) {
        if (FieldParsers::isSpreadsheetError(cell(i))) {
            return problem(i,
                QCoreApplication::translate(
                    "SeriesRowMapper", "'%1' is a spreadsheet error left in the cell, not a value")
                    .arg(cell(i)));
        }
    }
    const QString entity = FieldParsers::repairMojibake(cell(m_entity));
    if (FieldParsers::isNullToken(entity))
        return problem(
            m_entity, QCoreApplication::translate("SeriesRowMapper", "the entity is missing"));
    auto period = FieldParsers::parseDate(cell(m_period));
    if (!period)
        return problem(m_period, period.error().message);
    if (!period.value())
        return problem(
            m_period, QCoreApplication::translate("SeriesRowMapper", "the year is missing"));
    const QString code = FieldParsers::isNullToken(cell(m_code)) ? QString() : cell(m_code);
    const bool aggregate = isAggregateEntity(entity, code, m_code >= 0);

    std::vector<ContextPoint> points;
    for (const auto &[column, name] : m_values) {
        auto value = FieldParsers::parseNumber(cell(column));
        if (!value)
            return problem(column, value.error().message);
        if (!value.value())
            continue;
        points.push_back(ContextPoint { name, entity, code, aggregate, period.value()->date,
            period.value()->precision, *value.value(), record.line });
    }
    if (points.empty())
        return problem(
            -1, QCoreApplication::translate("SeriesRowMapper", "no value in any value column"));
    out.insert(out.end(), points.begin(), points.end());
    return std::nullopt;
}

} // namespace techwinter
