#include "OutlierCheck.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace techwinter {

namespace {

class OutlierText
{
    Q_DECLARE_TR_FUNCTIONS(OutlierCheck)
};

QString billions(double usd)
{
    const QLocale english(QLocale::English);
    if (usd >= 1e9)
        return QStringLiteral("US$%1 bn").arg(english.toString(usd / 1e9, 'f', 1));
    if (usd >= 1e6)
        return QStringLiteral("US$%1 m").arg(english.toString(usd / 1e6, 'f', 1));
    return QStringLiteral("US$%1").arg(english.toString(qint64(usd)));
}

QString people(double count)
{
    return QLocale(QLocale::English).toString(qint64(count));
}

} // namespace

OutlierCheck::OutlierCheck(const EventColumnMapping &mapping)
    : m_moneyColumn(mapping.column(EventField::AmountUsd))
    , m_headcountColumn(mapping.column(EventField::Headcount))
{
    // Dollars converted from an original amount point at the column the figure was read from.
    if (m_moneyColumn.isEmpty())
        m_moneyColumn = mapping.column(EventField::Amount);
}

void OutlierCheck::note(const QString &key, double value, qint64 line, bool isMoney)
{
    Extremes &e = m_byCompany[key];
    e.isMoney = isMoney;
    ++e.count;
    if (value > e.largest) {
        e.second = e.largest;
        e.largest = value;
        e.largestLine = line;
    } else if (value > e.second) {
        e.second = value;
    }
}

void OutlierCheck::add(const ImportedEvent &imported)
{
    const Event &event = imported.event;
    const QString company = event.company.trimmed().toCaseFolded();
    if (event.amountUsd && *event.amountUsd > 0) {
        if (*event.amountUsd > largestPlausibleUsd) {
            m_absolute.push_back({ imported.line, m_moneyColumn,
                OutlierText::tr("%1 is more than any deal ever reported; check the figure and "
                                "its unit")
                    .arg(billions(*event.amountUsd)) });
        }
        note(QStringLiteral("$ ") + company, *event.amountUsd, imported.line, true);
    }
    if (event.headcount && *event.headcount > 0) {
        if (*event.headcount > largestPlausibleHeadcount) {
            m_absolute.push_back({ imported.line, m_headcountColumn,
                OutlierText::tr("%1 people is more than any company has ever employed; check "
                                "the figure")
                    .arg(people(double(*event.headcount))) });
        }
        note(QStringLiteral("# ") + company, double(*event.headcount), imported.line, false);
    }
}

std::vector<ImportProblem> OutlierCheck::warnings() const
{
    std::vector<ImportProblem> found = m_absolute;
    for (const Extremes &e : m_byCompany) {
        // Two other figures at least, so one deal and one round do not make an outlier.
        if (e.count < 3 || e.second <= 0 || e.largest < companyFactor * e.second
            || e.largest < (e.isMoney ? companyFloorUsd : companyFloorHeadcount))
            continue;
        const bool listed = std::any_of(found.begin(), found.end(),
            [&](const ImportProblem &p) { return p.line == e.largestLine; });
        if (listed)
            continue;
        found.push_back({ e.largestLine, e.isMoney ? m_moneyColumn : m_headcountColumn,
            e.isMoney ? OutlierText::tr("%1 is %2 times this company's next largest figure (%3); "
                                        "check it")
                            .arg(billions(e.largest))
                            .arg(qint64(e.largest / e.second))
                            .arg(billions(e.second))
                      : OutlierText::tr("%1 people is %2 times this company's next largest "
                                        "figure (%3); check it")
                            .arg(people(e.largest))
                            .arg(qint64(e.largest / e.second))
                            .arg(people(e.second)) });
    }
    std::stable_sort(found.begin(), found.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return found;
}

std::vector<ImportProblem> OutlierCheck::find(
    const std::vector<ImportedEvent> &events, const EventColumnMapping &mapping)
{
    OutlierCheck check(mapping);
    for (const ImportedEvent &e : events)
        check.add(e);
    return check.warnings();
}

} // namespace techwinter
