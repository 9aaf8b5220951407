#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace techwinter {

/// A failure a user can read: what went wrong, and where (file and line when known).
struct Error
{
    Error() = default;
    Error(QString message, QString file = {}, qint64 line = 0)
        : message(std::move(message))
        , file(std::move(file))
        , line(line)
    {
    }

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
