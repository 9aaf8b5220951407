#pragma once

#include "ChartContent.h"
#include "CompareLayer.h"
#include "MoneyWords.h"
#include "TimeAxisLabels.h"

#include <QChart>
#include <QSet>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QAbstractAxis;
QT_END_NAMESPACE

namespace techwinter {

/// How the chart plots the content.
struct TimelineChartOptions
{
    bool cumulative = false;
    bool logMoney = false;
    int baseFontPixels = 13; ///< axis labels; titles scale from it
    /// Light text and lines for a dark background or a transparent image on a dark slide.
    bool darkTheme = false;
    bool stackedBars = false; ///< compare mode: companies' bars stacked, not side by side
    bool operator==(const TimelineChartOptions &) const = default;
};

/// Layoff headcount per bucket as bars (left axis, people) and AI investment per bucket as a
/// line (right axis, US$ billions) on one month-index axis labelled by year, with launch markers.
/// The same class draws the window's chart and every export, so they cannot drift apart.
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    explicit TimelineChart(QGraphicsItem *parent = nullptr);

    void setContent(TimelineChartContent content, const TimelineChartOptions &options);
    const TimelineChartContent &content() const { return m_content; }
    const TimelineChartOptions &options() const { return m_options; }

    /// The visible bucket range on the time axis (after zooming), as axis values.
    std::pair<double, double> timeRange() const;
    void setTimeRange(double min, double max);
    void resetTimeRange();

    /// Marks one bucket (e.g. the bucket of the selected table row); -1 clears.
    void highlightBucket(int bucket);
    int highlightedBucket() const { return m_highlighted; }
    /// True when there is nothing to plot and the chart shows its explanation instead.
    bool isShowingEmptyState() const;

    /// The values plotted for `bucket`, as the series hold them (for tests and tooltips).
    double layoffValue(int bucket) const;
    double aiValueBillions(int bucket) const;
    QBarSet *layoffSet() const { return m_layoffSet; }
    QLineSeries *aiLine() const { return m_aiLine; }
    QScatterSeries *aiPoints() const { return m_aiPoints; }
    QScatterSeries *launchMarkers() const { return m_launches; }
    QLineSeries *overlayLine() const { return m_overlay; }
    /// Compare mode's per-company series (empty outside compare mode).
    const CompareLayer *compareLayer() const { return m_compare; }
    QCategoryAxis *timeAxis() const { return m_timeAxis; }
    QAbstractAxis *moneyAxis() const { return m_moneyAxis; }
    QAbstractAxis *peopleAxis() const { return m_peopleAxis; }
    /// Years between two labels on the time axis (1, 2, 5, 10, …), chosen so the labels fit.
    int yearLabelStep() const { return m_labelling.yearStep; }
    /// The drawn title, subtitle and footer: elided to the chart's width, the full text in the
    /// tooltip.
    const QGraphicsSimpleTextItem *titleItem() const { return m_title; }
    const QGraphicsSimpleTextItem *subtitleItem() const { return m_subtitle; }
    const QGraphicsSimpleTextItem *footerItem() const { return m_footer; }
    const std::vector<QGraphicsSimpleTextItem *> &launchLabels() const { return m_launchLabels; }
    /// Where the value (bucket, people) is drawn, from the axes' current ranges and plot area.
    QPointF positionOf(double bucket, double people) const;
    /// The bucket under a scene position in the plot area; -1 outside it.
    int bucketAt(const QPointF &position) const;

Q_SIGNALS:
    void bucketHovered(int bucket, bool entered);
    void bucketClicked(int bucket);

private:
    // The extremes of what plotValues() put into the series, for the axis ranges.
    struct PlotExtent
    {
        double maxPeople = 0;
        double maxMoney = 0;
        double minMoney = 0; ///< smallest positive money value; 0 when there is none
    };

    void rebuild();
    MoneyWords moneyWords() const;
    void ensureMoneyAxis();
    PlotExtent plotValues();
    double setAxisRanges(const PlotExtent &extent); ///< returns the people axis' top
    void placeLaunches(double peopleTop);
    void labelTimeAxis(bool force = true);
    void applyTheme();
    void updateVisibility(bool empty);
    void layoutOverlays();
    void applyFonts();
    void updateMargins();
    QString timeAxisLabel(int bucket) const;

    TimelineChartContent m_content;
    TimelineChartOptions m_options;
    TimelineSeries m_plotted;
    QBarSeries *m_bars = nullptr;
    QBarSet *m_layoffSet = nullptr;
    QLineSeries *m_aiLine = nullptr;
    QScatterSeries *m_aiPoints = nullptr; // log mode: a line through empty months would mislead
    QScatterSeries *m_launches = nullptr;
    QLineSeries *m_overlay = nullptr;
    CompareLayer *m_compare = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QAbstractAxis *m_peopleAxis = nullptr;
    bool m_peopleBlank = false; ///< no layoffs drawn: the people axis shows nothing
    QAbstractAxis *m_moneyAxis = nullptr;
    QGraphicsRectItem *m_band = nullptr; // the highlighted bucket, behind the series
    QGraphicsSimpleTextItem *m_title = nullptr;
    QGraphicsSimpleTextItem *m_footer = nullptr;
    QGraphicsSimpleTextItem *m_subtitle = nullptr;
    QGraphicsSimpleTextItem *m_empty = nullptr;
    std::vector<QGraphicsSimpleTextItem *> m_launchLabels;
    int m_highlighted = -1;
    // The time axis' labelling as last applied; a step of 0 means none yet.
    TimeAxisLabelling m_labelling { 0, false };
    QSet<QString> m_hiddenByUser; // series names switched off in the legend
};

} // namespace techwinter
