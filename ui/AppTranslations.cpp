#include "AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace techwinter {

namespace {

const QString settingsKey = QStringLiteral("ui/language");

} // namespace

AppTranslations::AppTranslations(LanguageChoice choice)
    : m_choice(choice)
{
    QLocale::setDefault(localeOf(choice));
    install();
}

AppTranslations::~AppTranslations()
{
    remove();
}

void AppTranslations::switchTo(LanguageChoice choice)
{
    m_choice = choice;
    QLocale::setDefault(localeOf(choice));
    remove();
    install();
}

void AppTranslations::install()
{
    const QLocale locale = localeOf(m_choice);
    // Loading English finds no TechWinter file (the source strings are English) and leaves the
    // translator empty; it is then not installed.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    if (m_app.load(
            locale, QStringLiteral("techwinter"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    // A switch to English removes translators and installs none: LanguageChange must still
    // reach the widgets, as it does when a translator comes or goes.
    if (!m_qtInstalled && !m_appInstalled && QCoreApplication::instance()) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
}

void AppTranslations::remove()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

QLocale AppTranslations::localeOf(LanguageChoice choice)
{
    switch (choice) {
    case LanguageChoice::Korean:
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case LanguageChoice::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case LanguageChoice::System:
        break;
    }
    return QLocale::system();
}

QString AppTranslations::name(LanguageChoice choice)
{
    switch (choice) {
    case LanguageChoice::Korean:
        return QStringLiteral("ko");
    case LanguageChoice::English:
        return QStringLiteral("en");
    case LanguageChoice::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<LanguageChoice> AppTranslations::fromName(const QString &name)
{
    const QString word = name.trimmed().toLower();
    for (const LanguageChoice choice :
        { LanguageChoice::System, LanguageChoice::English, LanguageChoice::Korean }) {
        if (word == AppTranslations::name(choice))
            return choice;
    }
    return std::nullopt;
}

std::optional<LanguageChoice> AppTranslations::requested(const QStringList &arguments)
{
    QString value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (argument.startsWith(QLatin1String("--lang=")))
            value = argument.mid(7);
    }
    const auto choice = fromName(value);
    // The command line names a language; "system" is the settings' word only.
    return choice == LanguageChoice::System ? std::nullopt : choice;
}

LanguageChoice AppTranslations::saved(const QSettings &settings)
{
    return fromName(settings.value(settingsKey).toString()).value_or(LanguageChoice::System);
}

void AppTranslations::save(QSettings &settings, LanguageChoice choice)
{
    settings.setValue(settingsKey, name(choice));
}

} // namespace techwinter
