// --export-pdf (issue 11's briefing) through the executable, on the bundled dataset: the pages it
// says it wrote, each of them drawn (rendered with poppler's pdftoppm), Korean fonts embedded.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QString runBriefing(const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TECHWINTER_EXECUTABLE),
        QStringList { QStringLiteral("--db"), dir.filePath(QStringLiteral("bundled.sqlite")) }
            + arguments);
    REQUIRE(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(process.exitCode() == 0);
    return err;
}

// Share of a page's pixels that are not white.
double inkShare(const QImage &page)
{
    qint64 ink = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            ink += page.pixelColor(x, y).lightness() < 235 ? 1 : 0;
    }
    return double(ink) / (double(page.width()) * page.height());
}

} // namespace

TEST_CASE("A briefing of three companies has a cover, the chart, the league table and a page "
          "each, all drawn")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("briefing.pdf"));
    const QString err = runBriefing(dir,
        { QStringLiteral("--company"), QStringLiteral("Amazon"), QStringLiteral("--company"),
            QStringLiteral("Google"), QStringLiteral("--company"), QStringLiteral("Kakao"),
            QStringLiteral("--export-pdf"), pdf });
    CHECK(err.contains(QStringLiteral("(6 pages)")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page>")
        >= 6);

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!techwinter::test::inputAvailable(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils)"))
        return;
    QProcess render;
    render.start(pdftoppm,
        { QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), pdf,
            dir.filePath(QStringLiteral("page")) });
    REQUIRE(render.waitForFinished(60000));
    REQUIRE(render.exitCode() == 0);
    const QStringList pages = QDir(dir.path()).entryList({ QStringLiteral("page-*.png") });
    REQUIRE(pages.size() == 6);
    for (const QString &name : pages) {
        const QImage page(dir.filePath(name));
        INFO(name.toStdString());
        REQUIRE(!page.isNull());
        CHECK(page.width() > page.height()); // landscape
        CHECK(inkShare(page) > 0.005);
    }
}

TEST_CASE("A Korean briefing embeds a Korean font")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("briefing-ko.pdf"));
    runBriefing(dir,
        { QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--company"),
            QStringLiteral("Kakao"), QStringLiteral("--company"), QStringLiteral("Naver"),
            QStringLiteral("--export-pdf"), pdf });
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("CJK"));
    CHECK(bytes.contains("/FontFile2"));
}
