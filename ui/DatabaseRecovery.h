#pragma once

#include "DatabaseLocation.h"
#include "EventDatabase.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace techwinter {

/// What the user can do when the database they asked for cannot be opened: open another one or
/// start a fresh one. Their file is never touched.
class DatabaseRecovery
{
    Q_DECLARE_TR_FUNCTIONS(techwinter::MainWindow)
public:
    /// Explains `error` about `location` and offers the choices; nullopt when the user gives up.
    static std::optional<EventDatabase> recover(
        const DatabaseLocation &location, const Error &error);
};

} // namespace techwinter
