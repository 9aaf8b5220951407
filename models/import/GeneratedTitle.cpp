#include "GeneratedTitle.h"

#include "CellText.h"

#include <QLocale>

#include <cmath>

namespace techwinter {

namespace {

QString compactDollars(double v)
{
    const double a = std::fabs(v);
    if (a >= 1e9)
        return QStringLiteral("$%1B").arg(plainNumber(v / 1e9, 2));
    if (a >= 1e6)
        return QStringLiteral("$%1M").arg(plainNumber(v / 1e6, 2));
    if (a >= 1e3)
        return QStringLiteral("$%1K").arg(plainNumber(v / 1e3, 1));
    return QStringLiteral("$%1").arg(plainNumber(v, 2));
}

// "series-c+" → "Series C+", "angel" → "Angel", "post_ipo_equity" → "Post ipo equity".
QString roundLabel(QString word)
{
    word.replace(QLatin1Char('-'), QLatin1Char(' '));
    word.replace(QLatin1Char('_'), QLatin1Char(' '));
    QStringList parts = word.simplified().split(QLatin1Char(' '));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString &p = parts[i];
        if (p.size() <= 2 && i > 0)
            p = p.toUpper(); // the round letter: "a" → "A", "c+" → "C+"
        else if (i == 0 && !p.isEmpty())
            p[0] = p[0].toUpper();
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString generatedTitle(const Event &e, const std::vector<EventAttribute> &attributes)
{
    const QLocale english(QLocale::English);
    switch (e.kind) {
    case EventKind::Layoff: {
        const QString pct
            = e.workforcePct ? plainNumber(*e.workforcePct, 2) + QLatin1Char('%') : QString();
        if (e.headcount && e.workforcePct)
            return QStringLiteral("Cuts %1 jobs (%2 of staff)")
                .arg(english.toString(*e.headcount), pct);
        if (e.headcount)
            return QStringLiteral("Cuts %1 jobs").arg(english.toString(*e.headcount));
        if (e.workforcePct)
            return QStringLiteral("Cuts %1 of staff").arg(pct);
        return QStringLiteral("Layoffs, number not disclosed");
    }
    case EventKind::Investment:
    case EventKind::AiInvestment: {
        QString round;
        for (const EventAttribute &a : attributes) {
            if (a.name == QLatin1String("round_type"))
                round = roundLabel(a.value);
        }
        const QString what = round.isEmpty() ? QStringLiteral("Funding round")
                                             : QStringLiteral("%1 round").arg(round);
        const std::optional<double> dollars = e.amountUsd ? e.amountUsd : e.amount;
        if (!dollars)
            return QStringLiteral("%1, amount not disclosed").arg(what);
        return QStringLiteral("%1, %2").arg(what, compactDollars(*dollars));
    }
    case EventKind::Acquisition:
    case EventKind::Restructuring:
    case EventKind::Launch:
    case EventKind::AiInfrastructure:
        break;
    }
    QString word = eventKindName(e.kind);
    word[0] = word[0].toUpper();
    return word;
}

} // namespace techwinter
