// Catch2 runner with a Qt application object, on the offscreen platform unless told otherwise
// (catch_discover_tests runs this binary at build time, where there is no display).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef TECHWINTER_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("TechWinterTests"));
    return Catch::Session().run(argc, argv);
}
