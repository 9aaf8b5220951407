#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <cstdint>
#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace techwinter {

/// The languages the user can choose; System follows the system locale (Korean or English).
enum class LanguageChoice : std::uint8_t { System, English, Korean };

/// Installs Qt's and TechWinter's translations for one language while it lives, and swaps them
/// at run time: every widget then receives QEvent::LanguageChange and retranslates itself.
class AppTranslations
{
public:
    /// Needs a QCoreApplication; sets the choice's locale as the default so numbers, dates and
    /// company names follow it.
    explicit AppTranslations(LanguageChoice choice = LanguageChoice::System);
    ~AppTranslations();
    AppTranslations(const AppTranslations &) = delete;
    AppTranslations &operator=(const AppTranslations &) = delete;

    /// Switches the default locale first, then the translators, so that widgets retranslating on
    /// LanguageChange already see the new locale.
    void switchTo(LanguageChoice choice);
    LanguageChoice choice() const { return m_choice; }

    /// The locale a choice stands for: System is QLocale::system().
    static QLocale localeOf(LanguageChoice choice);
    /// "system", "en", "ko" (the settings' and the command line's words).
    static QString name(LanguageChoice choice);
    static std::optional<LanguageChoice> fromName(const QString &name);

    /// The language `--lang` names in `arguments` (ko or en), or nullopt when absent or unknown;
    /// read before the options are parsed, so their help and errors can already be translated.
    static std::optional<LanguageChoice> requested(const QStringList &arguments);
    /// The language the user last chose in the window ("ui/language"); System when none.
    static LanguageChoice saved(const QSettings &settings);
    static void save(QSettings &settings, LanguageChoice choice);

private:
    void install();
    void remove();

    LanguageChoice m_choice = LanguageChoice::System;
    QTranslator m_qt;
    QTranslator m_app;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
};

} // namespace techwinter
