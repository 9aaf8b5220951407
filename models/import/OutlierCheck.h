#pragma once

#include "ImportTypes.h"

#include <QHash>

#include <vector>

namespace techwinter {

/// Finds figures in an import that are surely wrong (a unit slip such as 2.6E+12 for a
/// US$2.6 bn deal): imported as read, but named as warnings so the user can look at them.
class OutlierCheck
{
public:
    /// No deal, funding round or acquisition ever reported reached US$1,000 bn.
    static constexpr double largestPlausibleUsd = 1e12;
    /// More people than the largest employers have ever had on staff.
    static constexpr qint64 largestPlausibleHeadcount = 1'000'000;
    /// A company's figure this many times its next largest of the same measure stands out.
    static constexpr double companyFactor = 100;
    /// Below these a figure cannot distort a chart, however far it is from the company's others
    /// (an angel round of US$20k before a US$5 m Series A is normal).
    static constexpr double companyFloorUsd = 1e9;
    static constexpr double companyFloorHeadcount = 10'000;

    /// `mapping` names the file's columns in the warnings.
    explicit OutlierCheck(const EventColumnMapping &mapping = {});

    /// Takes the next event of the file (any order; memory grows with companies, not rows).
    void add(const ImportedEvent &imported);
    /// The warnings, in file order: absolute limits first per row, then company outliers.
    std::vector<ImportProblem> warnings() const;

    /// Every warning for a whole list of events.
    static std::vector<ImportProblem> find(
        const std::vector<ImportedEvent> &events, const EventColumnMapping &mapping = {});

private:
    // The largest two figures of one measure of one company, and how many there are.
    struct Extremes
    {
        double largest = 0;
        double second = 0;
        qint64 largestLine = 0;
        qint64 count = 0;
        bool isMoney = true;
    };
    void note(const QString &key, double value, qint64 line, bool isMoney);

    QString m_moneyColumn;
    QString m_headcountColumn;
    std::vector<ImportProblem> m_absolute;
    QHash<QString, Extremes> m_byCompany;
};

} // namespace techwinter
