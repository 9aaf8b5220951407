#include "FormatDetector.h"
#include <QCoreApplication>

namespace techwinter {

namespace {

// Header names as different exporters spell them: "Total Laid Off", "total-laid-off" and
// "total_laid_off" are one name.
QString normalized(QStringView name)
{
    QString s = name.trimmed().toString().toLower();
    for (QChar &c : s) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return s;
}

// Finds the first of `candidates` (normalised names) in the header; returns its text as written.
class HeaderIndex
{
public:
    explicit HeaderIndex(const QStringList &header)
        : m_header(header)
    {
        for (const QString &name : header)
            m_normalized << normalized(name);
    }

    QString find(std::initializer_list<const char *> candidates) const
    {
        for (const char *candidate : candidates) {
            const qsizetype i = m_normalized.indexOf(QLatin1String(candidate));
            if (i >= 0)
                return m_header[i].trimmed();
        }
        return {};
    }
    bool has(std::initializer_list<const char *> candidates) const
    {
        return !find(candidates).isEmpty();
    }
    const QStringList &normalizedNames() const { return m_normalized; }

private:
    const QStringList &m_header;
    QStringList m_normalized;
};

void addAttribute(EventColumnMapping &m, const HeaderIndex &h,
    std::initializer_list<const char *> names, const char *attribute)
{
    const QString column = h.find(names);
    if (!column.isEmpty())
        m.attributes.push_back(AttributeColumn { column, QString::fromLatin1(attribute) });
}

std::optional<ColumnMapping> layoffsMapping(const HeaderIndex &h)
{
    if (!h.has({ "company" }) || !h.has({ "date" })
        || !h.has({ "total_laid_off", "percentage_laid_off" }))
        return std::nullopt;
    ColumnMapping mapping;
    mapping.format = ImportFormat::LayoffsFyi;
    EventColumnMapping &m = mapping.events;
    m.column(ImportField::Company) = h.find({ "company" });
    m.column(ImportField::Date) = h.find({ "date" });
    m.column(ImportField::Headcount) = h.find({ "total_laid_off" });
    m.column(ImportField::WorkforcePct) = h.find({ "percentage_laid_off" });
    m.column(ImportField::SourceUrl) = h.find({ "source", "source_url" });
    m.defaultKind = EventKind::Layoff;
    m.workforcePctScale = PercentScale::Fraction;
    addAttribute(m, h, { "location" }, "location");
    addAttribute(m, h, { "industry" }, "industry");
    addAttribute(m, h, { "country" }, "country");
    addAttribute(m, h, { "stage" }, "stage");
    // What the company had raised before the layoff, in millions: a fact about the company, never
    // the event's amount (a layoff moves no money), so it is kept only as an attribute.
    addAttribute(m, h, { "funds_raised_millions", "funds_raised" }, "company_funds_raised_musd");
    addAttribute(m, h, { "date_added" }, "date_added");
    m.cleanForeignText = true;
    m.sourceMustBeUrl = true;
    m.generateTitles = true;
    return mapping;
}

std::optional<ColumnMapping> fundingMapping(const HeaderIndex &h)
{
    const QString company = h.find({ "company_name", "organization_name", "company" });
    QStringList dates;
    for (const char *name :
        { "funded_at", "announced_on", "funded_month", "funded_quarter", "funded_year" }) {
        const QString column = h.find({ name });
        if (!column.isEmpty())
            dates << column;
    }
    if (company.isEmpty() || dates.isEmpty()
        || !h.has(
            { "raised_amount_usd", "money_raised_usd", "funding_round_type", "investment_type" }))
        return std::nullopt;
    ColumnMapping mapping;
    mapping.format = ImportFormat::FundingRounds;
    EventColumnMapping &m = mapping.events;
    m.column(ImportField::Company) = company;
    m.column(ImportField::Date) = dates.takeFirst();
    m.dateFallbacks = dates;
    m.column(ImportField::AmountUsd) = h.find({ "raised_amount_usd", "money_raised_usd" });
    m.defaultKind = EventKind::Investment;
    // Crunchbase states amounts in US dollars: amount and amount_usd are one figure.
    m.amountUsdIsOriginal = true;
    m.aiCategoryColumn = h.find({ "company_category_code", "category_code", "category_list" });
    addAttribute(m, h, { "funding_round_type", "investment_type" }, "round_type");
    addAttribute(m, h, { "funding_round_code" }, "round_code");
    addAttribute(m, h, { "company_category_code", "category_code", "category_list" }, "category");
    addAttribute(m, h, { "company_country_code", "country_code" }, "country_code");
    addAttribute(m, h, { "company_state_code", "state_code" }, "state_code");
    addAttribute(m, h, { "company_region", "region" }, "region");
    addAttribute(m, h, { "company_city", "city" }, "city");
    addAttribute(m, h, { "company_permalink", "permalink" }, "crunchbase_permalink");
    m.cleanForeignText = true;
    m.generateTitles = true;
    return mapping;
}

std::optional<ColumnMapping> owidMapping(const QStringList &header, const HeaderIndex &h)
{
    const QString entity = h.find({ "entity", "country" });
    const QString period = h.find({ "year", "day" });
    if (entity.isEmpty() || period.isEmpty())
        return std::nullopt;
    ColumnMapping mapping;
    mapping.format = ImportFormat::OwidSeries;
    mapping.target = ImportTarget::ContextSeries;
    SeriesColumnMapping &s = mapping.series;
    s.entity = entity;
    s.entityCode = h.find({ "code" });
    s.period = period;
    for (const QString &column : header) {
        const QString c = column.trimmed();
        if (!c.isEmpty() && c != s.entity && c != s.entityCode && c != s.period)
            s.values << c;
    }
    if (s.values.isEmpty())
        return std::nullopt;
    if (s.values.size() == 1
        && s.values.front().contains(QLatin1String("investment"), Qt::CaseInsensitive))
        s.unit = QStringLiteral("USD");
    return mapping;
}

} // namespace

ColumnMapping FormatDetector::techWinterMapping(const QStringList &header, bool json)
{
    ColumnMapping mapping;
    mapping.format = json ? ImportFormat::TechWinterJson : ImportFormat::TechWinterCsv;
    for (int f = 0; f < ImportFieldCount; ++f) {
        const int i = findColumn(header, importFieldName(ImportField(f)));
        if (i >= 0)
            mapping.events.columns[size_t(f)] = header[i].trimmed();
    }
    // Exports neutralise formula-like text for spreadsheets; JSON is never run as a formula.
    mapping.events.unneutraliseText = !json;
    // The dataset leaves amount_usd empty on purpose where no source gave one (README).
    mapping.events.convertCurrencies = false;
    return mapping;
}

std::optional<ColumnMapping> FormatDetector::mappingForHeader(const QStringList &header, bool json)
{
    const HeaderIndex h(header);
    if (h.has({ "date" }) && h.has({ "company" }) && h.has({ "kind" }))
        return techWinterMapping(header, json);
    if (auto m = layoffsMapping(h))
        return m;
    if (auto m = fundingMapping(h))
        return m;
    if (auto m = owidMapping(header, h))
        return m;
    return std::nullopt;
}

Result<ColumnMapping> FormatDetector::detect(const SourceTable &table)
{
    if (table.records.empty() || (table.json && table.records.size() == 1))
        return Error { QCoreApplication::translate("FormatDetector", "the file holds no rows"),
            table.filePath, 1 };
    const size_t depth = std::min<size_t>(table.records.size(), headerSearchDepth);
    for (size_t i = 0; i < depth; ++i) {
        if (auto mapping = mappingForHeader(table.records[i].fields, table.json)) {
            mapping->headerRecord = int(i);
            return *mapping;
        }
        if (table.json)
            break;
    }
    const CsvRecord &first = table.records.front();
    QStringList shown = first.fields.mid(0, 6);
    for (QString &s : shown)
        s = s.trimmed().left(40);
    return Error { QCoreApplication::translate("FormatDetector",
                       "no recognisable header (found: %1%2). Expected TechWinter columns (date, "
                       "company, kind), a layoffs.fyi export (company, date, total_laid_off), "
                       "funding rounds (company_name, funded_at, raised_amount_usd) or an Our "
                       "World in Data series (Entity, Year and a value column)")
                       .arg(shown.join(QLatin1String(", ")),
                           first.fields.size() > 6 ? QStringLiteral(", ...") : QString()),
        table.filePath, first.line };
}

} // namespace techwinter
