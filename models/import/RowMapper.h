#pragma once

#include "ColumnMapping.h"
#include "EventRowMapper.h"
#include "ImportTypes.h"
#include "Result.h"
#include "SeriesRowMapper.h"
#include "SourceTable.h"

namespace techwinter {

/// Third step of an import: a table and a column mapping → events (or context-series points) and,
/// per rejected row, a problem {line, column, reason}. A row whose date or number cannot be read
/// is rejected, never imported with the cell blanked; an empty or null cell is simply unknown.
/// Pure: no database, no widgets, safe on any thread.
class RowMapper
{
public:
    /// Maps every row after the mapping's header, or only the first `rowLimit` (a preview) when
    /// that is not negative. Fails as a whole only when the mapping does not fit the header, or
    /// when `control` cancels.
    static Result<ParsedImport> map(const SourceTable &table, const ColumnMapping &mapping,
        const ImportControl &control = {}, qint64 rowLimit = -1);

    /// A mapper for the rows under `header` (which the mapping must fit: validate() it first),
    /// record by record, for a file read in pieces (ImportStream). Keeps copies of both.
    RowMapper(QStringList header, ColumnMapping mapping);
    RowMapper(const RowMapper &) = delete;
    RowMapper &operator=(const RowMapper &) = delete;

    /// Maps one data record into `out` (its events or points, problems and counts);
    /// `unusable`, when given, is why the record cannot be a row at all.
    void mapRecord(
        const CsvRecord &record, ParsedImport &out, const QString *unusable = nullptr) const;

private:
    QStringList m_header;
    ColumnMapping m_mapping;
    EventRowMapper m_events;
    SeriesRowMapper m_series;
};

} // namespace techwinter
