#pragma once

#include "LeagueTable.h"
#include "Result.h"

#include <QByteArray>

namespace techwinter {

/// The league table as CSV (`--export-summary`): plain numbers, empty cells where a measure is
/// undefined, one row per company.
class LeagueTableCsv
{
public:
    /// The header line's cells, in the order rows are written.
    static QStringList columns();
    static QByteArray write(const std::vector<LeagueRow> &rows);
    /// Writes to `path` atomically: either the whole file appears or nothing changes.
    static Status writeFile(const QString &path, const std::vector<LeagueRow> &rows);
};

} // namespace techwinter
