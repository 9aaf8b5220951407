#pragma once

#include "Event.h"
#include "EventFields.h"
#include "ImportFormat.h"
#include "Result.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace techwinter {

/// The event fields a source column can feed: every field of the event field table.
using ImportField = EventField;
inline constexpr int ImportFieldCount = EventFieldCount;

/// The TechWinter column word for a field ("amount_usd").
inline QString importFieldName(ImportField field)
{
    return eventFieldName(field);
}
/// A human label, translatable ("Amount (USD)").
inline QString importFieldLabel(ImportField field)
{
    return eventFieldLabel(field);
}

/// How a workforce share is written: `6` for 6% (TechWinter) or `0.06` (layoffs.fyi).
enum class PercentScale : std::uint8_t {
    Percent,
    Fraction,
};

/// A source column kept with each event as a named text attribute (location, stage, round type).
struct AttributeColumn
{
    QString column; ///< header name in the source file
    QString attribute; ///< name stored with the event, e.g. "country"

    bool operator==(const AttributeColumn &) const = default;
};

/// Which source column feeds which event field, and how cells are read. Columns are named by
/// their header text (matched trimmed and case-insensitively), never by position.
struct EventColumnMapping
{
    std::array<QString, ImportFieldCount> columns; ///< empty: the field is not in the file
    /// Further date columns tried in order when the date column's cell is empty (a funding file's
    /// funded_month, funded_quarter, funded_year).
    QStringList dateFallbacks;
    /// The kind of every row when no kind column is mapped.
    EventKind defaultKind = EventKind::Layoff;
    PercentScale workforcePctScale = PercentScale::Percent;
    /// Multiplies amount and amount_usd (1e6 for a column in millions).
    double amountMultiplier = 1.0;
    /// The file states amounts in US dollars only: amount_usd also fills amount, with currency
    /// USD and usd_rate 1, as the bundled dataset records a dollar amount.
    bool amountUsdIsOriginal = false;
    /// Investment rows whose category cell is one of `aiCategoryValues` (case-insensitive) become
    /// ai_investment; every other round stays a general investment, so AI sums stay honest.
    QString aiCategoryColumn;
    QStringList aiCategoryValues;
    std::vector<AttributeColumn> attributes;

    /// TechWinter CSV: drop the apostrophe that export puts before = + - @.
    bool unneutraliseText = false;
    /// Other people's files: null tokens in text cells mean empty, mojibake is repaired.
    bool cleanForeignText = false;
    /// The source column holds a link or a description ("Internal memo"); a description is kept
    /// as the attribute "source" instead of as the event's link.
    bool sourceMustBeUrl = false;
    /// When no title column is mapped, write a short one from the figures ("Cuts 500 jobs").
    bool generateTitles = false;
    /// An amount in another currency gets amount_usd at its month's H.10 average rate, and a
    /// currency without a rate is a problem. TechWinter's own files keep their stored figures.
    bool convertCurrencies = true;

    QString &column(ImportField field) { return columns[size_t(field)]; }
    const QString &column(ImportField field) const { return columns[size_t(field)]; }

    bool operator==(const EventColumnMapping &) const = default;
};

/// A country-year series such as OWID's: one point per entity, period and value column.
struct SeriesColumnMapping
{
    QString entity; ///< "Entity": a country or an aggregate such as World
    QString entityCode; ///< "Code": ISO code; OWID_WRL and empty codes mark aggregates
    QString period; ///< "Year" (or a date column)
    QStringList values; ///< one series per value column
    /// The stored series name; empty: the value column's header. Only used with one value column.
    QString seriesName;
    QString unit;

    bool operator==(const SeriesColumnMapping &) const = default;
};

/// What an import turns rows into.
enum class ImportTarget : std::uint8_t {
    Events,
    ContextSeries,
};

/// The editable result of format detection: which format, where the header is, and how columns
/// map. The preview edits this and maps again.
struct ColumnMapping
{
    ImportFormat format = ImportFormat::Custom;
    ImportTarget target = ImportTarget::Events;
    /// Index of the header among the file's records (0 unless title lines precede it).
    int headerRecord = 0;
    EventColumnMapping events;
    SeriesColumnMapping series;

    /// Checks that every named column exists in `header` and that the required fields (date and
    /// company, or entity, period and a value) are mapped. `file`/`line` label the error.
    Status validate(const QStringList &header, const QString &file, qint64 line) const;

    bool operator==(const ColumnMapping &) const = default;
};

/// Index of the column called `name` in `header` (trimmed, case-insensitive); -1 when absent.
int findColumn(const QStringList &header, QStringView name);

} // namespace techwinter
