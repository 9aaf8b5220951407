#include "SqliteInterrupt.h"

#include "SqliteBulkInsert.h"

#include <sqlite3.h>

namespace techwinter {

std::unique_ptr<SqliteInterruptOnCancel> SqliteInterruptOnCancel::install(
    const QSqlDatabase &db, const std::atomic_bool *cancel)
{
    sqlite3 *handle = cancel ? SqliteBulkInsert::nativeHandle(db) : nullptr;
    if (!handle)
        return nullptr;
    return std::unique_ptr<SqliteInterruptOnCancel>(new SqliteInterruptOnCancel(handle, cancel));
}

SqliteInterruptOnCancel::SqliteInterruptOnCancel(sqlite3 *handle, const std::atomic_bool *cancel)
    : m_handle(handle)
    , m_cancel(cancel)
{
    // Every ~10k virtual machine steps: well under a millisecond apart.
    sqlite3_progress_handler(m_handle, 10000, &SqliteInterruptOnCancel::check, this);
}

SqliteInterruptOnCancel::~SqliteInterruptOnCancel()
{
    sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int SqliteInterruptOnCancel::check(void *self)
{
    return static_cast<SqliteInterruptOnCancel *>(self)->m_cancel->load(std::memory_order_relaxed)
        ? 1
        : 0;
}

} // namespace techwinter
