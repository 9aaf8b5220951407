#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace techwinter {

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_backend = Backend::Sqlite;
    location.m_path = path;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::fromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error { QCoreApplication::translate("DatabaseLocation", "no database was named") };
    // "scheme://" (two letters or more, so a Windows drive "C:/" stays a path).
    static const QRegularExpression url(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+)://"));
    if (const auto m = url.match(text); m.hasMatch()) {
        if (m.captured(1).compare(QLatin1String("file"), Qt::CaseInsensitive) == 0)
            return sqliteFile(text.mid(m.capturedLength()));
        return Error { QCoreApplication::translate("DatabaseLocation",
            "this build of TechWinter opens SQLite database files only, "
            "not %1:// servers")
                           .arg(m.captured(1)) };
    }
    return sqliteFile(text);
}

QString DatabaseLocation::displayName() const
{
    return QFileInfo(m_path).fileName();
}

QString DatabaseLocation::description() const
{
    return QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
}

QString DatabaseLocation::folder() const
{
    return m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
}

} // namespace techwinter
