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
    if (request->isHeadless()) {
        QCoreApplication app(argc, argv);
        return techwinter::runHeadless(*request);
    }
    QApplication app(argc, argv);
    return techwinter::MainWindow::run(request->databasePath);
}
