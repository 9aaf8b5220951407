#pragma once

#include <QString>

#include <cstdint>
#include <utility>
#include <variant>

namespace techwinter {

/// What kind of failure an Error is: callers branch on this, never on the message's words.
enum class ErrorKind : std::uint8_t {
    InvalidInput, ///< the input (a file, an argument, a cell) cannot be used as it is
    NotFound, ///< what was asked for does not exist (a file, a company, an event)
    Conflict, ///< someone else changed or holds it (a schema from a newer app, an edited row)
    Locked, ///< another program holds the database and did not let go in time
    ReadOnly, ///< the file, its folder or the database may be read but not changed
    Corrupt, ///< the database is damaged or is not a TechWinter database
    Full, ///< the disk or the database's size limit is full
    Io, ///< reading or writing failed for another reason (the disk, a missing folder)
};

/// The kind's name for logs and tests ("read_only").
QString errorKindName(ErrorKind kind);

/// A failure a user can read: its kind, what went wrong, and where (file and line when known).
struct Error
{
    Error() = default;
    Error(QString message, QString file = {}, qint64 line = 0)
        : message(std::move(message))
        , file(std::move(file))
        , line(line)
    {
    }
    Error(ErrorKind kind, QString message, QString file = {}, qint64 line = 0)
        : kind(kind)
        , message(std::move(message))
        , file(std::move(file))
        , line(line)
    {
    }

    ErrorKind kind = ErrorKind::InvalidInput;
    QString message;
    QString file;
    qint64 line = 0;

    /// "file:line: message", or as much of it as is known.
    QString toString() const
    {
        if (file.isEmpty())
            return message;
        if (line <= 0)
            return QStringLiteral("%1: %2").arg(file, message);
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    }
};

/// Either a value or an Error; the storage and import boundary returns these instead of throwing.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
struct Ok
{
};
using Status = Result<Ok>;

} // namespace techwinter
