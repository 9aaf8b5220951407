#pragma once

#include "Result.h"
#include "TimelineChart.h"

#include <QImage>
#include <QMap>
#include <QPainter>
#include <QSize>

#include <optional>

namespace techwinter {

/// How an exported chart is laid out.
struct ChartExportOptions
{
    QSize pixelSize { 1600, 900 }; ///< the layout size, in device-independent pixels
    /// Device pixel ratio: 2 draws the same layout with twice the pixels each way (1600×900 →
    /// 3200×1800), for slides and print.
    qreal scale = 1;
    bool transparent = false;
    bool darkTheme = false; ///< light text (and, when opaque, a dark background) for dark slides
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

    /// Draws the chart, laid out for `target`'s size, into `target` of `painter` (vector on a
    /// PDF or SVG device): for pages that hold a chart among other things.
    static void paint(QPainter &painter, const QRectF &target, const TimelineChartContent &content,
        const TimelineChartOptions &chartOptions, const ChartExportOptions &options);

    /// Font size that keeps labels readable at a given layout height.
    static int baseFontPixelsFor(const QSizeF &logicalSize);

    /// The PNG text chunks for `metadata`: tEXt where key and text are Latin-1, uncompressed
    /// iTXt (UTF-8) otherwise, so every reader lists them and nothing is cut.
    static QByteArray pngTextChunks(const QMap<QString, QString> &metadata);
    /// Inserts `chunks` into the PNG `png` right after its IHDR chunk.
    static QByteArray insertPngChunks(const QByteArray &png, const QByteArray &chunks);
};

} // namespace techwinter
