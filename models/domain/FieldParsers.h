#pragma once

#include "Event.h"
#include "Result.h"

#include <QDate>
#include <QStringView>

#include <optional>

namespace techwinter {

/// A date read from a cell together with how precise it is.
struct ParsedDate
{
    QDate date;
    DatePrecision precision = DatePrecision::Day;
};

/// Cell-level parsers shared by every importer; an empty or null cell is "unknown" (ok, nullopt),
/// an unreadable one is an Error whose message names what was expected.
namespace FieldParsers {

/// True for cells that mean "no value": empty, NULL, -, n/a, undisclosed, unknown, nan.
bool isNullToken(QStringView cell);

/// True for the error values a spreadsheet leaves in a cell it could not compute (`#NAME?`,
/// `#VALUE!`, `#REF!`, `#N/A`...): debris, never data.
bool isSpreadsheetError(QStringView cell);

/// ISO `YYYY-MM-DD` (also with a time, `YYYY-MM-DD HH:MM:SS`, which is dropped), US `M/D/YYYY`,
/// `YYYY-MM` (month precision), `YYYY-Qn` (stored as the quarter's first month, month precision,
/// as the schema has no quarter precision) or `YYYY` (year precision).
Result<std::optional<ParsedDate>> parseDate(QStringView cell);

/// A plain number; thousands separators (`12,000`, grouped by three) and float spellings
/// (`16000.0`) accepted; `1,5` is refused rather than read as fifteen.
Result<std::optional<double>> parseNumber(QStringView cell);

/// A whole, non-negative count; `16000.0` is accepted, `12.5` is not.
Result<std::optional<qint64>> parseCount(QStringView cell);

/// Undoes the commonest mojibake: UTF-8 text that was once read as Windows-1252 or Latin-1
/// (`agÃ¡mi` becomes `agámi`, `â„¢` becomes `™`). Text that does not fit that pattern exactly is
/// returned unchanged.
QString repairMojibake(const QString &text);

} // namespace FieldParsers
} // namespace techwinter
