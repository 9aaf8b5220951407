#pragma once

#include "EventFields.h"

#include <QString>

#include <array>
#include <cstddef>
#include <string_view>

/// The events table's SQL column lists, built from the event field table at compile time: a new
/// field is one row in EventFields, not an edit of every statement that lists the columns.
namespace techwinter::sql {

/// SQL text assembled while compiling. Every append is consteval, so only constant text (the
/// table's column names and literals) can ever go in: no value, and nothing a user typed, can
/// reach a statement this way. Values are bound as everywhere else.
class SqlText
{
public:
    consteval SqlText &operator<<(std::string_view text)
    {
        for (char c : text)
            m_chars[m_size++] = c; // past the capacity: not a constant expression, so no build
        return *this;
    }
    constexpr std::string_view view() const { return { m_chars.data(), m_size }; }
    QString toString() const { return QString::fromLatin1(m_chars.data(), qsizetype(m_size)); }

private:
    std::array<char, 1024> m_chars {};
    std::size_t m_size = 0;
};

/// The date column's companion that holds its precision ("date_precision").
inline constexpr std::string_view precisionSuffix = "_precision";

/// How many `?` a field takes in an INSERT: a date binds its precision too.
constexpr int placeholders(const EventFieldSpec &spec)
{
    return spec.type == FieldType::Date ? 2 : 1;
}

/// INSERT of one event with every field, or (`bareRow`) only the hot ones; then batch_id and
/// source_row. Placeholders follow EventFields' order.
consteval SqlText eventInsert(bool bareRow)
{
    SqlText sql;
    sql << "INSERT INTO events (";
    int values = 2;
    for (const EventFieldSpec &spec : EventFields) {
        if (bareRow && !spec.hot)
            continue;
        sql << spec.column() << ", ";
        if (spec.type == FieldType::Date)
            sql << spec.column() << precisionSuffix << ", ";
        values += placeholders(spec);
    }
    sql << "batch_id, source_row) VALUES (";
    for (int i = 0; i < values; ++i)
        sql << (i == 0 ? "?" : ",?");
    sql << ")";
    return sql;
}

/// SELECT of whole events with their company's name: e.id, then every field in EventFields'
/// order (a date followed by its precision), from `events e JOIN companies c`; `rest` (a WHERE
/// and the ORDER BY) follows.
consteval SqlText eventSelect(std::string_view rest)
{
    SqlText sql;
    sql << "SELECT e.id";
    for (const EventFieldSpec &spec : EventFields) {
        if (spec.field == EventField::Company) {
            sql << ", c.name";
            continue;
        }
        sql << ", e." << spec.column();
        if (spec.type == FieldType::Date)
            sql << ", e." << spec.column() << precisionSuffix;
    }
    sql << " FROM events e JOIN companies c ON c.id = e.company_id " << rest;
    return sql;
}

/// "Is this event stored already?": the id of an event equal in every identifying field, if one
/// exists. Placeholders follow EventFields' order (a date's precision after it); with `byId`, the
/// event's id comes first (is that one stored event equal?). IS compares an unknown figure with
/// an unknown figure as equal, as wanted.
consteval SqlText duplicateLookup(bool byId = false)
{
    SqlText sql;
    sql << "SELECT id FROM events WHERE " << (byId ? "id = ? AND " : "");
    bool first = true;
    for (const EventFieldSpec &spec : EventFields) {
        if (!spec.identifying)
            continue;
        sql << (first ? "" : " AND ") << spec.column();
        first = false;
        if (spec.type == FieldType::Date)
            sql << " = ? AND " << spec.column() << precisionSuffix << " = ?";
        else if (spec.type == FieldType::Integer || spec.type == FieldType::Number
            || spec.nullWhenEmpty)
            sql << " IS ?";
        else
            sql << " = ?";
    }
    sql << " LIMIT 1";
    return sql;
}

/// The condition of the partial index events_with_details (migrations 004 to 006): the row has
/// a field that EventStore's hot pass does not read. Written as the migration writes it, not
/// built from the table: SQLite uses a partial index only for a query whose condition is the
/// index's own, term for term.
inline constexpr std::string_view detailsCondition
    = "counterparty <> '' OR title <> '' OR source_url <> '' OR notes <> '' OR currency <> '' "
      "OR workforce_pct IS NOT NULL OR amount IS NOT NULL OR usd_rate IS NOT NULL "
      "OR title_ko <> '' OR other_sources <> ''";

static_assert(
    [] {
        for (const EventFieldSpec &spec : EventFields) {
            if (!spec.hot && detailsCondition.find(spec.column()) == std::string_view::npos)
                return false;
        }
        return true;
    }(),
    "every field outside the hot pass must be in the condition of events_with_details (a new "
    "one needs a migration that rebuilds that index with it, and the condition here to match)");

/// EventStore's cold pass: id, then every field that is not hot (EventFields' order), of the rows
/// the partial index events_with_details holds, in id order.
consteval SqlText detailsSelect()
{
    SqlText sql;
    sql << "SELECT id";
    for (const EventFieldSpec &spec : EventFields) {
        if (!spec.hot)
            sql << ", " << spec.column();
    }
    sql << " FROM events WHERE " << detailsCondition << " ORDER BY id";
    return sql;
}

} // namespace techwinter::sql
