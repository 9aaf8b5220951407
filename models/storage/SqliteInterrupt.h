#pragma once

#include <QSqlDatabase>

#include <atomic>
#include <memory>

struct sqlite3;

namespace techwinter {

/// Makes a cancel flag stop the statement SQLite is running (building an index, summing), not
/// only the next one: a progress handler on the connection's own handle, removed again when this
/// goes out of scope. The statement then fails as interrupted and the caller rolls back.
class SqliteInterruptOnCancel
{
public:
    /// Null when there is no flag or `db`'s handle cannot be used here (SqliteBulkInsert).
    static std::unique_ptr<SqliteInterruptOnCancel> install(
        const QSqlDatabase &db, const std::atomic_bool *cancel);
    ~SqliteInterruptOnCancel();
    SqliteInterruptOnCancel(const SqliteInterruptOnCancel &) = delete;
    SqliteInterruptOnCancel &operator=(const SqliteInterruptOnCancel &) = delete;

private:
    SqliteInterruptOnCancel(sqlite3 *handle, const std::atomic_bool *cancel);
    static int check(void *self);

    sqlite3 *m_handle;
    const std::atomic_bool *m_cancel;
};

} // namespace techwinter
