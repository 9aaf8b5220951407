#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportTypes.h"

#include <array>
#include <optional>
#include <vector>

namespace techwinter {

/// RowMapper's step for an event file: one row → one event with its attributes, each field read
/// as the event field table says (text, count, figure, date, kind) and the mapping's options.
class EventRowMapper
{
public:
    /// `header` and `mapping` must outlive the mapper.
    EventRowMapper(const QStringList &header, const EventColumnMapping &mapping);

    /// Fills `out` from `record`; returns the reason when the row must be rejected.
    std::optional<ImportProblem> map(const CsvRecord &record, ImportedEvent &out) const;

private:
    class Row;

    void add(int column);
    std::optional<ImportProblem> readField(
        const Row &row, const EventFieldSpec &spec, Event &e) const;
    std::optional<ImportProblem> readKind(const Row &row, Event &e) const;
    std::optional<QString> readNumber(
        const EventFieldSpec &spec, const QString &cell, std::optional<double> &into) const;
    std::optional<QString> readPercent(const QString &cell, std::optional<double> &into) const;
    QString text(const QString &cell) const;
    std::optional<ImportProblem> finish(const Row &row, ImportedEvent &out) const;

    const QStringList &m_header;
    const EventColumnMapping &m_m;
    std::array<int, EventFieldCount> m_field {}; ///< column of each field; -1: not in the file
    std::vector<int> m_dates; ///< the date column, then its fallbacks
    int m_aiCategory = -1;
    std::vector<std::pair<int, QString>> m_attributes;
    std::vector<int> m_all; ///< every mapped column, for the debris check
    QStringList m_aiValues;
};

} // namespace techwinter
