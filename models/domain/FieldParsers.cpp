#include "FieldParsers.h"

#include <QStringDecoder>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace techwinter::FieldParsers {

namespace {

// Whether `text` is one of `words`, ignoring case.
template<size_t N> bool isOneOf(QStringView text, const QStringView (&words)[N])
{
    return std::any_of(std::begin(words), std::end(words),
        [&](QStringView word) { return text.compare(word, Qt::CaseInsensitive) == 0; });
}

} // namespace

bool isNullToken(QStringView cell)
{
    const QStringView t = cell.trimmed();
    // "nan" is what pandas writes for a missing value; the dashes are en and em dashes.
    static const QStringView tokens[] = { u"null", u"-", u"--", u"\u2013", u"\u2014", u"n/a", u"na",
        u"n.a.", u"nan", u"undisclosed", u"unknown", u"none" };
    return t.isEmpty() || isOneOf(t, tokens);
}

bool isSpreadsheetError(QStringView cell)
{
    const QStringView t = cell.trimmed();
    static const QStringView errors[] = { u"#NAME?", u"#VALUE!", u"#REF!", u"#DIV/0!", u"#N/A",
        u"#NUM!", u"#NULL!", u"#SPILL!", u"#CALC!", u"#FIELD!", u"#GETTING_DATA" };
    return t.startsWith(QLatin1Char('#')) && isOneOf(t, errors);
}

namespace {

// Reads exactly `digits` ASCII digits at `pos`; -1 when they are not there.
int readDigits(QStringView s, qsizetype pos, int digits)
{
    if (pos < 0 || pos + digits > s.size())
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

// Reads one or two ASCII digits at `pos` up to a non-digit; -1 when there are none or more.
int readShortNumber(QStringView s, qsizetype &pos)
{
    int value = 0;
    int digits = 0;
    while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 128 && digits < 3) {
        value = value * 10 + (s[pos].unicode() - '0');
        ++digits;
        ++pos;
    }
    return (digits == 1 || digits == 2) ? value : -1;
}

std::optional<ParsedDate> day(int year, int month, int dayOfMonth)
{
    const QDate date(year, month, dayOfMonth);
    if (year < 1 || month < 1 || month > 12 || dayOfMonth < 1 || !date.isValid())
        return std::nullopt;
    return ParsedDate { date, DatePrecision::Day };
}

// "HH:MM", "HH:MM:SS", optionally with fractions and a zone; only checked, never used, because an
// event's day is the day written in the file.
bool isTimeOfDay(QStringView t)
{
    const int hour = readDigits(t, 0, 2);
    const int minute = readDigits(t, 3, 2);
    if (hour < 0 || hour > 23 || t.size() < 5 || t[2] != QLatin1Char(':') || minute < 0
        || minute > 59)
        return false;
    QStringView rest = t.mid(5);
    if (rest.startsWith(QLatin1Char(':'))) {
        const int second = readDigits(rest, 1, 2);
        if (second < 0 || second > 60)
            return false;
        rest = rest.mid(3);
    }
    if (rest.startsWith(QLatin1Char('.'))) {
        qsizetype i = 1;
        while (i < rest.size() && rest[i].isDigit())
            ++i;
        if (i == 1)
            return false;
        rest = rest.mid(i);
    }
    if (rest.isEmpty() || rest == QLatin1String("Z"))
        return true;
    return (rest.front() == QLatin1Char('+') || rest.front() == QLatin1Char('-'))
        && (rest.size() == 6 || rest.size() == 5 || rest.size() == 3);
}

std::optional<ParsedDate> parseIsoLike(QStringView t)
{
    const int year = readDigits(t, 0, 4);
    if (year <= 0)
        return std::nullopt;
    if (t.size() == 4)
        return ParsedDate { QDate(year, 1, 1), DatePrecision::Year };
    if (t.size() < 7 || t[4] != QLatin1Char('-'))
        return std::nullopt;
    if (t[5] == QLatin1Char('Q') || t[5] == QLatin1Char('q')) {
        const int quarter = readDigits(t, 6, 1);
        if (t.size() != 7 || quarter < 1 || quarter > 4)
            return std::nullopt;
        return ParsedDate { QDate(year, (quarter - 1) * 3 + 1, 1), DatePrecision::Month };
    }
    const int month = readDigits(t, 5, 2);
    if (month < 1 || month > 12)
        return std::nullopt;
    if (t.size() == 7)
        return ParsedDate { QDate(year, month, 1), DatePrecision::Month };
    if (t.size() < 10 || t[7] != QLatin1Char('-'))
        return std::nullopt;
    const int dayOfMonth = readDigits(t, 8, 2);
    if (t.size() > 10) {
        const QChar separator = t[10];
        if ((separator != QLatin1Char(' ') && separator != QLatin1Char('T'))
            || !isTimeOfDay(t.mid(11)))
            return std::nullopt;
    }
    return day(year, month, dayOfMonth);
}

// M/D/YYYY as layoffs.fyi and US spreadsheets write it (no zero padding needed). D/M/YYYY is not
// guessed at: a day above 12 in the first place is an error rather than a silent swap.
std::optional<ParsedDate> parseUsDate(QStringView t)
{
    qsizetype pos = 0;
    const int month = readShortNumber(t, pos);
    if (month < 0 || pos >= t.size() || t[pos] != QLatin1Char('/'))
        return std::nullopt;
    ++pos;
    const int dayOfMonth = readShortNumber(t, pos);
    if (dayOfMonth < 0 || pos >= t.size() || t[pos] != QLatin1Char('/'))
        return std::nullopt;
    ++pos;
    const int year = readDigits(t, pos, 4);
    if (year < 0 || pos + 4 != t.size())
        return std::nullopt;
    return day(year, month, dayOfMonth);
}

} // namespace

