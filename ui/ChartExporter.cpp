#include "ChartExporter.h"

#include "AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <memory>

namespace techwinter {

namespace {

// A chart in its own scene, laid out at `logical` size.
struct StagedChart
{
    QGraphicsScene scene;
    TimelineChart *chart = nullptr; // owned by the scene

    StagedChart(const TimelineChartContent &content, TimelineChartOptions chartOptions,
        const ChartExportOptions &options, QSizeF logical)
    {
        chart = new TimelineChart;
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), logical));
        chartOptions.baseFontPixels = ChartExporter::baseFontPixelsFor(logical);
        chart->setContent(content, chartOptions);
        if (options.timeRange)
            chart->setTimeRange(options.timeRange->first, options.timeRange->second);
        if (options.transparent) {
            chart->setBackgroundVisible(false);
            chart->setPlotAreaBackgroundVisible(false);
        }
        scene.setSceneRect(QRectF(QPointF(0, 0), logical));
        // Layout in QGraphicsWidget is deferred to posted events; run it before painting.
        QCoreApplication::sendPostedEvents();
        chart->layout();
        QCoreApplication::sendPostedEvents();
    }
};

QSizeF logicalSize(const ChartExportOptions &options)
{
    const qreal scale = options.scale > 0 ? options.scale : 1;
    return QSizeF(options.pixelSize) / scale;
}

Status checkSize(const ChartExportOptions &options, const QString &path)
{
    const QSize s = options.pixelSize;
    if (s.width() < 200 || s.height() < 150 || s.width() > 10000 || s.height() > 10000)
        return Error { QStringLiteral("image size %1x%2 is outside 200x150 .. 10000x10000")
                           .arg(s.width())
                           .arg(s.height()),
            path };
    return Ok {};
}

} // namespace

int ChartExporter::baseFontPixelsFor(const QSizeF &logicalSize)
{
    return std::clamp(
        int(std::min(logicalSize.height() / 52.0, logicalSize.width() / 80.0)), 10, 40);
}

QImage ChartExporter::render(const TimelineChartContent &content,
    const TimelineChartOptions &chartOptions, const ChartExportOptions &options)
{
    const QSizeF logical = logicalSize(options);
    StagedChart staged(content, chartOptions, options, logical);
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(
        QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    staged.scene.render(
        &painter, QRectF(QPointF(0, 0), QSizeF(options.pixelSize)), QRectF(QPointF(0, 0), logical));
    painter.end();
    return image;
}

Status ChartExporter::writePng(const QString &path, const TimelineChartContent &content,
    const TimelineChartOptions &chartOptions, const ChartExportOptions &options,
    const QMap<QString, QString> &metadata)
{
    if (auto ok = checkSize(options, path); !ok)
        return ok;
    QImage image = render(content, chartOptions, options);
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        image.setText(it.key(), it.value());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return Error { QStringLiteral("cannot encode PNG: %1").arg(writer.errorString()), path };
    return writeFileAtomically(path, buffer.data());
}

Status ChartExporter::writeSvg(const QString &path, const TimelineChartContent &content,
    const TimelineChartOptions &chartOptions, const ChartExportOptions &options,
    const QMap<QString, QString> &metadata)
{
    if (auto ok = checkSize(options, path); !ok)
        return ok;
    const QSizeF logical = logicalSize(options);
    StagedChart staged(content, chartOptions, options, logical);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.pixelSize);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(options.pixelSize)));
    generator.setTitle(content.title.toHtmlEscaped());
    QStringList description;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        description << QStringLiteral("%1: %2").arg(it.key(), it.value()).toHtmlEscaped();
    generator.setDescription(description.join(QLatin1Char('\n')));
    QPainter painter(&generator);
    staged.scene.render(
        &painter, QRectF(QPointF(0, 0), QSizeF(options.pixelSize)), QRectF(QPointF(0, 0), logical));
    painter.end();
    return writeFileAtomically(path, buffer.data());
}

} // namespace techwinter
