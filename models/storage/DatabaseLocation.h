#pragma once

#include "Result.h"

#include <QString>

#include <cstdint>

namespace techwinter {

/// Where a dataset lives, as the user named it: an SQLite file today, a server later. Callers
/// pass this instead of a file path, and ask it for what they show (a name, a description) or
/// where a file dialog should start.
class DatabaseLocation
{
public:
    enum class Backend : std::uint8_t {
        Sqlite,
    };

    DatabaseLocation() = default;
    /// An SQLite database file (created when missing).
    static DatabaseLocation sqliteFile(const QString &path);
    /// What a user typed for --db: a file path. A URL of a server kind this build cannot open
    /// (postgresql://…) is refused with a message saying so.
    static Result<DatabaseLocation> fromText(const QString &text);

    Backend backend() const { return m_backend; }
    bool isValid() const { return !m_path.isEmpty(); }
    /// The database file; empty for a server.
    QString filePath() const { return m_path; }
    /// A short name for titles and chart footers ("techwinter.sqlite").
    QString displayName() const;
    /// The whole location for messages and the About box (the absolute, native path).
    QString description() const;
    /// The folder a file dialog opened from here should start in.
    QString folder() const;

    bool operator==(const DatabaseLocation &) const = default;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
};

} // namespace techwinter
