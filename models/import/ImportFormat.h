#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace techwinter {

/// The layouts an import recognises from a file's content and header names.
enum class ImportFormat : std::uint8_t {
    TechWinterCsv, ///< TechWinter's own CSV (the `--export-csv` layout)
    TechWinterJson, ///< TechWinter's own JSON: an array of objects keyed like the CSV columns
    LayoffsFyi, ///< a layoffs.fyi export (either snapshot layout)
    FundingRounds, ///< Crunchbase-style funding rounds
    OwidSeries, ///< an Our World in Data country-year series (a context series, not events)
    Custom, ///< a mapping the user made by hand
};

/// Stable word for a format, stored with each import batch: "techwinter-csv", "layoffs-fyi"...
QString importFormatName(ImportFormat format);
/// A human label, translatable: "layoffs.fyi export".
QString importFormatLabel(ImportFormat format);
std::optional<ImportFormat> importFormatFromName(QStringView name);

} // namespace techwinter
