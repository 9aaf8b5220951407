#include "EventCsv.h"

#include "AtomicFile.h"
#include "CellText.h"
#include "CsvReader.h"
#include "FieldParsers.h"

#include <QHash>

#include <array>

#include <cmath>

namespace techwinter {

namespace {

enum Column {
    Date,
    CompanyCol,
    Kind,
    Title,
    Headcount,
    AmountUsd,
    Counterparty,
    SourceUrl,
    WorkforcePct,
    Amount,
    Currency,
    UsdRate,
    Notes,
    ColumnCount
};

const QStringList &columnNames()
{
    static const QStringList names {
        QStringLiteral("date"),
        QStringLiteral("company"),
        QStringLiteral("kind"),
        QStringLiteral("title"),
        QStringLiteral("headcount"),
        QStringLiteral("amount_usd"),
        QStringLiteral("counterparty"),
        QStringLiteral("source_url"),
        QStringLiteral("workforce_pct"),
        QStringLiteral("amount"),
        QStringLiteral("currency"),
        QStringLiteral("usd_rate"),
        QStringLiteral("notes"),
    };
    return names;
}

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

QString textCell(const QString &text)
{
    return quoteCell(neutraliseFormula(text));
}

QString optionalNumber(const std::optional<double> &v, int decimals)
{
    return v ? plainNumber(*v, decimals) : QString();
}

} // namespace

QStringList EventCsv::columns()
{
    return columnNames();
}

Result<EventCsvContents> EventCsv::read(QStringView text, const QString &fileName)
{
    auto parsed = CsvReader::parse(text, fileName);
    if (!parsed)
        return parsed.error();
    const std::vector<CsvRecord> &records = parsed.value();
    if (records.empty())
        return Error { QStringLiteral("the file is empty (no header line)"), fileName, 1 };

    std::array<int, ColumnCount> index;
    index.fill(-1);
    const CsvRecord &header = records.front();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        const int col = int(columnNames().indexOf(name));
        if (col >= 0 && index[col] < 0)
            index[col] = i;
    }
    QStringList missing;
    for (Column required : { Date, CompanyCol, Kind }) {
        if (index[required] < 0)
            missing << columnNames()[required];
    }
    if (!missing.isEmpty()) {
        return Error { QStringLiteral("the header lacks the required column(s) %1")
                           .arg(missing.join(QLatin1String(", "))),
            fileName, header.line };
    }

    EventCsvContents out;
    out.events.reserve(records.size() - 1);
    for (size_t r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records[r];
        ++out.rowsRead;
        const auto cell = [&](Column c) -> QString {
            const int i = index[c];
            return (i >= 0 && i < rec.fields.size()) ? rec.fields[i] : QString();
        };
        const auto reject = [&](Column c, const QString &why) {
            out.rejected.push_back(Error {
                QStringLiteral("column %1: %2").arg(columnNames()[c], why), fileName, rec.line });
        };

        Event e;
        auto date = FieldParsers::parseDate(cell(Date));
        if (!date) {
            reject(Date, date.error().message);
            continue;
        }
        if (!date.value()) {
            reject(Date, QStringLiteral("the date is missing"));
            continue;
        }
        e.date = date.value()->date;
        e.precision = date.value()->precision;

        e.company = unneutraliseFormula(cell(CompanyCol).trimmed());
        if (e.company.isEmpty()) {
            reject(CompanyCol, QStringLiteral("the company is missing"));
            continue;
        }
        const auto kind = eventKindFromName(cell(Kind));
        if (!kind) {
            reject(Kind,
                QStringLiteral("'%1' is not a kind (expected layoff, ai_investment, "
                               "investment, acquisition, restructuring or launch)")
                    .arg(cell(Kind).trimmed()));
            continue;
        }
        e.kind = *kind;
        e.title = unneutraliseFormula(cell(Title).trimmed());
        e.counterparty = unneutraliseFormula(cell(Counterparty).trimmed());
        e.sourceUrl = unneutraliseFormula(cell(SourceUrl).trimmed());
        e.notes = unneutraliseFormula(cell(Notes).trimmed());
        // write() neutralises the currency cell like every text cell, so undo that here too.
        e.currency = unneutraliseFormula(cell(Currency).trimmed()).toUpper();

        bool bad = false;
        const auto number = [&](Column c, std::optional<double> &into) {
            auto v = FieldParsers::parseNumber(cell(c));
            if (!v) {
                reject(c, v.error().message);
                bad = true;
            } else {
                into = v.value();
            }
        };
        auto headcount = FieldParsers::parseCount(cell(Headcount));
        if (!headcount) {
            reject(Headcount, headcount.error().message);
            continue;
        }
        e.headcount = headcount.value();
        number(WorkforcePct, e.workforcePct);
        number(Amount, e.amount);
        number(AmountUsd, e.amountUsd);
        number(UsdRate, e.usdRate);
        if (bad)
            continue;
        if (e.amount && e.currency.isEmpty())
            e.currency = QStringLiteral("USD");
        out.events.push_back(std::move(e));
    }
    return out;
}

QByteArray EventCsv::write(const std::vector<Event> &events)
{
    QString out = columnNames().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Event &e : events) {
        QStringList cells(ColumnCount);
        cells[Date] = e.dateText();
        cells[CompanyCol] = textCell(e.company);
        cells[Kind] = eventKindName(e.kind);
        cells[Title] = textCell(e.title);
        cells[Headcount] = e.headcount ? QString::number(*e.headcount) : QString();
        cells[AmountUsd] = optionalNumber(e.amountUsd, 2);
        cells[Counterparty] = textCell(e.counterparty);
        cells[SourceUrl] = textCell(e.sourceUrl);
        cells[WorkforcePct] = optionalNumber(e.workforcePct, 4);
        cells[Amount] = optionalNumber(e.amount, 2);
        cells[Currency] = textCell(e.currency);
        // A rate keeps every significant digit: KRW→USD is 0.000803167, and rounding it would
        // change amount_usd on a round trip.
        cells[UsdRate] = e.usdRate ? QString::number(*e.usdRate, 'g', 15) : QString();
        cells[Notes] = textCell(e.notes);
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Status EventCsv::writeFile(const QString &path, const std::vector<Event> &events)
{
    return writeFileAtomically(path, write(events));
}

} // namespace techwinter
