#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <optional>

namespace techwinter {

/// Installs Qt's and TechWinter's translations for one language while it lives.
class AppTranslations
{
public:
    /// Needs a QCoreApplication; sets `locale` as the default so numbers and dates follow it.
    explicit AppTranslations(const QLocale &locale);
    ~AppTranslations();
    AppTranslations(const AppTranslations &) = delete;
    AppTranslations &operator=(const AppTranslations &) = delete;

    /// The language `--lang` names in `arguments` (ko or en), or nullopt when absent or unknown;
    /// read before the options are parsed, so their help and errors can already be translated.
    static std::optional<QLocale> requestedLocale(const QStringList &arguments);

private:
    QTranslator m_qt;
    QTranslator m_app;
};

} // namespace techwinter
