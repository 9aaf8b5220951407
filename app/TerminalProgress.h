#pragma once

#include "ImportTypes.h"

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <csignal>

namespace techwinter {

/// A progress line for long command-line work, redrawn in place on a terminal (nothing when
/// stderr is a file or a pipe), and Ctrl+C as Cancel while it lives: the work stops at its next
/// check and leaves the database as it was.
class TerminalProgress
{
public:
    explicit TerminalProgress(QString label);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    /// Progress and cancel for an import, drawing this line.
    ImportControl importControl();
    /// Ctrl+C was pressed while this progress lived.
    bool interrupted() const;

private:
    void draw(ImportStage stage, qint64 done, qint64 total);

    QString m_label;
    bool m_terminal = false;
    bool m_drawn = false;
    QElapsedTimer m_sinceDrawn;
    struct sigaction m_previous = {}; ///< restored when the work is done
};

} // namespace techwinter
