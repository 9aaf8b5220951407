#include "RowMapper.h"

#include "CellText.h"
#include "FieldParsers.h"

#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace techwinter {

namespace {

constexpr qint64 progressEvery = 1024;

// Rounds to the decimals that exports write, so that re-importing an export finds the same
// figures and recognises its events as duplicates.
double roundTo(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(v * scale) / scale;
    return std::isfinite(r) ? r : v;
}

bool isAllEmpty(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!QStringView(field).trimmed().isEmpty())
            return false;
    }
    return true;
}

struct EventColumns
{
    std::array<int, ImportFieldCount> field {};
    std::vector<int> dates; ///< the date column, then its fallbacks
    int aiCategory = -1;
    std::vector<std::pair<int, QString>> attributes;
    std::vector<int> all; ///< every mapped column, for the debris check
};

struct SeriesColumns
{
    int entity = -1;
    int code = -1;
    int period = -1;
    std::vector<std::pair<int, QString>> values; ///< column and series name
    std::vector<int> all;
};

class EventRowMapper
{
public:
    EventRowMapper(const QStringList &header, const EventColumnMapping &mapping)
        : m_header(header)
        , m_m(mapping)
    {
        for (int f = 0; f < ImportFieldCount; ++f) {
            m_c.field[size_t(f)] = findColumn(header, mapping.columns[size_t(f)]);
            add(m_c.field[size_t(f)]);
        }
        m_c.dates.push_back(m_c.field[size_t(ImportField::Date)]);
        for (const QString &fallback : mapping.dateFallbacks) {
            m_c.dates.push_back(findColumn(header, fallback));
            add(m_c.dates.back());
        }
        m_c.aiCategory = findColumn(header, mapping.aiCategoryColumn);
        add(m_c.aiCategory);
        for (const AttributeColumn &a : mapping.attributes) {
            m_c.attributes.emplace_back(findColumn(header, a.column), a.attribute.trimmed());
            add(m_c.attributes.back().first);
        }
        for (const QString &value : mapping.aiCategoryValues)
            m_aiValues << value.trimmed().toCaseFolded();
    }

