#include "CompareLayer.h"

#include "ChartStyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>

#include <algorithm>

namespace techwinter {

CompareLayer::CompareLayer(QChart *chart)
    : QObject(chart)
    , m_chart(chart)
{
}

QString CompareLayer::trackName(const CompanyTrack &track)
{
    if (track.company >= 0)
        return track.label;
    return tr("Other (%n companies)", nullptr, track.otherCompanies);
}

void CompareLayer::clear()
{
    std::vector<QAbstractSeries *> old(m_lines.begin(), m_lines.end());
    if (m_bars)
        old.push_back(m_bars);
    for (QAbstractSeries *s : old) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_bars = nullptr;
    m_lines.clear();
}

void CompareLayer::setVisible(bool visible)
{
    if (m_bars)
        m_bars->setVisible(visible);
    for (QXYSeries *line : m_lines)
        line->setVisible(visible);
}

CompareLayer::Extent CompareLayer::plot(const CompareSeries &series, bool stacked, bool logMoney,
    QAbstractAxis *time, QAbstractAxis *people, QAbstractAxis *money)
{
    clear();
    Extent extent;
    if (series.isEmpty())
        return extent;
    m_bars = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(this))
                     : static_cast<QAbstractBarSeries *>(new QBarSeries(this));
    m_bars->setBarWidth(0.85);
    const size_t n = series.tracks().front().layoffHeadcount.size();
    std::vector<double> stackHeight(n, 0);
    for (const CompanyTrack &track : series.tracks()) {
        const QColor colour = ChartStyle::compareColour(track.colourSlot);
        auto *set = new QBarSet(trackName(track), m_bars);
        set->setBrush(colour);
        set->setBorderColor(colour.darker(130));
        QList<qreal> values;
        values.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i) {
            const double people = double(track.layoffHeadcount[i]);
            values << people;
            stackHeight[i] += people;
            extent.maxPeople = std::max(extent.maxPeople, stacked ? stackHeight[i] : people);
        }
        set->append(values);
        m_bars->append(set);

        if (track.totalAiInvestmentCents() <= 0)
            continue;
        // A log axis cannot show zero, and a line through empty months would mislead there.
        QXYSeries *line = logMoney ? static_cast<QXYSeries *>(new QScatterSeries(this))
                                   : static_cast<QXYSeries *>(new QLineSeries(this));
        line->setName(trackName(track));
        QPen pen(colour);
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setColor(colour);
        if (auto *points = qobject_cast<QScatterSeries *>(line))
            points->setMarkerSize(8);
        QList<QPointF> points;
        for (size_t i = 0; i < n; ++i) {
            const double billions = double(track.aiInvestmentCents[i]) / 100.0 / 1e9;
            if (!logMoney || billions > 0)
                points << QPointF(double(i), billions);
            extent.maxMoney = std::max(extent.maxMoney, billions);
            if (billions > 0)
                extent.minMoney
                    = extent.minMoney > 0 ? std::min(extent.minMoney, billions) : billions;
        }
        line->replace(points);
        m_lines.push_back(line);
    }
    m_chart->addSeries(m_bars);
    m_bars->attachAxis(time);
    m_bars->attachAxis(people);
    for (QXYSeries *line : m_lines) {
        m_chart->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(money);
        // The bars' legend entries already name each company in its colour.
        for (QLegendMarker *marker : m_chart->legend()->markers(line))
            marker->setVisible(false);
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_bars))
        marker->setShape(QLegend::MarkerShapeRectangle);
    return extent;
}

} // namespace techwinter
