#include "LeagueTableCsv.h"

#include "AtomicFile.h"
#include "CellText.h"

#include <QStringList>

namespace techwinter {

namespace {

QString csvCell(const QString &text)
{
    const QString safe = neutraliseFormula(text);
    if (!safe.contains(u',') && !safe.contains(u'"') && !safe.contains(u'\n'))
        return safe;
    QString quoted = safe;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString dateCell(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList LeagueTableCsv::columns()
{
    return { QStringLiteral("company"), QStringLiteral("jobs_cut"), QStringLiteral("layoff_events"),
        QStringLiteral("ai_usd"), QStringLiteral("ai_usd_per_job_cut"),
        QStringLiteral("acquisitions"), QStringLiteral("acquisition_usd"),
        QStringLiteral("first_event"), QStringLiteral("last_event") };
}

QByteArray LeagueTableCsv::write(const std::vector<LeagueRow> &rows)
{
    QString text = columns().join(u',') + u'\n';
    for (const LeagueRow &r : rows) {
        const auto perJob = r.aiUsdPerJobCut();
        const QStringList cells { csvCell(r.name), QString::number(r.jobsCut),
            QString::number(r.layoffEvents), plainNumber(r.aiUsd),
            perJob ? plainNumber(*perJob) : QString(), QString::number(r.acquisitions),
            plainNumber(r.acquisitionUsd), dateCell(r.firstEvent), dateCell(r.lastEvent) };
        text += cells.join(u',') + u'\n';
    }
    return text.toUtf8();
}

Status LeagueTableCsv::writeFile(const QString &path, const std::vector<LeagueRow> &rows)
{
    return writeFileAtomically(path, write(rows));
}

} // namespace techwinter
