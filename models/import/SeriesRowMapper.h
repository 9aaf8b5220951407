#pragma once

#include "ColumnMapping.h"
#include "ContextSeries.h"
#include "CsvReader.h"
#include "ImportTypes.h"

#include <optional>
#include <vector>

namespace techwinter {

/// RowMapper's step for a country-year series file: one row → one point per value column.
class SeriesRowMapper
{
public:
    /// `header` must outlive the mapper.
    SeriesRowMapper(const QStringList &header, const SeriesColumnMapping &mapping);

    /// Appends the row's points to `out`; returns the reason when the row must be rejected.
    std::optional<ImportProblem> map(const CsvRecord &record, std::vector<ContextPoint> &out) const;

private:
    const QStringList &m_header;
    int m_entity = -1;
    int m_code = -1;
    int m_period = -1;
    std::vector<std::pair<int, QString>> m_values; ///< column and series name
    std::vector<int> m_all; ///< every mapped column, for the debris check
};

} // namespace techwinter
