// The Korean translation covers every string the app shows (lupdate files each under its context).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

const QString sourceDir = QStringLiteral(TECHWINTER_FIXTURES "/../..");
const QString koreanTs = sourceDir + QStringLiteral("/resources/translations/techwinter_ko.ts");

struct TsEntries
{
    int messages = 0;
    QStringList unfinished; ///< "context: source" of each entry without a finished translation
    QString error;
};

TsEntries readTs(const QString &path)
{
    TsEntries entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        entries.error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++entries.messages;
            const bool open
                = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (open || text.trimmed().isEmpty())
                entries.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    if (xml.hasError())
        entries.error
            = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return entries;
}

} // namespace

TEST_CASE("The Korean translation has no unfinished or empty entries")
{
    const TsEntries entries = readTs(koreanTs);
    INFO(entries.error.toStdString());
    REQUIRE(entries.error.isEmpty());
    INFO(entries.unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(entries.unfinished.isEmpty());
    CHECK(entries.messages > 200);
}

TEST_CASE("Every translatable string in the sources is in the Korean translation")
{
    // lupdate over a copy of the .ts adds what the sources have and the .ts lacks, unfinished:
    // a tr() someone added without refreshing the translation fails here, not in front of users.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("techwinter_ko.ts"));
    REQUIRE(QFile::copy(koreanTs, copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir);
    lupdate.start(QStringLiteral(TECHWINTER_LUPDATE),
        { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("ui"), QStringLiteral("models"), QStringLiteral("app"),
            QStringLiteral("-ts"), copy });
    REQUIRE(lupdate.waitForFinished(60000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    const TsEntries entries = readTs(copy);
    REQUIRE(entries.error.isEmpty());
    INFO(entries.unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(entries.unfinished.isEmpty());
    CHECK(entries.messages == readTs(koreanTs).messages);
}

TEST_CASE("Korean sentences choose their particles instead of hedging with both forms")
{
    QFile file(
        QStringLiteral(TECHWINTER_FIXTURES "/../../resources/translations/techwinter_ko.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList hedged;
    const QStringList forms { QStringLiteral("(으)"), QStringLiteral("은(는)"),
        QStringLiteral("는(은)"), QStringLiteral("이(가)"), QStringLiteral("가(이)"),
        QStringLiteral("을(를)"), QStringLiteral("를(을)"), QStringLiteral("(이)") };
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement() || xml.name() != QLatin1String("translation"))
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        for (const QString &form : forms) {
            if (text.contains(form))
                hedged << text;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    INFO(hedged.join(QLatin1Char('\n')).toStdString());
    CHECK(hedged.isEmpty());
}
