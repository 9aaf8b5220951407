#include "CellText.h"

namespace techwinter {

QString plainNumber(double value, int maxDecimals)
{
    QString s = QString::number(value, 'f', maxDecimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

bool isFormulaStart(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@');
}

QString neutraliseFormula(const QString &text)
{
    return isFormulaStart(text) ? QLatin1Char('\'') + text : text;
}

QString unneutraliseFormula(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == QLatin1Char('\'')
        && isFormulaStart(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace techwinter
