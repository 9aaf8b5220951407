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

/// True for cells that mean "no value": empty, NULL, -, n/a, undisclosed, unknown.
bool isNullToken(QStringView cell);

/// ISO `YYYY-MM-DD`, `YYYY-MM` (month precision) or `YYYY` (year precision).
Result<std::optional<ParsedDate>> parseDate(QStringView cell);

/// A plain number; thousands separators (`12,000`) and float spellings (`16000.0`) accepted.
Result<std::optional<double>> parseNumber(QStringView cell);

/// A whole, non-negative count; `16000.0` is accepted, `12.5` is not.
Result<std::optional<qint64>> parseCount(QStringView cell);

} // namespace FieldParsers
} // namespace techwinter
