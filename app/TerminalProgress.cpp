#include "TerminalProgress.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace techwinter {

namespace {

// A signal handler can only reach a flag with static storage; it is set by SIGINT and read by
// the import's cancel checks, nothing else.
std::atomic_bool interruptFlag { false };
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    interruptFlag.store(true, std::memory_order_relaxed);
}

class ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

TerminalProgress::TerminalProgress(QString label)
    : m_label(std::move(label))
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{
    interruptFlag = false;
    struct sigaction action = {};
    action.sa_handler = &onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &m_previous);
}

TerminalProgress::~TerminalProgress()
{
    ::sigaction(SIGINT, &m_previous, nullptr);
    if (m_drawn) {
        std::fputs("\r\033[K", stderr); // the line is gone once the work is done
        std::fflush(stderr);
    }
}

bool TerminalProgress::interrupted() const
{
    return interruptFlag.load(std::memory_order_relaxed);
}

ImportControl TerminalProgress::importControl()
{
    ImportControl control;
    control.cancel = &interruptFlag;
    if (m_terminal)
        control.progress = [this](ImportStage stage, qint64 done, qint64 total) {
            draw(stage, done, total);
        };
    return control;
}

void TerminalProgress::draw(ImportStage stage, qint64 done, qint64 total)
{
    // Ten redraws a second at most: a terminal is slower than the import.
    if (m_drawn && m_sinceDrawn.elapsed() < 100 && done < total)
        return;
    m_sinceDrawn.start();
    m_drawn = true;
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    const QString what = stage == ImportStage::Mapping
        ? ProgressText::tr("%1: reading rows %2% (Ctrl+C cancels)")
        : ProgressText::tr("%1: storing %2% (Ctrl+C cancels)");
    std::fputs("\r\033[K", stderr);
    std::fputs(what.arg(m_label).arg(percent).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace techwinter
