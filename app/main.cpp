#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QTextStream>

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
    if (request->isHeadless())
        return techwinter::runHeadless(*request);
    return techwinter::MainWindow::run(request->databasePath);
}
