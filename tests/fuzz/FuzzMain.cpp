// libFuzzer entry point; CMake builds it once per target with TECHWINTER_FUZZ_TARGET naming one of
// the functions in FuzzTargets.h, so the fuzzers and the Catch2 replay run the same code.
#include "FuzzTargets.h"

#include <QString>

#include <cstdio>
#include <cstdlib>

#ifndef TECHWINTER_FUZZ_TARGET
#error "TECHWINTER_FUZZ_TARGET must name a function of FuzzTargets.h"
#endif

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Qt's warnings (one per odd input) would flood the log and slow the run; a qFatal still
    // aborts, which libFuzzer reports as a crash.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        techwinter::fuzz::TECHWINTER_FUZZ_TARGET(data, size);
    } catch (const techwinter::fuzz::BrokenInvariant &e) {
        // A wrong answer is as much a finding as a crash: abort so libFuzzer keeps the input.
        std::fprintf(stderr, "\nBROKEN INVARIANT: %s\n", e.what());
        std::abort();
    }
    return 0;
}