Result<std::optional<ParsedDate>> parseDate(QStringView cell)
{
    const QStringView t = cell.trimmed();
    if (isNullToken(t))
        return std::optional<ParsedDate> {};
    std::optional<ParsedDate> parsed
        = t.contains(QLatin1Char('/')) ? parseUsDate(t) : parseIsoLike(t);
    if (!parsed) {
        return Error { QCoreApplication::translate("FieldParsers",
            "'%1' is not a date (expected YYYY-MM-DD, M/D/YYYY, YYYY-MM, "
            "YYYY-Qn or YYYY)")
                           .arg(t.toString()) };
    }
    return parsed;
}

namespace {

// True when `digits` (no sign, no decimals) uses commas only as thousands separators: 1,234,567.
bool hasValidGrouping(QStringView integerPart)
{
    const auto groups = integerPart.split(QLatin1Char(','));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype n = groups[i].size();
        if (i == 0 ? (n < 1 || n > 3) : n != 3)
            return false;
    }
    return true;
}

} // namespace

Result<std::optional<double>> parseNumber(QStringView cell)
{
    const QStringView t = cell.trimmed();
    if (isNullToken(t))
        return std::optional<double> {};
    const auto bad = [&] {
        return Error {
            QCoreApplication::translate("FieldParsers", "'%1' is not a number").arg(t.toString())
        };
    };
    QStringView s = t;
    QString sign;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        sign = s.front();
        s = s.mid(1);
    }
    // A dollar sign in an amount column says nothing the column does not already say.
    if (s.startsWith(QLatin1Char('$')))
        s = s.mid(1);
    if (s.contains(QLatin1Char(','))) {
        const qsizetype dot = s.indexOf(QLatin1Char('.'));
        const QStringView integerPart = dot < 0 ? s : s.left(dot);
        if (!hasValidGrouping(integerPart) || (dot >= 0 && s.mid(dot).contains(QLatin1Char(','))))
            return bad();
    }
    QString cleaned = sign;
    cleaned.reserve(s.size() + 1);
    for (QChar c : s) {
        if (c != QLatin1Char(',') && c != QLatin1Char('_') && c != QLatin1Char(' ')
            && c != QChar(0x00A0))
            cleaned.append(c);
    }
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return bad();
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
        return Error { QCoreApplication::translate("FieldParsers", "'%1' is not a whole count")
                           .arg(cell.trimmed().toString()) };
    return std::optional<qint64> { static_cast<qint64>(v) };
}

QString repairMojibake(const QString &text)
{
    bool hasHigh = false;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            hasHigh = true;
            break;
        }
    }
    if (!hasHigh)
        return text;
    // Every character must be one Windows-1252 byte, and those bytes must be valid UTF-8 that is
    // not plain ASCII; ordinary accented text ("Ualá", "Ångström") fails that test and stays.
    QByteArray bytes;
    bytes.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x100) {
            bytes.append(char(u));
            continue;
        }
        // The Windows-1252 letters outside Latin-1 (0x80-0x9F), e.g. „ ™ ’ €.
        static const char16_t high[32]
            = { 0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                  0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                  0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178 };
        int found = -1;
        for (int i = 0; i < 32; ++i) {
            if (high[i] == u) {
                found = i;
                break;
            }
        }
        if (found < 0)
            return text;
        bytes.append(char(0x80 + found));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString repaired = utf8.decode(bytes);
    if (utf8.hasError() || repaired == text)
        return text;
    return repaired;
}

} // namespace techwinter::FieldParsers
