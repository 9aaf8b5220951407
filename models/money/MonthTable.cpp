#include "MonthTable.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <limits>

static void registerMoneyResources()
{
    Q_INIT_RESOURCE(money);
}

namespace techwinter {

namespace {

constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

std::optional<YearMonth> parseMonth(const QByteArray &cell)
{
    const QList<QByteArray> parts = cell.trimmed().split('-');
    if (parts.size() != 2)
        return std::nullopt;
    bool yearOk = false;
    bool monthOk = false;
    const YearMonth month { parts[0].toInt(&yearOk), parts[1].toInt(&monthOk) };
    if (!yearOk || !monthOk || month.month < 1 || month.month > 12)
        return std::nullopt;
    return month;
}

} // namespace

QString YearMonth::text() const
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

Result<MonthTable> MonthTable::fromCsv(const QByteArray &text, const QString &fileName)
{
    MonthTable table;
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("month,"))
        return Error(
            QCoreApplication::translate("MonthTable", "The table has no \"month\" header."),
            fileName, 1);
    for (const QByteArray &name : lines.first().trimmed().split(',').mid(1))
        table.m_columns.append(QString::fromLatin1(name));
    table.m_values.resize(table.m_columns.size());
    for (qsizetype line = 1; line < lines.size(); ++line) {
        if (lines[line].trimmed().isEmpty())
            continue;
        const QList<QByteArray> cells = lines[line].trimmed().split(',');
        const std::optional<YearMonth> month = parseMonth(cells.first());
        if (!month || cells.size() != table.m_columns.size() + 1)
            return Error(QCoreApplication::translate(
                             "MonthTable", "The row cannot be read as a month and its figures."),
                fileName, line + 1);
        if (line == 1)
            table.m_first = *month;
        const qsizetype offset = month->index() - table.m_first.index();
        if (offset < 0)
            return Error(QCoreApplication::translate("MonthTable", "The months are not in order."),
                fileName, line + 1);
        for (qsizetype column = 0; column < table.m_columns.size(); ++column) {
            QList<double> &values = table.m_values[column];
            values.resize(offset + 1, unknown);
            bool ok = false;
            const double value = cells[column + 1].toDouble(&ok);
            values[offset] = ok && value > 0 ? value : unknown;
        }
    }
    return table;
}

MonthTable MonthTable::bundled(const QString &resource)
{
    static const bool registered = (registerMoneyResources(), true);
    Q_UNUSED(registered);
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<MonthTable> table = fromCsv(file.readAll(), resource);
    // The bundled tables are checked by the tests; a broken build would show no conversions.
    return table ? std::move(table).value() : MonthTable();
}

std::optional<YearMonth> MonthTable::lastMonth(const QString &column) const
{
    const qsizetype c = m_columns.indexOf(column);
    if (c < 0)
        return std::nullopt;
    const QList<double> &values = m_values[c];
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        if (!std::isnan(values[i])) {
            const int index = m_first.index() + int(i);
            return YearMonth { index / 12, index % 12 + 1 };
        }
    }
    return std::nullopt;
}

std::optional<MonthValue> MonthTable::at(const QString &column, YearMonth month) const
{
    const qsizetype c = m_columns.indexOf(column);
    const std::optional<YearMonth> last = lastMonth(column);
    if (c < 0 || !last)
        return std::nullopt;
    if (month > *last)
        return MonthValue { m_values[c][last->index() - m_first.index()], *last, true };
    const qsizetype offset = month.index() - m_first.index();
    if (offset < 0 || std::isnan(m_values[c][offset]))
        return std::nullopt;
    return MonthValue { m_values[c][offset], month, false };
}

std::optional<MonthValue> MonthTable::yearAverage(const QString &column, int year) const
{
    const std::optional<YearMonth> last = lastMonth(column);
    if (!last)
        return std::nullopt;
    const bool beyond = year > last->year;
    const int asked = beyond ? last->year : year;
    double sum = 0;
    int count = 0;
    for (int month = 1; month <= 12; ++month) {
        if (const std::optional<MonthValue> value = at(column, { asked, month });
            value && !value->extrapolated) {
            sum += value->value;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return MonthValue { sum / count, { asked, 1 }, beyond, true };
}

} // namespace techwinter
