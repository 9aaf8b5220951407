#include "AppTranslations.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "ViewCommands.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(QStringLiteral("TechWinter"));
    QCoreApplication::setOrganizationName(QStringLiteral("TechWinter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TECHWINTER_VERSION));

    // A first parse only decides which application object to make; translators need one, so the
    // request is parsed again below with the user's language in place.
    const auto draft = techwinter::CommandLineRequest::parse(arguments);
    const bool widgets = draft && draft->needsWidgets();
    // Headless chart exports draw offscreen unless the user chose a platform.
    if (widgets && draft->isHeadless() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = widgets
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    // The user's language where we have it (Korean), else English; --lang overrides the system.
    const auto requested = techwinter::AppTranslations::requested(arguments);
    techwinter::AppTranslations translations(
        requested.value_or(techwinter::LanguageChoice::System));

    const auto request = techwinter::CommandLineRequest::parse(arguments);
    if (!request) {
        QTextStream(stderr) << "techwinter: " << request.error().toString() << '\n';
        return 2;
    }
    if (request->isHeadless())
        return techwinter::runHeadless(*request);
    // The installed desktop entry and icon carry the app id (packaging/); Wayland and docks match
    // the window to them by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(TECHWINTER_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(TECHWINTER_APP_ID)));
    const auto shown = techwinter::ViewCommands::withSavedView(*request);
    if (!shown) {
        QTextStream(stderr) << "techwinter: " << shown.error().toString() << '\n';
        return 2;
    }
    // The window speaks the language last chosen in its View menu, unless --lang says otherwise.
    if (!requested)
        translations.switchTo(techwinter::AppTranslations::saved(QSettings()));
    return techwinter::MainWindow::run(shown->database, translations,
        shown->viewGiven ? std::optional(shown->view) : std::nullopt);
}
