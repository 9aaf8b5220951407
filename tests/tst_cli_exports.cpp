// The headless chart export's options from issue 12: --theme and --scale, through the executable.
#include "SqliteStorage.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

int runExport(const QStringList &arguments, QString *err = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("XDG_DATA_HOME"),
        QDir::tempPath() + QStringLiteral("/techwinter-cli-export-test-data"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TECHWINTER_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString sampleDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
    auto repo = SqliteStorage::open(path);
    REQUIRE(repo.ok());
    REQUIRE(repo.value()->addCompanies(test::sampleCompanies()).ok());
    REQUIRE(repo.value()->addEvents(test::sampleEvents(), QStringLiteral("sample")).ok());
    return path;
}

// Opaque pixels in the top band (the title) that are light.
double lightShareOfTitle(const QImage &image)
{
    int light = 0, opaque = 0;
    for (int y = 0; y < image.height() / 14; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            ++opaque;
            light += c.lightness() > 180 ? 1 : 0;
        }
    }
    return opaque ? double(light) / opaque : 0;
}

} // namespace

TEST_CASE(
    "The theme option: dark draws light text on a transparent export, other names are refused")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString dark = dir.filePath(QStringLiteral("dark.png"));
    const QString light = dir.filePath(QStringLiteral("light.png"));
    QString err;
    REQUIRE(runExport({ QStringLiteral("--db"), db, QStringLiteral("--export-png"), dark,
                          QStringLiteral("--transparent"), QStringLiteral("--theme"),
                          QStringLiteral("dark") },
                &err)
        == 0);
    REQUIRE(
        runExport({ QStringLiteral("--db"), db, QStringLiteral("--export-png"), light,
            QStringLiteral("--transparent"), QStringLiteral("--theme"), QStringLiteral("light") })
        == 0);
    CHECK(lightShareOfTitle(QImage(dark)) > 0.8);
    CHECK(lightShareOfTitle(QImage(light)) < 0.2);
    CHECK(runExport({ QStringLiteral("--db"), db, QStringLiteral("--export-png"), light,
                        QStringLiteral("--theme"), QStringLiteral("purple") },
              &err)
        == 2);
    CHECK(err.contains(QStringLiteral("--theme")));
}

TEST_CASE("The scale option 2 exports twice the pixels each way")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString png = dir.filePath(QStringLiteral("2x.png"));
    REQUIRE(runExport({ QStringLiteral("--db"), db, QStringLiteral("--export-png"), png,
                QStringLiteral("--size"), QStringLiteral("800x450"), QStringLiteral("--scale"),
                QStringLiteral("2") })
        == 0);
    CHECK(QImage(png).size() == QSize(1600, 900));
}

TEST_CASE("The compare option exports a chart, and a wrong bar layout is refused")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString png = dir.filePath(QStringLiteral("compare.png"));
    REQUIRE(runExport({ QStringLiteral("--db"), db, QStringLiteral("--compare"),
                QStringLiteral("--compare-bars"), QStringLiteral("stacked"),
                QStringLiteral("--export-png"), png, QStringLiteral("--size"),
                QStringLiteral("800x450") })
        == 0);
    CHECK(QImage(png).size() == QSize(800, 450));
    QString err;
    CHECK(runExport({ QStringLiteral("--db"), db, QStringLiteral("--compare-bars"),
                        QStringLiteral("sideways"), QStringLiteral("--export-png"), png },
              &err)
        != 0);
    CHECK(err.contains(QStringLiteral("sideways")));
}

TEST_CASE(
    "Exports with currency KRW and real dollars gain amount_krw with its rate and amount_usd_real")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString csv = dir.filePath(QStringLiteral("krw.csv"));
    const QString json = dir.filePath(QStringLiteral("krw.json"));
    REQUIRE(runExport({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), csv,
                QStringLiteral("--export-json"), json, QStringLiteral("--currency"),
                QStringLiteral("KRW"), QStringLiteral("--real-dollars"), QStringLiteral("2025") })
        == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    CHECK(lines.first().endsWith(QStringLiteral(
        ",amount_krw,krw_per_usd,rate_month,rate_extrapolated,amount_usd_real,real_dollars_year")));
    CHECK(lines.first().contains(QStringLiteral(",amount_usd,")));
    // Microsoft's US$10 bn of 2023-01-23: × 1,243.0705 won; × 321.943 / 299.17 (CPI-U).
    const QStringList microsoft = lines.filter(QStringLiteral("2023-01-23"));
    REQUIRE(microsoft.size() == 1);
    CHECK(microsoft[0].endsWith(
        QStringLiteral(",12430705000000,1243.0705,2023-01,false,10761206003,2025")));

    QFile jsonFile(json);
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    const QString jsonText = QString::fromUtf8(jsonFile.readAll());
    CHECK(jsonText.contains(QStringLiteral("\"amount_krw\": 12430705000000")));
    CHECK(jsonText.contains(QStringLiteral("\"rate_month\": \"2023-01\"")));

    QString err;
    CHECK(runExport({ QStringLiteral("--db"), db, QStringLiteral("--export-csv"), csv,
                        QStringLiteral("--currency"), QStringLiteral("yen") },
              &err)
        != 0);
    CHECK(err.contains(QStringLiteral("--currency")));
}

TEST_CASE("The summary export writes the league table of the filtered events")
{
    QTemporaryDir dir;
    const QString db = sampleDatabase(dir);
    const QString csv = dir.filePath(QStringLiteral("summary.csv"));
    REQUIRE(runExport({ QStringLiteral("--db"), db, QStringLiteral("--export-summary"), csv,
                QStringLiteral("--to"), QStringLiteral("2023-08") })
        == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    // Microsoft's 2023-09 investment is past --to; Kakao's layoff has no headcount.
    CHECK(QString::fromUtf8(file.readAll())
        == QStringLiteral("company,jobs_cut,layoff_events,ai_usd,ai_usd_per_job_cut,acquisitions,"
                          "acquisition_usd,first_event,last_event\n"
                          "Google,12000,1,300000000,25000,0,0,2023-01-20,2023-04-20\n"
                          "Microsoft,11000,2,10000000000,909090.91,0,0,2022-11-09,2023-01-23\n"
                          "Kakao,0,1,0,,0,0,2023-03-01,2023-07-02\n"));
    QString err;
    CHECK(runExport({ QStringLiteral("--db"), db, QStringLiteral("--export-summary") }, &err) == 2);
}
