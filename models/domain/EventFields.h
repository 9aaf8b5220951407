#pragma once

#include "Event.h"

#include <QVariant>
#include <QtGlobal>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace techwinter {

/// Every field of an event, in the order TechWinter's CSV and JSON files write them. Adding a
/// field is one enumerator here and one row in EventFields below: the files, the import mapping,
/// the item models and the SQL column lists are all built from that table.
enum class EventField : std::uint8_t {
    Date,
    Company,
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
    TitleKo,
    OtherSources,
};
inline constexpr int EventFieldCount = 15;

/// How a field's value is held in an Event and written in files.
enum class FieldType : std::uint8_t {
    Text, ///< QString, '' when unknown
    Integer, ///< std::optional<qint64>
    Number, ///< std::optional<double>
    Date, ///< QDate with its DatePrecision, written as Event::dateText()
    Kind, ///< EventKind, written as its word ("ai_investment")
};

/// What a number measures: decides how an import scales it and how a table shows it.
enum class FieldUnit : std::uint8_t {
    None,
    Usd, ///< US dollars; scaled by the mapping's amount multiplier, shown as money
    Money, ///< the original currency's units; scaled by the amount multiplier
    Percent, ///< a share of the workforce in percent (a file may write fractions)
};

/// One row of the event field table: everything the readers, writers, mapping, item models and
/// storage need to know about one field.
struct EventFieldSpec
{
    EventField field {};
    /// The CSV column and JSON key ("amount_usd"); also the storage column unless that is named.
    std::string_view name {};
    /// What the import mapping calls the field; translated in context "EventField".
    const char *label = nullptr;
    FieldType type = FieldType::Text;
    FieldUnit unit = FieldUnit::None;
    /// Number: the decimals CSV writes and an import rounds to; -1 keeps every digit (a KRW→USD
    /// rate is 0.000803167: rounding it would change amount_usd on a round trip).
    int decimals = -1;
    /// A TechWinter file without this column is refused as a whole.
    bool required = false;
    /// Text stored upper-case (a currency code).
    bool upperCase = false;

    /// The events table column; the company's is the id of its row in companies. For a date,
    /// `<column>_precision` holds its precision.
    std::string_view storageColumn {};
    /// Part of "the same event": an import skips a row equal to a stored one in these fields.
    bool identifying = false;
    /// Bound even by the insert of figure-only rows (most of a big file), and read in
    /// EventStore's hot pass: the statement for those rows leaves the other columns to defaults.
    bool hot = false;
    /// Stored as NULL, not '', when empty (text columns are otherwise NOT NULL with '').
    bool nullWhenEmpty = false;

    /// The events table's column heading, translated in context "EventField"; null: no column.
    const char *heading = nullptr;
    /// The import preview shows the column too.
    bool inPreview = false;
    /// The item-model role name ("amountUsd"); null: no role.
    const char *roleName = nullptr;

    /// Where the value lives in an Event (the one matching `type`; Date and Kind have fixed homes).
    QString Event::*text = nullptr;
    std::optional<qint64> Event::*integer = nullptr;
    std::optional<double> Event::*number = nullptr;

    constexpr std::string_view column() const
    {
        return storageColumn.empty() ? name : storageColumn;
    }
};

