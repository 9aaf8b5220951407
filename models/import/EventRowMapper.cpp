#include "EventRowMapper.h"
#include "UsdConversion.h"

#include "CellText.h"
#include "FieldParsers.h"
#include "GeneratedTitle.h"

#include <QCoreApplication>
#include <cmath>

namespace techwinter {

namespace {

// Rounds to the decimals that exports write, so that re-importing an export finds the same
// figures and recognises its events as duplicates.
double roundTo(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(v * scale) / scale;
    return std::isfinite(r) ? r : v;
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || s.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
}

} // namespace

// One record's cells, and problems labelled with its line and the header's column names.
class EventRowMapper::Row
{
public:
    Row(const CsvRecord &record, const QStringList &header)
        : m_record(record)
        , m_header(header)
    {
    }
    const QString &cell(int i) const
    {
        static const QString empty;
        return (i >= 0 && i < m_record.fields.size()) ? m_record.fields[i] : empty;
    }
    ImportProblem problem(int column, const QString &reason) const
    {
        return ImportProblem { m_record.line,
            column >= 0 ? m_header.value(column).trimmed() : QString(), reason };
    }

private:
    const CsvRecord &m_record;
    const QStringList &m_header;
};

EventRowMapper::EventRowMapper(const QStringList &header, const EventColumnMapping &mapping)
    : m_header(header)
    , m_m(mapping)
{
    for (int f = 0; f < EventFieldCount; ++f) {
        m_field[size_t(f)] = findColumn(header, mapping.columns[size_t(f)]);
        add(m_field[size_t(f)]);
    }
    m_dates.push_back(m_field[size_t(EventField::Date)]);
    for (const QString &fallback : mapping.dateFallbacks) {
        m_dates.push_back(findColumn(header, fallback));
        add(m_dates.back());
    }
    m_aiCategory = findColumn(header, mapping.aiCategoryColumn);
    add(m_aiCategory);
    for (const AttributeColumn &a : mapping.attributes) {
        m_attributes.emplace_back(findColumn(header, a.column), a.attribute.trimmed());
        add(m_attributes.back().first);
    }
    for (const QString &value : mapping.aiCategoryValues)
        m_aiValues << value.trimmed().toCaseFolded();
}

void EventRowMapper::add(int column)
{
    if (column >= 0)
        m_all.push_back(column);
}

std::optional<ImportProblem> EventRowMapper::map(const CsvRecord &record, ImportedEvent &out) const
{
    const Row row(record, m_header);
    for (int i : m_all) {
        if (FieldParsers::isSpreadsheetError(row.cell(i))) {
            return row.problem(i,
                QCoreApplication::translate(
                    "EventRowMapper", "'%1' is a spreadsheet error left in the cell, not a value")
                    .arg(row.cell(i).trimmed()));
        }
    }
    out.event = Event {};
    out.line = record.line;
    for (const EventFieldSpec &spec : EventFields) {
        if (auto bad = readField(row, spec, out.event))
            return bad;
    }
    return finish(row, out);
}

std::optional<ImportProblem> EventRowMapper::readField(
    const Row &row, const EventFieldSpec &spec, Event &e) const
{
    const int i = m_field[size_t(spec.field)];
    switch (spec.type) {
    case FieldType::Date:
        // The first of the date column and its fallbacks that holds a date.
        for (int column : m_dates) {
            if (column < 0)
                continue;
            auto date = FieldParsers::parseDate(row.cell(column));
            if (!date)
                return row.problem(column, date.error().message);
            if (date.value()) {
                e.date = date.value()->date;
                e.precision = date.value()->precision;
                return std::nullopt;
            }
        }
        return row.problem(i, QCoreApplication::translate("EventRowMapper", "the date is missing"));
    case FieldType::Kind:
        return readKind(row, e);
    case FieldType::Text: {
        QString &value = e.*spec.text;
        value = text(row.cell(i));
        if (spec.upperCase)
            value = value.toUpper();
        if (spec.required && (value.isEmpty() || FieldParsers::isNullToken(value)))
            return row.problem(i,
                QCoreApplication::translate("EventRowMapper", "the %1 is missing")
                    .arg(eventFieldName(spec.field)));
        return std::nullopt;
    }
    case FieldType::Integer: {
        if (i < 0)
            return std::nullopt;
        auto count = FieldParsers::parseCount(row.cell(i));
        if (!count)
            return row.problem(i, count.error().message);
        e.*spec.integer = count.value();
        return std::nullopt;
    }
    case FieldType::Number:
        if (i < 0)
            return std::nullopt;
        if (auto bad = readNumber(spec, row.cell(i), e.*spec.number))
            return row.problem(i, *bad);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<ImportProblem> EventRowMapper::readKind(const Row &row, Event &e) const
{
    if (const int k = m_field[size_t(EventField::Kind)]; k >= 0) {
        const QString word = row.cell(k).trimmed();
        if (FieldParsers::isNullToken(word))
            return row.problem(
                k, QCoreApplication::translate("EventRowMapper", "the kind is missing"));
        const auto kind = eventKindFromName(word);
        if (!kind) {
            return row.problem(k,
                QCoreApplication::translate("EventRowMapper",
                    "'%1' is not a kind (expected layoff, ai_investment, "
                    "investment, acquisition, restructuring, launch or ai_infrastructure)")
                    .arg(word));
        }
        e.kind = *kind;
    } else {
        e.kind = m_m.defaultKind;
    }
    if (e.kind == EventKind::Investment && m_aiCategory >= 0 && !m_aiValues.isEmpty()
        && m_aiValues.contains(row.cell(m_aiCategory).trimmed().toCaseFolded()))
        e.kind = EventKind::AiInvestment;
    return std::nullopt;
}

std::optional<QString> EventRowMapper::readNumber(
    const EventFieldSpec &spec, const QString &cell, std::optional<double> &into) const
{
    if (spec.unit == FieldUnit::Percent)
        return readPercent(cell, into);
    auto v = FieldParsers::parseNumber(cell);
    if (!v)
        return v.error().message;
    if (!v.value())
        return std::nullopt;
    double x = *v.value();
    if (spec.unit == FieldUnit::Usd || spec.unit == FieldUnit::Money)
        x *= m_m.amountMultiplier;
    // Amounts are rounded to cents, as exports write them; a rate keeps every digit (won and yen
    // rates need more than eight decimals).
    into = spec.decimals >= 0 ? roundTo(x, spec.decimals) : x;
    return std::nullopt;
}

// A share of the workforce, stored as percent. "5%" is percent whatever the column's scale.
std::optional<QString> EventRowMapper::readPercent(
    const QString &cell, std::optional<double> &into) const
{
    QStringView t = QStringView(cell).trimmed();
    PercentScale scale = m_m.workforcePctScale;
    if (t.endsWith(QLatin1Char('%'))) {
        t.chop(1);
        scale = PercentScale::Percent;
    }
    auto v = FieldParsers::parseNumber(t);
    if (!v)
        return v.error().message;
    if (!v.value())
        return std::nullopt;
    const double x = *v.value();
    const int decimals = eventField(EventField::WorkforcePct).decimals;
    if (scale == PercentScale::Fraction) {
        if (x < 0 || x > 1)
            return QCoreApplication::translate(
                "EventRowMapper", "'%1' is not a fraction between 0 and 1")
                .arg(t.toString());
        into = roundTo(x * 100.0, decimals);
    } else {
        if (x < 0 || x > 100)
            return QCoreApplication::translate(
                "EventRowMapper", "'%1' is not a percentage between 0 and 100")
                .arg(t.toString());
        into = roundTo(x, decimals);
    }
    return std::nullopt;
}

QString EventRowMapper::text(const QString &cell) const
{
    QString t = cell.trimmed();
    if (m_m.cleanForeignText) {
        if (FieldParsers::isNullToken(t))
            return {};
        t = FieldParsers::repairMojibake(t);
    }
    // Export neutralises every text cell (the currency's too); TechWinter's reader undoes it.
    if (m_m.unneutraliseText)
        t = unneutraliseFormula(t);
    return t;
}

// What follows from the fields together: dollar-only files, the default currency, attributes,
// a description in the link column, and a title when the file has none.
std::optional<ImportProblem> EventRowMapper::finish(const Row &row, ImportedEvent &out) const
{
    Event &e = out.event;
    UsdConversion conversion;
    if (m_m.convertCurrencies) {
        conversion = convertToUsd(e);
        if (conversion.problem)
            return row.problem(m_field[size_t(EventField::Currency)], *conversion.problem);
    }
    if (m_m.amountUsdIsOriginal && e.amountUsd && !e.amount) {
        e.amount = e.amountUsd;
        e.currency = QStringLiteral("USD");
        e.usdRate = 1.0;
    }
    if (e.amount && e.currency.isEmpty())
        e.currency = QStringLiteral("USD");

    out.attributes.clear();
    for (const auto &[column, name] : m_attributes) {
        const QString value = text(row.cell(column));
        if (!value.isEmpty() && !FieldParsers::isNullToken(value))
            out.attributes.push_back(EventAttribute { name, value });
    }
    if (m_m.sourceMustBeUrl && !e.sourceUrl.isEmpty() && !looksLikeUrl(e.sourceUrl)) {
        out.attributes.push_back(EventAttribute { QStringLiteral("source"), e.sourceUrl });
        e.sourceUrl.clear();
    }
    if (conversion.rate && conversion.rate->extrapolated) {
        out.attributes.push_back(EventAttribute { QStringLiteral("usd_rate_month"),
            QStringLiteral("%1 (the last month in the rate table)")
                .arg(conversion.rate->month.text()) });
    }
    if (m_m.generateTitles && e.title.isEmpty())
        e.title = generatedTitle(e, out.attributes);
    return std::nullopt;
}

} // namespace techwinter
