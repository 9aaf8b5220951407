#include "ChartExporter.h"

#include "AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <array>
#include <cmath>
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
        chartOptions.darkTheme = options.darkTheme;
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
    return QSizeF(options.pixelSize);
}

qreal scaleOf(const ChartExportOptions &options)
{
    return options.scale > 0 ? options.scale : 1;
}

QSize devicePixels(const ChartExportOptions &options)
{
    return (QSizeF(options.pixelSize) * scaleOf(options)).toSize();
}

// PNG's CRC-32 (ISO 3309), over the chunk type and data.
quint32 pngCrc(const QByteArray &bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    out.append(char(value >> 24))
        .append(char(value >> 16))
        .append(char(value >> 8))
        .append(char(value));
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray typed = QByteArray(type) + data;
    QByteArray chunk;
    appendBigEndian(chunk, quint32(data.size()));
    chunk += typed;
    appendBigEndian(chunk, pngCrc(typed));
    return chunk;
}

bool isLatin1(const QString &text)
{
    for (QChar c : text) {
        // tEXt is Latin-1 without control characters other than newline.
        if (c.unicode() > 0xFF || (c.unicode() < 0x20 && c != QLatin1Char('\n'))
            || (c.unicode() >= 0x7F && c.unicode() < 0xA0))
            return false;
    }
    return true;
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
    // The layout is the requested size; a scale of 2 gives it twice the pixels each way.
    QImage image(devicePixels(options), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scaleOf(options));
    // 96 dpi at 1×, 192 at 2×: viewers that read pHYs show a 2× image at the 1× size.
    image.setDotsPerMeterX(int(std::lround(3780 * scaleOf(options))));
    image.setDotsPerMeterY(int(std::lround(3780 * scaleOf(options))));
    image.fill(options.transparent ? QColor(Qt::transparent)
            : options.darkTheme    ? QColor(0x1E, 0x1E, 0x1E)
                                   : QColor(Qt::white));
    QPainter painter(&image);
    painter.setRenderHints(
        QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    staged.scene.render(&painter, QRectF(QPointF(0, 0), logical), QRectF(QPointF(0, 0), logical));
    painter.end();
    return image;
}

void ChartExporter::paint(QPainter &painter, const QRectF &target,
    const TimelineChartContent &content, const TimelineChartOptions &chartOptions,
    const ChartExportOptions &options)
{
    const QSizeF logical = target.size();
    StagedChart staged(content, chartOptions, options, logical);
    staged.scene.render(&painter, target, QRectF(QPointF(0, 0), logical));
}

Status ChartExporter::writePng(const QString &path, const TimelineChartContent &content,
    const TimelineChartOptions &chartOptions, const ChartExportOptions &options,
    const QMap<QString, QString> &metadata)
{
    if (auto ok = checkSize(options, path); !ok)
        return ok;
    const QImage image = render(content, chartOptions, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return Error { QStringLiteral("cannot encode PNG: %1").arg(writer.errorString()), path };
    // Qt compresses long text (zTXt/compressed iTXt), which many readers do not list: write the
    // chunks ourselves.
    return writeFileAtomically(path, insertPngChunks(buffer.data(), pngTextChunks(metadata)));
}

QByteArray ChartExporter::pngTextChunks(const QMap<QString, QString> &metadata)
{
    QByteArray chunks;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        const QString key = it.key().left(79);
        if (key.isEmpty() || !isLatin1(key))
            continue;
        if (isLatin1(it.value())) {
            chunks += pngChunk("tEXt", key.toLatin1() + '\0' + it.value().toLatin1());
        } else {
            // keyword, 0, compression flag 0 (none), method 0, empty language, 0, empty
            // translated keyword, 0, UTF-8 text.
            QByteArray data = key.toLatin1();
            data.append('\0').append('\0').append('\0').append('\0').append('\0');
            data += it.value().toUtf8();
            chunks += pngChunk("iTXt", data);
        }
    }
    return chunks;
}

QByteArray ChartExporter::insertPngChunks(const QByteArray &png, const QByteArray &chunks)
{
    // Signature (8 bytes), then IHDR: length (4), type (4), 13 bytes of data, CRC (4).
    constexpr qsizetype afterHeader = 8 + 4 + 4 + 13 + 4;
    if (png.size() < afterHeader || png.mid(12, 4) != "IHDR")
        return png;
    return png.left(afterHeader) + chunks + png.mid(afterHeader);
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
    generator.setSize(devicePixels(options));
    generator.setViewBox(QRectF(QPointF(0, 0), logical));
    generator.setTitle(content.title.toHtmlEscaped());
    QStringList description;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        description << QStringLiteral("%1: %2").arg(it.key(), it.value()).toHtmlEscaped();
    generator.setDescription(description.join(QLatin1Char('\n')));
    QPainter painter(&generator);
    if (!options.transparent && options.darkTheme)
        painter.fillRect(QRectF(QPointF(0, 0), logical), QColor(0x1E, 0x1E, 0x1E));
    staged.scene.render(&painter, QRectF(QPointF(0, 0), logical), QRectF(QPointF(0, 0), logical));
    painter.end();
    return writeFileAtomically(path, buffer.data());
}

} // namespace techwinter
