#pragma once

#include "Event.h"
#include "EventCsv.h"
#include "MoneyConverter.h"
#include "Result.h"

#include <QByteArray>

#include <vector>

namespace techwinter {

/// TechWinter's JSON layout: an array with one object per event, keyed exactly like the CSV
/// columns (EventCsv::columns(), in that order); unknown numbers are null, empty text is "".
/// Numbers are plain JSON numbers in full units (never millions) with every digit kept; dates
/// are the CSV's date text.
class EventJson
{
public:
    /// One object per line, so a diff or an error's line number points at one event.
    static QByteArray write(const std::vector<Event> &events, const MoneySettings &money = {});

    /// Writes events to `path` atomically: either the whole file appears or nothing changes.
    static Status writeFile(
        const QString &path, const std::vector<Event> &events, const MoneySettings &money = {});

    /// Reads text in this layout; fails as a whole only when the text is not a JSON array. An
    /// object without a date, company or kind is a rejected row; `[]` holds no events.
    static Result<EventCsvContents> read(const QString &text, const QString &fileName);
};

} // namespace techwinter