    // Fills `out` from `record`; returns the reason when the row must be rejected.
    std::optional<ImportProblem> map(const CsvRecord &record, ImportedEvent &out) const
    {
        const auto cell = [&](int i) -> const QString & {
            static const QString empty;
            return (i >= 0 && i < record.fields.size()) ? record.fields[i] : empty;
        };
        const auto problem = [&](int column, const QString &reason) {
            return ImportProblem { record.line,
                column >= 0 ? m_header.value(column).trimmed() : QString(), reason };
        };
        const auto fieldIndex = [&](ImportField f) {
            return m_c.field[size_t(f)];
        };

        for (int i : m_c.all) {
            if (FieldParsers::isSpreadsheetError(cell(i))) {
                return problem(i,
                    QStringLiteral("'%1' is a spreadsheet error left in the cell, not a value")
                        .arg(cell(i).trimmed()));
            }
        }

        Event &e = out.event;
        out.line = record.line;

        int dateColumn = -1;
        for (int i : m_c.dates) {
            if (i < 0)
                continue;
            auto date = FieldParsers::parseDate(cell(i));
            if (!date)
                return problem(i, date.error().message);
            if (date.value()) {
                e.date = date.value()->date;
                e.precision = date.value()->precision;
                dateColumn = i;
                break;
            }
        }
        if (dateColumn < 0)
            return problem(fieldIndex(ImportField::Date), QStringLiteral("the date is missing"));

        e.company = text(cell(fieldIndex(ImportField::Company)));
        if (e.company.isEmpty() || FieldParsers::isNullToken(e.company))
            return problem(
                fieldIndex(ImportField::Company), QStringLiteral("the company is missing"));

        if (const int k = fieldIndex(ImportField::Kind); k >= 0) {
            const QString word = cell(k).trimmed();
            if (FieldParsers::isNullToken(word))
                return problem(k, QStringLiteral("the kind is missing"));
            const auto kind = eventKindFromName(word);
            if (!kind) {
                return problem(k,
                    QStringLiteral("'%1' is not a kind (expected layoff, ai_investment, "
                                   "investment, acquisition, restructuring or launch)")
                        .arg(word));
            }
            e.kind = *kind;
        } else {
            e.kind = m_m.defaultKind;
        }
        if (e.kind == EventKind::Investment && m_c.aiCategory >= 0 && !m_aiValues.isEmpty()
            && m_aiValues.contains(cell(m_c.aiCategory).trimmed().toCaseFolded()))
            e.kind = EventKind::AiInvestment;

        if (const int i = fieldIndex(ImportField::Headcount); i >= 0) {
            auto headcount = FieldParsers::parseCount(cell(i));
            if (!headcount)
                return problem(i, headcount.error().message);
            e.headcount = headcount.value();
        }
        if (const int i = fieldIndex(ImportField::WorkforcePct); i >= 0) {
            if (auto bad = readPercent(cell(i), e.workforcePct))
                return problem(i, *bad);
        }
        const auto money = [&](ImportField f, std::optional<double> &into,
                               double multiplier) -> std::optional<ImportProblem> {
            const int i = fieldIndex(f);
            if (i < 0)
                return std::nullopt;
            auto v = FieldParsers::parseNumber(cell(i));
            if (!v)
                return problem(i, v.error().message);
            // Amounts are rounded to cents, as exports write them; a rate keeps every digit
            // (won and yen rates need more than eight decimals).
            if (v.value())
                into = f == ImportField::UsdRate ? *v.value() : roundTo(*v.value() * multiplier, 2);
            return std::nullopt;
        };
        if (auto bad = money(ImportField::Amount, e.amount, m_m.amountMultiplier))
            return bad;
        if (auto bad = money(ImportField::AmountUsd, e.amountUsd, m_m.amountMultiplier))
            return bad;
        if (auto bad = money(ImportField::UsdRate, e.usdRate, 1.0))
            return bad;

        e.title = text(cell(fieldIndex(ImportField::Title)));
        e.counterparty = text(cell(fieldIndex(ImportField::Counterparty)));
        e.sourceUrl = text(cell(fieldIndex(ImportField::SourceUrl)));
        e.notes = text(cell(fieldIndex(ImportField::Notes)));
        // Export neutralises the currency cell like every text cell; EventCsv::read undoes it too.
        e.currency = cell(fieldIndex(ImportField::Currency)).trimmed();
        if (m_m.unneutraliseText)
            e.currency = unneutraliseFormula(e.currency);
        e.currency = e.currency.toUpper();
        if (m_m.cleanForeignText && FieldParsers::isNullToken(e.currency))
            e.currency.clear();

        if (m_m.amountUsdIsOriginal && e.amountUsd && !e.amount) {
            e.amount = e.amountUsd;
            e.currency = QStringLiteral("USD");
            e.usdRate = 1.0;
        }
        if (e.amount && e.currency.isEmpty())
            e.currency = QStringLiteral("USD");

        out.attributes.clear();
        for (const auto &[column, name] : m_c.attributes) {
            const QString value = text(cell(column));
            if (!value.isEmpty() && !FieldParsers::isNullToken(value))
                out.attributes.push_back(EventAttribute { name, value });
        }
        if (m_m.sourceMustBeUrl && !e.sourceUrl.isEmpty() && !looksLikeUrl(e.sourceUrl)) {
            out.attributes.push_back(EventAttribute { QStringLiteral("source"), e.sourceUrl });
            e.sourceUrl.clear();
        }
        if (m_m.generateTitles && e.title.isEmpty())
            e.title = RowMapper::generatedTitle(e, out.attributes);
        return std::nullopt;
    }

private:
    void add(int column)
    {
        if (column >= 0)
            m_c.all.push_back(column);
    }

    QString text(const QString &cell) const
    {
        QString t = cell.trimmed();
        if (m_m.cleanForeignText) {
            if (FieldParsers::isNullToken(t))
                return {};
            t = FieldParsers::repairMojibake(t);
        }
        if (m_m.unneutraliseText)
            t = unneutraliseFormula(t);
        return t;
    }

    static bool looksLikeUrl(const QString &s)
    {
        return s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
            || s.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
    }

    // A share of the workforce, stored as percent. "5%" is percent whatever the column's scale.
    std::optional<QString> readPercent(const QString &cell, std::optional<double> &into) const
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
        if (scale == PercentScale::Fraction) {
            if (x < 0 || x > 1)
                return QStringLiteral("'%1' is not a fraction between 0 and 1").arg(t.toString());
            into = roundTo(x * 100.0, 4);
        } else {
            if (x < 0 || x > 100)
                return QStringLiteral("'%1' is not a percentage between 0 and 100")
                    .arg(t.toString());
            into = roundTo(x, 4);
        }
        return std::nullopt;
    }

    const QStringList &m_header;
    const EventColumnMapping &m_m;
    EventColumns m_c;
    QStringList m_aiValues;
};

