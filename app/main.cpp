#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(QStringLiteral("TechWinter"));
    QCoreApplication::setOrganizationName(QStringLiteral("TechWinter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TECHWINTER_VERSION));

    const auto request = techwinter::CommandLineRequest::parse(arguments);
    if (!request) {
        QTextStream(stderr) << "techwinter: " << request.error().toString() << '\n';
        return 2;
    }
    if (!request->needsWidgets()) {
        QCoreApplication app(argc, argv);
        return techwinter::runHeadless(*request);
    }
    // Headless chart exports draw offscreen unless the user chose a platform.
    if (request->isHeadless() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The window speaks the user's language where we have it (Korean), else English.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("techwinter"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    if (request->isHeadless())
        return techwinter::runHeadless(*request);
    return techwinter::MainWindow::run(request->database);
}
