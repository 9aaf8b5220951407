#pragma once

#include "ColumnMapping.h"
#include "Result.h"
#include "SourceTable.h"

#include <optional>

namespace techwinter {

/// Second step of an import: recognises a file's layout from its header names (never from
/// column positions) and proposes the column mapping, which the preview may then edit. Pure.
class FormatDetector
{
public:
    /// Looks for a known header among the first records (title lines may precede it). An Error
    /// naming the file and line when no header is recognisable.
    static Result<ColumnMapping> detect(const SourceTable &table);

    /// The mapping for `header` when it is a layout TechWinter knows; `json` tells TechWinter's
    /// JSON from its CSV.
    static std::optional<ColumnMapping> mappingForHeader(const QStringList &header, bool json);

    /// TechWinter's own layout: every field of the event field table whose name `header` has.
    static ColumnMapping techWinterMapping(const QStringList &header, bool json);

    /// How many records are searched for the header.
    static constexpr int headerSearchDepth = 20;
};

} // namespace techwinter