// clang-format off
inline constexpr std::array<EventFieldSpec, EventFieldCount> EventFields { {
    { .field = EventField::Date, .name = "date", .label = QT_TRANSLATE_NOOP("EventField", "Date"),
      .type = FieldType::Date, .required = true, .identifying = true, .hot = true,
      .heading = QT_TRANSLATE_NOOP("EventField", "Date"), .inPreview = true, .roleName = "date" },
    { .field = EventField::Company, .name = "company",
      .label = QT_TRANSLATE_NOOP("EventField", "Company"), .type = FieldType::Text,
      .required = true, .storageColumn = "company_id", .identifying = true, .hot = true,
      .heading = QT_TRANSLATE_NOOP("EventField", "Company"), .inPreview = true,
      .roleName = "company", .text = &Event::company },
    { .field = EventField::Kind, .name = "kind", .label = QT_TRANSLATE_NOOP("EventField", "Kind"),
      .type = FieldType::Kind, .required = true, .identifying = true, .hot = true,
      .heading = QT_TRANSLATE_NOOP("EventField", "Kind"), .inPreview = true, .roleName = "kind" },
    { .field = EventField::Title, .name = "title", .label = QT_TRANSLATE_NOOP("EventField", "Title"),
      .type = FieldType::Text, .identifying = true,
      .heading = QT_TRANSLATE_NOOP("EventField", "Event"), .inPreview = true, .roleName = "title",
      .text = &Event::title },
    { .field = EventField::Headcount, .name = "headcount",
      .label = QT_TRANSLATE_NOOP("EventField", "Headcount"), .type = FieldType::Integer,
      .identifying = true, .hot = true, .heading = QT_TRANSLATE_NOOP("EventField", "Jobs cut"),
      .inPreview = true, .roleName = "headcount", .integer = &Event::headcount },
    { .field = EventField::AmountUsd, .name = "amount_usd",
      .label = QT_TRANSLATE_NOOP("EventField", "Amount (USD)"), .type = FieldType::Number,
      .unit = FieldUnit::Usd, .decimals = 2, .identifying = true, .hot = true,
      .heading = QT_TRANSLATE_NOOP("EventField", "Amount (USD)"), .inPreview = true,
      .roleName = "amountUsd", .number = &Event::amountUsd },
    { .field = EventField::Counterparty, .name = "counterparty",
      .label = QT_TRANSLATE_NOOP("EventField", "Counterparty"), .type = FieldType::Text,
      .identifying = true, .heading = QT_TRANSLATE_NOOP("EventField", "Counterparty"),
      .inPreview = true, .roleName = "counterparty", .text = &Event::counterparty },
    { .field = EventField::SourceUrl, .name = "source_url",
      .label = QT_TRANSLATE_NOOP("EventField", "Source link"), .type = FieldType::Text,
      .heading = QT_TRANSLATE_NOOP("EventField", "Source"), .roleName = "sourceUrl",
      .text = &Event::sourceUrl },
    { .field = EventField::WorkforcePct, .name = "workforce_pct",
      .label = QT_TRANSLATE_NOOP("EventField", "Share of workforce"), .type = FieldType::Number,
      .unit = FieldUnit::Percent, .decimals = 4, .identifying = true,
      .number = &Event::workforcePct },
    { .field = EventField::Amount, .name = "amount",
      .label = QT_TRANSLATE_NOOP("EventField", "Amount (original currency)"),
      .type = FieldType::Number, .unit = FieldUnit::Money, .decimals = 2, .identifying = true,
      .number = &Event::amount },
    { .field = EventField::Currency, .name = "currency",
      .label = QT_TRANSLATE_NOOP("EventField", "Currency"), .type = FieldType::Text,
      .upperCase = true, .nullWhenEmpty = true, .text = &Event::currency },
    { .field = EventField::UsdRate, .name = "usd_rate",
      .label = QT_TRANSLATE_NOOP("EventField", "USD rate"), .type = FieldType::Number,
      .number = &Event::usdRate },
    { .field = EventField::Notes, .name = "notes", .label = QT_TRANSLATE_NOOP("EventField", "Notes"),
      .type = FieldType::Text, .roleName = "notes", .text = &Event::notes },
    { .field = EventField::TitleKo, .name = "title_ko",
      .label = QT_TRANSLATE_NOOP("EventField", "Title (Korean)"), .type = FieldType::Text,
      .roleName = "titleKo", .text = &Event::titleKo },
    { .field = EventField::OtherSources, .name = "other_sources",
      .label = QT_TRANSLATE_NOOP("EventField", "Other sources"), .type = FieldType::Text,
      .roleName = "otherSources", .text = &Event::otherSources },
} };
// clang-format on

constexpr const EventFieldSpec &eventField(EventField field)
{
    return EventFields[size_t(field)];
}

/// The CSV column and JSON key of a field, as text ("amount_usd").
QString eventFieldName(EventField field);
/// Every field's name, in file order.
QStringList eventFieldNames();
/// What the import mapping calls the field, translated ("Amount (USD)").
QString eventFieldLabel(EventField field);
/// The events table's heading for the field, translated ("Jobs cut"); empty when it has none.
QString eventFieldHeading(EventField field);

/// The field's value in `e`, unformatted: a QString, a qint64, a double, a QDate or the kind
/// word; a null QVariant when a figure is unknown.
QVariant eventFieldValue(const Event &e, EventField field);

/// The columns of an item model that shows fields, in file order: the events table, or the import
/// preview (whose first column is the file line, before the fields).
enum class FieldColumns : std::uint8_t {
    EventTable,
    ImportPreview,
};

constexpr bool hasColumn(const EventFieldSpec &spec, FieldColumns columns)
{
    return spec.heading && (columns == FieldColumns::EventTable || spec.inPreview);
}

/// How many field columns the model has.
constexpr int fieldColumnCount(FieldColumns columns)
{
    int count = 0;
    for (const EventFieldSpec &spec : EventFields)
        count += hasColumn(spec, columns) ? 1 : 0;
    return count;
}

/// The field column `field` is shown in, counting field columns only; -1 when not shown.
constexpr int fieldColumn(FieldColumns columns, EventField field)
{
    int column = 0;
    for (const EventFieldSpec &spec : EventFields) {
        if (spec.field == field)
            return hasColumn(spec, columns) ? column : -1;
        column += hasColumn(spec, columns) ? 1 : 0;
    }
    return -1;
}

/// The field shown in field column `column` (0-based among field columns); nullopt when none.
constexpr std::optional<EventField> fieldAtColumn(FieldColumns columns, int column)
{
    for (const EventFieldSpec &spec : EventFields) {
        if (hasColumn(spec, columns) && column-- == 0)
            return spec.field;
    }
    return std::nullopt;
}

static_assert(
    [] {
        for (int i = 0; i < EventFieldCount; ++i) {
            if (int(EventFields[size_t(i)].field) != i)
                return false;
        }
        return true;
    }(),
    "EventFields lists every EventField once, in enum order");

} // namespace techwinter
