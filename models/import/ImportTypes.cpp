#include "ImportTypes.h"
#include <QCoreApplication>

namespace techwinter {

QString ImportProblem::description() const
{
    return column.isEmpty()
        ? reason
        : QCoreApplication::translate("ImportTypes", "column %1: %2").arg(column, reason);
}

QString ImportProblem::toString(const QString &file) const
{
    const QString what = description();
    if (file.isEmpty())
        return line > 0
            ? QCoreApplication::translate("ImportTypes", "line %1: %2").arg(line).arg(what)
            : what;
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(what)
                    : QStringLiteral("%1: %2").arg(file, what);
}

QString ImportSummary::toText() const
{
    QString text = QCoreApplication::translate(
        "ImportTypes", "%1: %2 rows read, %3 imported, %4 duplicates skipped")
                       .arg(sourceName)
                       .arg(rowsRead)
                       .arg(imported)
                       .arg(duplicatesSkipped);
    if (sourcesMerged > 0)
        text += QCoreApplication::translate("ImportTypes", ", %1 merged (second source kept)")
                    .arg(sourcesMerged);
    text += QCoreApplication::translate("ImportTypes", ", %1 rejected").arg(rejected);
    if (!warnings.empty())
        text += warnings.size() == 1
            ? QCoreApplication::translate("ImportTypes", "; 1 figure looks wrong, check it")
            : QCoreApplication::translate("ImportTypes", "; %1 figures look wrong, check them")
                  .arg(warnings.size());
    return text;
}

} // namespace techwinter
