#include "EventStorage.h"

#include "SqliteStorage.h"
#include <QCoreApplication>

namespace techwinter {

Result<std::unique_ptr<EventStorage>> EventStorage::open(const DatabaseLocation &location)
{
    if (!location.isValid())
        return Error { ErrorKind::NotFound,
            QCoreApplication::translate("EventStorage", "no database was named") };
    switch (location.backend()) {
    case DatabaseLocation::Backend::Sqlite: {
        auto opened = SqliteStorage::open(location.filePath());
        if (!opened)
            return opened.error();
        return std::unique_ptr<EventStorage>(std::move(opened).value());
    }
    }
    return Error { QCoreApplication::translate("EventStorage", "unknown kind of database") };
}

} // namespace techwinter
