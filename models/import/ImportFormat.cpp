#include "ImportFormat.h"

#include <QCoreApplication>

#include <array>

namespace techwinter {

namespace {
constexpr std::array allFormats { ImportFormat::TechWinterCsv, ImportFormat::TechWinterJson,
    ImportFormat::LayoffsFyi, ImportFormat::FundingRounds, ImportFormat::OwidSeries,
    ImportFormat::Custom };
} // namespace

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::TechWinterCsv:
        return QStringLiteral("techwinter-csv");
    case ImportFormat::TechWinterJson:
        return QStringLiteral("techwinter-json");
    case ImportFormat::LayoffsFyi:
        return QStringLiteral("layoffs-fyi");
    case ImportFormat::FundingRounds:
        return QStringLiteral("funding-rounds");
    case ImportFormat::OwidSeries:
        return QStringLiteral("owid-series");
    case ImportFormat::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

QString importFormatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::TechWinterCsv:
        return QCoreApplication::translate("ImportFormat", "TechWinter CSV");
    case ImportFormat::TechWinterJson:
        return QCoreApplication::translate("ImportFormat", "TechWinter JSON");
    case ImportFormat::LayoffsFyi:
        return QCoreApplication::translate("ImportFormat", "layoffs.fyi export");
    case ImportFormat::FundingRounds:
        return QCoreApplication::translate("ImportFormat", "Funding rounds (Crunchbase style)");
    case ImportFormat::OwidSeries:
        return QCoreApplication::translate("ImportFormat", "Our World in Data series");
    case ImportFormat::Custom:
        return QCoreApplication::translate("ImportFormat", "Custom column mapping");
    }
    return {};
}

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    for (ImportFormat format : allFormats) {
        if (name.trimmed().compare(importFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

} // namespace techwinter
