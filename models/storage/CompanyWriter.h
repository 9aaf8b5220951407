#pragma once

#include "Event.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace techwinter {

/// Adds a company, or merges it into the one its name or an alias already names: its aliases and
/// Korean name join the stored ones. Runs inside the caller's write transaction.
class CompanyWriter
{
public:
    explicit CompanyWriter(const QSqlDatabase &db);
    CompanyWriter(const CompanyWriter &) = delete;
    CompanyWriter &operator=(const CompanyWriter &) = delete;

    /// The company's id. A company created here records `createdBy` (an import batch), so undoing
    /// that batch removes it again when nothing else uses it.
    Result<qint64> write(const Company &company, std::optional<qint64> createdBy = std::nullopt);

private:
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_alias;
    QSqlQuery m_korean;
};

} // namespace techwinter
