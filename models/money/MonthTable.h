#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace techwinter {

/// A year and month, ordered; the key of every monthly table.
struct YearMonth
{
    int year = 0;
    int month = 0;

    int index() const { return year * 12 + (month - 1); }
    /// "2023-01".
    QString text() const;
    auto operator<=>(const YearMonth &) const = default;
};

/// One figure found in a monthly table: the value, the month it belongs to, and whether the asked
/// month lay beyond the table so the last known month stood in for it.
struct MonthValue
{
    double value = 0;
    YearMonth month;
    bool extrapolated = false;
    bool yearAverage = false;
};

/// A small CSV of monthly figures ("month,A,B,..."; empty cells unknown), parsed once: the
/// shared reader behind the rate and price tables.
class MonthTable
{
public:
    static Result<MonthTable> fromCsv(const QByteArray &text, const QString &fileName);
    /// Reads a compiled-in table (":/money/...").
    static MonthTable bundled(const QString &resource);

    QStringList columns() const { return m_columns; }
    bool hasColumn(const QString &column) const { return m_columns.contains(column); }
    /// The figure for `month`; after the last known month, that month's figure, flagged. Before
    /// the first known month: nothing.
    std::optional<MonthValue> at(const QString &column, YearMonth month) const;
    /// The mean of `year`'s known months; the last known year's mean beyond the table.
    std::optional<MonthValue> yearAverage(const QString &column, int year) const;
    std::optional<YearMonth> lastMonth(const QString &column) const;

private:
    QStringList m_columns;
    YearMonth m_first;
    // values[column][month index - first index]; NaN where unknown.
    QList<QList<double>> m_values;
};

} // namespace techwinter
