#pragma once

#include "Event.h"
#include "MoneyConverter.h"
#include "Result.h"

#include <QStringList>

#include <vector>

class QIODevice;

namespace techwinter {

/// What reading a TechWinter CSV produced: the good rows and, per bad row, why it was rejected.
struct EventCsvContents
{
    std::vector<Event> events;
    std::vector<Error> rejected;
    qint64 rowsRead = 0;
};

/// TechWinter's own CSV layout (the bundled dataset and `--export-csv`), mapped by header name.
class EventCsv
{
public:
    /// Column names in the order exports write them: the event field table's names.
    static QStringList columns();

    /// Reads text in this layout through the import pipeline (CsvReader, the TechWinter mapping,
    /// RowMapper), as every import does; fails as a whole only when the header or the CSV
    /// structure is unusable. Columns may come in any order; the event field table's required
    /// ones (date, company, kind) must be there.
    static Result<EventCsvContents> read(QStringView text, const QString &fileName);

    /// Writes events with a header. Text cells that a spreadsheet would run as a formula
    /// (leading = + - @) get a leading apostrophe, which read() removes again.
    static QByteArray write(const std::vector<Event> &events, const MoneySettings &money = {});

    /// Writes events to `path` atomically: either the whole file appears or nothing changes.
    static Status writeFile(
        const QString &path, const std::vector<Event> &events, const MoneySettings &money = {});
};

} // namespace techwinter
