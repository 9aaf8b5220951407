#pragma once

#include "MoneyConverter.h"

#include <QCoreApplication>
#include <QString>

namespace techwinter {

/// How a chart names its money series in one currency: the legend entry, the axis titles, and
/// the amount one axis unit stands for (a billion dollars, a trillion won).
struct MoneyWords
{
    Q_DECLARE_TR_FUNCTIONS(MoneyWords)

public:
    QString legend;
    QString axis;
    QString cumulativeAxis;
    double unit = 1e9;

    /// The words for `money`, in the current language.
    static MoneyWords of(const MoneySettings &money);
};

} // namespace techwinter