class SeriesRowMapper
{
public:
    SeriesRowMapper(const QStringList &header, const SeriesColumnMapping &mapping)
        : m_header(header)
    {
        m_c.entity = findColumn(header, mapping.entity);
        m_c.code = findColumn(header, mapping.entityCode);
        m_c.period = findColumn(header, mapping.period);
        for (int i : { m_c.entity, m_c.code, m_c.period }) {
            if (i >= 0)
                m_c.all.push_back(i);
        }
        for (const QString &value : mapping.values) {
            const int i = findColumn(header, value);
            const QString name
                = (mapping.values.size() == 1 && !mapping.seriesName.trimmed().isEmpty())
                ? mapping.seriesName.trimmed()
                : header.value(i).trimmed();
            m_c.values.emplace_back(i, name);
            m_c.all.push_back(i);
        }
    }

    std::optional<ImportProblem> map(const CsvRecord &record, std::vector<ContextPoint> &out) const
    {
        const auto cell = [&](int i) -> QString {
            return (i >= 0 && i < record.fields.size()) ? record.fields[i].trimmed() : QString();
        };
        const auto problem = [&](int column, const QString &reason) {
            return ImportProblem { record.line,
                column >= 0 ? m_header.value(column).trimmed() : QString(), reason };
        };
        for (int i : m_c.all) {
            if (FieldParsers::isSpreadsheetError(cell(i))) {
                return problem(i,
                    QStringLiteral("'%1' is a spreadsheet error left in the cell, not a value")
                        .arg(cell(i)));
            }
        }
        const QString entity = FieldParsers::repairMojibake(cell(m_c.entity));
        if (FieldParsers::isNullToken(entity))
            return problem(m_c.entity, QStringLiteral("the entity is missing"));
        auto period = FieldParsers::parseDate(cell(m_c.period));
        if (!period)
            return problem(m_c.period, period.error().message);
        if (!period.value())
            return problem(m_c.period, QStringLiteral("the year is missing"));
        const QString code = FieldParsers::isNullToken(cell(m_c.code)) ? QString() : cell(m_c.code);
        const bool aggregate = isAggregateEntity(entity, code, m_c.code >= 0);

        std::vector<ContextPoint> points;
        for (const auto &[column, name] : m_c.values) {
            auto value = FieldParsers::parseNumber(cell(column));
            if (!value)
                return problem(column, value.error().message);
            if (!value.value())
                continue;
            points.push_back(ContextPoint { name, entity, code, aggregate, period.value()->date,
                period.value()->precision, *value.value(), record.line });
        }
        if (points.empty())
            return problem(-1, QStringLiteral("no value in any value column"));
        out.insert(out.end(), points.begin(), points.end());
        return std::nullopt;
    }

private:
    const QStringList &m_header;
    SeriesColumns m_c;
};

QString compactDollars(double v)
{
    const double a = std::fabs(v);
    if (a >= 1e9)
        return QStringLiteral("$%1B").arg(plainNumber(v / 1e9, 2));
    if (a >= 1e6)
        return QStringLiteral("$%1M").arg(plainNumber(v / 1e6, 2));
    if (a >= 1e3)
        return QStringLiteral("$%1K").arg(plainNumber(v / 1e3, 1));
    return QStringLiteral("$%1").arg(plainNumber(v, 2));
}

