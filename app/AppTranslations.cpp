#include "AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace techwinter {

AppTranslations::AppTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_app.load(
            locale, QStringLiteral("techwinter"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_app);
}

AppTranslations::~AppTranslations()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

std::optional<QLocale> AppTranslations::requestedLocale(const QStringList &arguments)
{
    QString value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (argument.startsWith(QLatin1String("--lang=")))
            value = argument.mid(7);
    }
    value = value.trimmed().toLower();
    if (value == QLatin1String("ko"))
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    if (value == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return std::nullopt;
}

} // namespace techwinter
