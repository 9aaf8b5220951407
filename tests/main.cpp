// Catch2 runner with a Qt application object: a QApplication on the offscreen platform unless told
// otherwise for the widget tests (catch_discover_tests runs this binary at build time, where there
// is no display), a QCoreApplication for the models, which use no GUI.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#ifdef TECHWINTER_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    // A home of this process's own: ctest runs the test cases as parallel processes, and
    // settings (QStandardPaths' test mode keeps them under $HOME/.qttest) saved by one test's
    // window must not be read by another's. Removed when the run ends.
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", QFile::encodeName(home.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("TechWinterTests"));
    return Catch::Session().run(argc, argv);
}