// "series-c+" → "Series C+", "angel" → "Angel", "post_ipo_equity" → "Post ipo equity".
QString roundLabel(QString word)
{
    word.replace(QLatin1Char('-'), QLatin1Char(' '));
    word.replace(QLatin1Char('_'), QLatin1Char(' '));
    QStringList parts = word.simplified().split(QLatin1Char(' '));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString &p = parts[i];
        if (p.size() <= 2 && i > 0)
            p = p.toUpper(); // the round letter: "a" → "A", "c+" → "C+"
        else if (i == 0 && !p.isEmpty())
            p[0] = p[0].toUpper();
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString RowMapper::generatedTitle(const Event &e, const std::vector<EventAttribute> &attributes)
{
    const QLocale english(QLocale::English);
    switch (e.kind) {
    case EventKind::Layoff: {
        const QString pct
            = e.workforcePct ? plainNumber(*e.workforcePct, 2) + QLatin1Char('%') : QString();
        if (e.headcount && e.workforcePct)
            return QStringLiteral("Cuts %1 jobs (%2 of staff)")
                .arg(english.toString(*e.headcount), pct);
        if (e.headcount)
            return QStringLiteral("Cuts %1 jobs").arg(english.toString(*e.headcount));
        if (e.workforcePct)
            return QStringLiteral("Cuts %1 of staff").arg(pct);
        return QStringLiteral("Layoffs, number not disclosed");
    }
    case EventKind::Investment:
    case EventKind::AiInvestment: {
        QString round;
        for (const EventAttribute &a : attributes) {
            if (a.name == QLatin1String("round_type"))
                round = roundLabel(a.value);
        }
        const QString what = round.isEmpty() ? QStringLiteral("Funding round")
                                             : QStringLiteral("%1 round").arg(round);
        const std::optional<double> dollars = e.amountUsd ? e.amountUsd : e.amount;
        if (!dollars)
            return QStringLiteral("%1, amount not disclosed").arg(what);
        return QStringLiteral("%1, %2").arg(what, compactDollars(*dollars));
    }
    case EventKind::Acquisition:
    case EventKind::Restructuring:
    case EventKind::Launch:
    case EventKind::AiInfrastructure:
        break;
    }
    QString word = eventKindName(e.kind);
    word[0] = word[0].toUpper();
    return word;
}

Result<ParsedImport> RowMapper::map(const SourceTable &table, const ColumnMapping &mapping,
    const ImportControl &control, qint64 rowLimit)
{
    if (mapping.headerRecord < 0 || size_t(mapping.headerRecord) >= table.records.size())
        return Error { QStringLiteral("the file has no header line"), table.filePath, 1 };
    const CsvRecord &headerRecord = table.records[size_t(mapping.headerRecord)];
    const QStringList &header = headerRecord.fields;
    if (auto valid = mapping.validate(header, table.filePath, headerRecord.line); !valid)
        return valid.error();
    const size_t first = size_t(mapping.headerRecord) + 1;
    if (first >= table.records.size()) {
        return Error { QStringLiteral("the file has a header but no rows"), table.filePath,
            headerRecord.line };
    }

    ParsedImport out;
    out.filePath = table.filePath;
    out.sourceName = QFileInfo(table.filePath).fileName();
    out.encoding = table.encoding;
    out.mapping = mapping;
    const bool series = mapping.target == ImportTarget::ContextSeries;
    const EventRowMapper eventMapper(header, mapping.events);
    const SeriesRowMapper seriesMapper(header, mapping.series);
    const qint64 total = qint64(table.records.size() - first);
    if (!series)
        out.events.reserve(size_t(rowLimit >= 0 ? std::min(rowLimit, total) : total));

    for (size_t r = first; r < table.records.size(); ++r) {
        const qint64 done = qint64(r - first);
        if (control.isCancelled())
            return Error { QStringLiteral("the import was cancelled"), table.filePath };
        if (done % progressEvery == 0)
            control.report(ImportStage::Mapping, done, total);
        if (rowLimit >= 0 && out.rowsRead >= rowLimit) {
            out.truncated = true;
            break;
        }
        const CsvRecord &record = table.records[r];
        const auto reject = [&](ImportProblem problem) {
            ++out.rejected;
            out.problems.push_back(std::move(problem));
        };
        if (auto unusable = table.unusableRecords.find(r);
            unusable != table.unusableRecords.end()) {
            ++out.rowsRead;
            reject(ImportProblem { record.line, QString(), unusable->second });
            continue;
        }
        if (isAllEmpty(record)) {
            // ",,,,": what spreadsheets leave after deleted rows; no data, no problem to report.
            ++out.emptyRows;
            continue;
        }
        ++out.rowsRead;
        if (record.fields.size() > header.size()) {
            bool extraContent = false;
            for (qsizetype i = header.size(); i < record.fields.size(); ++i)
                extraContent = extraContent || !record.fields[i].trimmed().isEmpty();
            if (extraContent) {
                reject(ImportProblem { record.line, QString(),
                    QStringLiteral("the row has %1 cells but the header has %2 (a comma in an "
                                   "unquoted cell?)")
                        .arg(record.fields.size())
                        .arg(header.size()) });
                continue;
            }
        }
        if (series) {
            if (auto bad = seriesMapper.map(record, out.contextPoints))
                reject(std::move(*bad));
        } else {
            ImportedEvent event;
            if (auto bad = eventMapper.map(record, event))
                reject(std::move(*bad));
            else
                out.events.push_back(std::move(event));
        }
    }
    control.report(ImportStage::Mapping, total, total);
    return out;
}

} // namespace techwinter
