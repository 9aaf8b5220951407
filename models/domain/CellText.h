#pragma once

#include <QString>
#include <QStringView>

namespace techwinter {

/// A number the way exports write it: plain digits, no exponent, no thousands separator, no
/// trailing zeros.
QString plainNumber(double value, int maxDecimals = 2);

/// True when a spreadsheet would run `text` as a formula (it starts with = + - @).
bool isFormulaStart(QStringView text);

/// Text for a CSV cell that no spreadsheet runs as a formula: a leading apostrophe where needed.
QString neutraliseFormula(const QString &text);

/// Undoes neutraliseFormula(): "'=SUM(1)" was written for "=SUM(1)"; other text is unchanged.
QString unneutraliseFormula(const QString &cell);

} // namespace techwinter
