#pragma once

#include "Result.h"
#include "TimelineChart.h"

#include <QImage>
#include <QMap>
#include <QSize>

#include <optional>

namespace techwinter {

/// How an exported chart is laid out.
struct ChartExportOptions
{
    QSize pixelSize { 1600, 900 }; ///< the image's size in pixels
    qreal scale = 1; ///< 2 lays the chart out at half the size and draws it twice as sharp
    bool transparent = false;
    std::optional<std::pair<double, double>> timeRange; ///< the zoom to keep; none = whole range
};

/// Renders a TimelineChart laid out afresh for the requested size (never an upscaled grab of the
/// widget), and writes it as PNG or SVG atomically. Metadata becomes PNG text chunks / SVG title
/// and description.
class ChartExporter
{
public:
    static QImage render(const TimelineChartContent &content,
        const TimelineChartOptions &chartOptions, const ChartExportOptions &options);

    static Status writePng(const QString &path, const TimelineChartContent &content,
        const TimelineChartOptions &chartOptions, const ChartExportOptions &options,
        const QMap<QString, QString> &metadata);

    static Status writeSvg(const QString &path, const TimelineChartContent &content,
        const TimelineChartOptions &chartOptions, const ChartExportOptions &options,
        const QMap<QString, QString> &metadata);

    /// Font size that keeps labels readable at a given layout height.
    static int baseFontPixelsFor(const QSizeF &logicalSize);
};

} // namespace techwinter
