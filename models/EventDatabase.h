#pragma once

#include "EventRepository.h"
#include "EventStore.h"
#include "Result.h"

#include <memory>

namespace techwinter {

/// An open database together with its events loaded for viewing.
struct EventDatabase
{
    std::unique_ptr<EventRepository> repository;
    std::shared_ptr<const EventStore> store;

    /// Opens `path`; a database created by this call is filled from the bundled dataset first
    /// (unless `seedBundled` is false, for users who want only their own data).
    static Result<EventDatabase> open(const QString &path, bool seedBundled = true);

    /// Re-reads the events after a write.
    Status reload();

    /// Where the database lives when the user names none (the platform's app-data folder).
    static QString defaultPath();
};

} // namespace techwinter
