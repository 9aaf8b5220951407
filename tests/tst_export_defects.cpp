// What a new user hit in the chart exports (issue 12, items 14 to 16), each observed offscreen.
#include "ChartContent.h"
#include "ChartExporter.h"
#include "CompanyPanel.h"
#include "EventDatabase.h"
#include "EventDetailsPanel.h"
#include "EventFilter.h"
#include "EventStore.h"
#include "EventTableModel.h"
#include "EventTableView.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TimelineChartView.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateEdit>
#include <QDialog>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <catch2/catch.hpp>

using namespace techwinter;

TEST_CASE("A 2× export has twice the pixels each way and device pixel ratio 2 (issue 12, item 14)")
{
    const TimelineChartContent content = test::chartContentOf(test::sampleEvents());
    ChartExportOptions options;
    options.pixelSize = QSize(1600, 900);
    options.scale = 2;
    const QImage image = ChartExporter::render(content, {}, options);
    CHECK(image.size() == QSize(3200, 1800));
    CHECK(image.devicePixelRatio() == 2);
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("1x.png"));
    const QString two = dir.filePath(QStringLiteral("2x.png"));
    REQUIRE(ChartExporter::writePng(two, content, {}, options, {}).ok());
    options.scale = 1;
    REQUIRE(ChartExporter::writePng(one, content, {}, options, {}).ok());
    CHECK(QImage(two).size() == QSize(3200, 1800));
    CHECK(QImage(one).size() == QSize(1600, 900));
    CHECK(QImage(two).dotsPerMeterX() == 2 * QImage(one).dotsPerMeterX());
}

namespace {

// The PNG's chunks in file order: type and raw data.
std::vector<std::pair<QByteArray, QByteArray>> pngChunks(const QByteArray &png)
{
    std::vector<std::pair<QByteArray, QByteArray>> chunks;
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const auto *p = reinterpret_cast<const uchar *>(png.constData() + at);
        const qsizetype length = qsizetype(
            (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]));
        chunks.emplace_back(png.mid(at + 4, 4), png.mid(at + 8, length));
        at += 12 + length;
    }
    return chunks;
}

} // namespace

TEST_CASE("PNG text is tEXt for Latin-1, uncompressed iTXt otherwise, and the filter is in full "
          "(issue 12, item 15)")
{
    std::vector<Company> many = test::sampleCompanies();
    std::vector<Event> events = test::sampleEvents();
    for (const char *name : { "Amazon", "Meta" }) {
        Company c;
        c.name = QString::fromLatin1(name);
        many.push_back(c);
        events.push_back(
            test::makeEvent(QStringLiteral("2023-01-05"), c.name, EventKind::Layoff, 10));
    }
    auto store = std::make_shared<EventStore>(events, many);
    ViewState view;
    FilterState state;
    state.companies = std::set<int> { 0, 1, 3, 4 }; // four companies
    view.setFilter(state, *store);
    EventFilter filter;
    filter.setStore(store);
    filter.setState(view.filterFor(*store));
    const auto content = makeChartContent(
        *store, filter.state(), filter.rows(), BucketSize::Month, QStringLiteral("test"));
    const auto meta = chartMetadata(*store, view, content);
    CHECK(
        meta.value(QStringLiteral("Filter")) == QStringLiteral("Amazon, Google, Meta, Microsoft"));
    CHECK(content.title.contains(QStringLiteral("Amazon, Google, Meta, Microsoft")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meta.png"));
    REQUIRE(ChartExporter::writePng(path, content, {}, {}, meta).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray png = file.readAll();
    const auto chunks = pngChunks(png);
    REQUIRE(chunks.size() >= 3);
    CHECK(chunks.front().first == "IHDR");
    CHECK(chunks.back().first == "IEND");
    QMap<QString, QString> found;
    for (const auto &[type, data] : chunks) {
        CHECK(type != "zTXt");
        if (type == "tEXt") {
            const qsizetype nul = data.indexOf('\0');
            found.insert(
                QString::fromLatin1(data.left(nul)), QString::fromLatin1(data.mid(nul + 1)));
        } else if (type == "iTXt") {
            const qsizetype nul = data.indexOf('\0');
            CHECK(data.at(nul + 1) == 0); // not compressed
            // keyword\0 flag method language\0 translated\0 text
            const qsizetype language = data.indexOf('\0', nul + 3);
            const qsizetype translated = data.indexOf('\0', language + 1);
            found.insert(
                QString::fromLatin1(data.left(nul)), QString::fromUtf8(data.mid(translated + 1)));
        }
    }
    CHECK(
        found.value(QStringLiteral("Filter")) == QStringLiteral("Amazon, Google, Meta, Microsoft"));
    CHECK(found.value(QStringLiteral("Title")) == content.title); // has an em dash: iTXt
    CHECK(found.value(QStringLiteral("Source")) == content.footer);
    CHECK(found.value(QStringLiteral("Software")).startsWith(QStringLiteral("TechWinter")));
    // And Qt reads them back.
    CHECK(QImage(path).text(QStringLiteral("Title")) == content.title);
}

TEST_CASE("The dark theme draws light text, also on a transparent export (issue 12, item 16)")
{
    const TimelineChartContent content = test::chartContentOf(test::sampleEvents());
    ChartExportOptions options;
    options.transparent = true;
    options.darkTheme = true;
    const QImage image = ChartExporter::render(content, {}, options);
    // The title's pixels are light: find the brightest opaque pixel in the title band.
    int light = 0, dark = 0;
    for (int y = 0; y < 60; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            (c.lightness() > 180 ? light : dark) += 1;
        }
    }
    CHECK(light > 100);
    CHECK(light > dark * 3);
    // The light theme keeps dark text.
    options.darkTheme = false;
    const QImage plain = ChartExporter::render(content, {}, options);
    int plainLight = 0;
    for (int y = 0; y < 60; ++y)
        for (int x = 0; x < plain.width(); ++x)
            plainLight += plain.pixelColor(x, y).alpha() >= 200
                && plain.pixelColor(x, y).lightness() > 180;
    CHECK(plainLight < 20);
}

TEST_CASE("The title names a fifth company instead of saying “and 1 more” (issue 12, item 15)")
{
    std::vector<Company> many = test::sampleCompanies();
    std::vector<Event> events = test::sampleEvents();
    for (const char *name : { "Amazon", "Meta", "Apple", "Nvidia" }) {
        Company c;
        c.name = QString::fromLatin1(name);
        many.push_back(c);
        events.push_back(
            test::makeEvent(QStringLiteral("2023-01-05"), c.name, EventKind::Layoff, 10));
    }
    auto store = std::make_shared<EventStore>(events, many);
    EventFilter filter;
    filter.setStore(store);
    FilterState five;
    five.companies = std::set<int> { 0, 1, 3, 4, 5 };
    filter.setState(five);
    const auto named = makeChartContent(
        *store, filter.state(), filter.rows(), BucketSize::Month, QStringLiteral("test"));
    CHECK(named.title.contains(QStringLiteral("Amazon, Apple, Google, Meta, Microsoft")));
    CHECK_FALSE(named.title.contains(QStringLiteral("more")));
    FilterState six = five;
    six.companies->insert(6);
    filter.setState(six);
    const auto many6 = makeChartContent(
        *store, filter.state(), filter.rows(), BucketSize::Month, QStringLiteral("test"));
    CHECK(many6.title.contains(QStringLiteral("and 2 more")));
}
