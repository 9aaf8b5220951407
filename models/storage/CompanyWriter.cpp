#include "CompanyWriter.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>

namespace techwinter {

CompanyWriter::CompanyWriter(const QSqlDatabase &db)
    : m_find(db)
    , m_insert(db)
    , m_alias(db)
    , m_korean(db)
{
    m_find.prepare(QStringLiteral("SELECT id FROM companies WHERE name = ? "
                                  "UNION SELECT company_id FROM company_aliases WHERE alias = ?"));
    m_insert.prepare(
        QStringLiteral("INSERT INTO companies (name, created_by_batch) VALUES (?, ?)"));
    // The display name doubles as an alias only where it names no other company.
    m_alias.prepare(QStringLiteral("INSERT OR IGNORE INTO company_aliases (alias, company_id) "
                                   "SELECT ?, ? WHERE NOT EXISTS "
                                   "(SELECT 1 FROM companies WHERE name = ? AND id <> ?)"));
    // A Korean name fills an empty one; one the database has already is kept.
    m_korean.prepare(
        QStringLiteral("UPDATE companies SET name_ko = ? WHERE id = ? AND name_ko = ''"));
}

Result<qint64> CompanyWriter::write(const Company &c, std::optional<qint64> createdBy)
{
    const auto failed = [](const QString &what, const QSqlQuery &q) {
        return Error { sql::errorKind(q.lastError()),
            QStringLiteral("%1: %2").arg(what, sql::plainWords(q.lastError())) };
    };
    const QString name = c.name.trimmed();
    if (name.isEmpty())
        return Error { QCoreApplication::translate(
            "CompanyWriter", "a company without a name cannot be added") };
    qint64 id = 0;
    for (const QString &candidate : QStringList { name } + c.aliases) {
        m_find.bindValue(0, candidate.trimmed());
        m_find.bindValue(1, candidate.trimmed());
        if (!m_find.exec())
            return failed(QCoreApplication::translate("CompanyWriter", "cannot look up company %1")
                              .arg(candidate),
                m_find);
        if (m_find.next()) {
            id = m_find.value(0).toLongLong();
            m_find.finish();
            break;
        }
    }
    if (id == 0) {
        m_insert.bindValue(0, name);
        m_insert.bindValue(
            1, createdBy ? QVariant(*createdBy) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!m_insert.exec())
            return failed(
                QCoreApplication::translate("CompanyWriter", "cannot add company %1").arg(name),
                m_insert);
        id = m_insert.lastInsertId().toLongLong();
    }
    if (!c.nameKo.trimmed().isEmpty()) {
        m_korean.bindValue(0, c.nameKo.trimmed());
        m_korean.bindValue(1, id);
        if (!m_korean.exec())
            return failed(
                QCoreApplication::translate("CompanyWriter", "cannot name company %1").arg(name),
                m_korean);
    }
    // The Korean name finds the company too (--company 카카오, the search box).
    const QStringList names = QStringList { name } + c.aliases
        + (c.nameKo.trimmed().isEmpty() ? QStringList {} : QStringList { c.nameKo });
    for (const QString &alias : names) {
        if (alias.trimmed().isEmpty())
            continue;
        m_alias.bindValue(0, alias.trimmed());
        m_alias.bindValue(1, id);
        m_alias.bindValue(2, alias.trimmed());
        m_alias.bindValue(3, id);
        if (!m_alias.exec())
            return failed(
                QCoreApplication::translate("CompanyWriter", "cannot add alias %1").arg(alias),
                m_alias);
    }
    return id;
}

} // namespace techwinter
