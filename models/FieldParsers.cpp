#include "FieldParsers.h"

#include <cmath>

namespace techwinter::FieldParsers {

bool isNullToken(QStringView cell)
{
    const QStringView t = cell.trimmed();
    if (t.isEmpty())
        return true;
    static const QLatin1StringView tokens[] = {
        QLatin1StringView("null"),
        QLatin1StringView("-"),
        QLatin1StringView("n/a"),
        QLatin1StringView("na"),
        QLatin1StringView("undisclosed"),
        QLatin1StringView("unknown"),
        QLatin1StringView("none"),
    };
    for (QLatin1StringView token : tokens) {
        if (t.compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

// Reads exactly `digits` ASCII digits at `pos`; -1 when they are not there.
int readDigits(QStringView s, qsizetype pos, int digits)
{
    if (pos + digits > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const QChar c = s[pos + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

Result<std::optional<ParsedDate>> parseDate(QStringView cell)
{
    const QStringView t = cell.trimmed();
    if (isNullToken(t))
        return std::optional<ParsedDate> {};
    const auto bad = [&] {
        return Error { QStringLiteral("'%1' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)")
                           .arg(t.toString()) };
    };
    const int year = readDigits(t, 0, 4);
    if (year > 0 && t.size() == 4)
        return std::optional<ParsedDate> { ParsedDate { QDate(year, 1, 1), DatePrecision::Year } };
    if (year < 0 || t.size() < 7 || t[4] != QLatin1Char('-'))
        return bad();
    const int month = readDigits(t, 5, 2);
    if (month < 1 || month > 12)
        return bad();
    if (t.size() == 7)
        return std::optional<ParsedDate> { ParsedDate {
            QDate(year, month, 1), DatePrecision::Month } };
    if (t.size() != 10 || t[7] != QLatin1Char('-'))
        return bad();
    const int day = readDigits(t, 8, 2);
    const QDate date(year, month, day);
    if (day < 1 || !date.isValid())
        return bad();
    return std::optional<ParsedDate> { ParsedDate { date, DatePrecision::Day } };
}

Result<std::optional<double>> parseNumber(QStringView cell)
{
    const QStringView t = cell.trimmed();
    if (isNullToken(t))
        return std::optional<double> {};
    QString cleaned;
    cleaned.reserve(t.size());
    for (QChar c : t) {
        if (c != QLatin1Char(',') && c != QLatin1Char('_') && c != QLatin1Char(' '))
            cleaned.append(c);
    }
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error { QStringLiteral("'%1' is not a number").arg(t.toString()) };
    return std::optional<double> { value };
}

Result<std::optional<qint64>> parseCount(QStringView cell)
{
    auto number = parseNumber(cell);
    if (!number)
        return number.error();
    if (!number.value())
        return std::optional<qint64> {};
    const double v = *number.value();
    if (v < 0 || v != std::floor(v) || v > 9.0e15)
        return Error { QStringLiteral("'%1' is not a whole count").arg(cell.trimmed().toString()) };
    return std::optional<qint64> { static_cast<qint64>(v) };
}

} // namespace techwinter::FieldParsers
