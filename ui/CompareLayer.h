#pragma once

#include "CompareSeries.h"

#include <QObject>
#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QChart;
class QXYSeries;
QT_END_NAMESPACE

namespace techwinter {

/// Compare mode's series on a TimelineChart: one bar set per company (grouped or stacked) on
/// the people axis and one money line per company on the money axis, each in its company's
/// colour; the legend names the companies.
class CompareLayer : public QObject
{
    Q_OBJECT
public:
    /// The extremes plotted, for the axis ranges.
    struct Extent
    {
        double maxPeople = 0;
        double maxMoney = 0;
        double minMoney = 0; ///< smallest positive money value; 0 when there is none
    };

    explicit CompareLayer(QChart *chart);

    /// Replaces the layer's series with `series`, attached to the chart's axes.
    Extent plot(const CompareSeries &series, bool stacked, bool logMoney, QAbstractAxis *time,
        QAbstractAxis *people, QAbstractAxis *money);
    /// Removes every series of the layer from the chart.
    void clear();
    void setVisible(bool visible);

    QAbstractBarSeries *bars() const { return m_bars; }
    const std::vector<QXYSeries *> &moneyLines() const { return m_lines; }
    /// The legend's name of a track: the company, or "Other (3 companies)".
    static QString trackName(const CompanyTrack &track);

private:
    QChart *m_chart;
    QAbstractBarSeries *m_bars = nullptr;
    std::vector<QXYSeries *> m_lines;
};

} // namespace techwinter
