// The Korean translation covers every string the app shows (lupdate files each under its context).
#include <QFile>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

TEST_CASE("The Korean translation has no unfinished or empty entries")
{
    QFile file(
        QStringLiteral(TECHWINTER_FIXTURES "/../../resources/translations/techwinter_ko.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString context, source;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool open
                = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (open || text.trimmed().isEmpty())
                unfinished << context + QStringLiteral(": ") + source;
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    INFO(unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(unfinished.isEmpty());
    CHECK(messages > 200);
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
