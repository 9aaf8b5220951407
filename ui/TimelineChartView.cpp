#include "TimelineChartView.h"

#include "ChartContent.h"
#include "EventFilter.h"
#include "EventStore.h"

#include <QApplication>
#include <QMouseEvent>
#include <QToolTip>

namespace techwinter {

TimelineChartView::TimelineChartView(EventFilter *filter, QWidget *parent)
    // Handing the chart to the constructor: setChart() later would drop (and leak) the default
    // chart QChartView creates for itself.
    : QChartView(new TimelineChart, parent)
    , m_filter(filter)
    , m_chart(static_cast<TimelineChart *>(chart()))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMinimumSize(400, 260);
    // Tooltips follow the mouse over the whole plot: the rubber band takes the presses, so the
    // series' own hover and click signals never see a real mouse on most of the plot.
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    m_options.baseFontPixels
        = std::max(11, font().pixelSize() > 0 ? font().pixelSize() : QFontInfo(font()).pixelSize());

    connect(filter, &EventFilter::changed, this, &TimelineChartView::refresh);
    connect(m_chart, &TimelineChart::bucketClicked, this, &TimelineChartView::activateBucket);
    refresh();
}

void TimelineChartView::setDatabaseName(const QString &name)
{
    m_databaseName = name;
    refresh();
}

void TimelineChartView::setContextSeries(std::shared_ptr<const std::vector<ContextSeries>> series)
{
    m_contextSeries = std::move(series);
    refresh();
}

const std::vector<ContextSeries> &TimelineChartView::contextSeries() const
{
    static const std::vector<ContextSeries> none;
    return m_contextSeries ? *m_contextSeries : none;
}

void TimelineChartView::setOverlay(const QString &seriesName, const QString &entity)
{
    m_overlaySeries = seriesName;
    m_overlayEntity = entity;
    refresh();
}

void TimelineChartView::setBucketSize(BucketSize bucket)
{
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    m_chart->highlightBucket(-1);
    refresh();
}

void TimelineChartView::setCumulative(bool on)
{
    m_options.cumulative = on;
    refresh();
}

void TimelineChartView::setLogMoney(bool on)
{
    m_options.logMoney = on;
    refresh();
}

void TimelineChartView::setCompare(bool on)
{
    m_compare = on;
    refresh();
}

void TimelineChartView::setStackedBars(bool on)
{
    m_options.stackedBars = on;
    refresh();
}

void TimelineChartView::setMoney(const MoneySettings &money)
{
    m_money = money;
    refresh();
}

void TimelineChartView::changeEvent(QEvent *event)
{
    // The chart's words come with its content: build it again in the new language.
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QChartView::changeEvent(event);
}

void TimelineChartView::resetZoom()
{
    m_chart->resetTimeRange();
}

void TimelineChartView::highlightDate(QDate date)
{
    m_chart->highlightBucket(date.isValid() ? m_chart->content().series.bucketIndexFor(date) : -1);
}

void TimelineChartView::activateBucket(int bucket)
{
    const auto &buckets = m_chart->content().series.buckets();
    if (bucket >= 0 && bucket < int(buckets.size())) {
        m_chart->highlightBucket(bucket);
        Q_EMIT bucketActivated(buckets[size_t(bucket)].start, buckets[size_t(bucket)].end);
    }
}

void TimelineChartView::showTooltipAt(const QPoint &viewPosition, const QPoint &globalPosition)
{
    const int bucket = m_filter ? m_chart->bucketAt(mapToScene(viewPosition)) : -1;
    if (bucket < 0) {
        if (m_tooltipBucket >= 0)
            QToolTip::hideText();
        m_tooltipBucket = -1;
        return;
    }
    // One tooltip per bucket: its bars, its money and its launches; it moves with the bucket.
    const auto &series = m_chart->content().series;
    const QString text
        = bucketTooltip(m_filter->store(), m_filter->rows(), series, bucket, 4, m_money);
    const QPointF left = mapFromScene(m_chart->positionOf(bucket - 0.5, 0));
    const QPointF right = mapFromScene(m_chart->positionOf(bucket + 0.5, 0));
    const QRect area = mapFromScene(m_chart->plotArea()).boundingRect();
    const QRect rect(QPoint(int(left.x()), area.top()), QPoint(int(right.x()), area.bottom()));
    QToolTip::showText(globalPosition, text, viewport(), rect);
    m_tooltipBucket = bucket;
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressedAt = event->position().toPoint();
        m_pressed = true;
    }
    QChartView::mousePressEvent(event);
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        showTooltipAt(event->position().toPoint(), event->globalPosition().toPoint());
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::leaveEvent(QEvent *event)
{
    m_tooltipBucket = -1;
    QChartView::leaveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // A press and release in about the same place is a click on a bucket, not a zoom: the
    // rubber band would otherwise swallow it (and zoom into a sliver).
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        const QPoint at = event->position().toPoint();
        if ((at - m_pressedAt).manhattanLength() <= QApplication::startDragDistance()) {
            const int bucket = m_chart->bucketAt(mapToScene(at));
            const auto range = m_chart->timeRange();
            QChartView::mouseReleaseEvent(event);
            m_chart->setTimeRange(range.first, range.second); // undo any sliver zoom
            if (bucket >= 0)
                activateBucket(bucket);
            return;
        }
    }
    // A right click undoes the zoom instead of QChartView's default one-step zoom out.
    if (event->button() == Qt::RightButton) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimelineChartView::refresh()
{
    if (!m_filter)
        return;
    TimelineChartContent content = makeChartContent(m_filter->store(), m_filter->state(),
        m_filter->rows(), m_bucket, m_databaseName, m_compare, m_money);
    if (!m_overlayEntity.isEmpty()) {
        for (const ContextSeries &series : contextSeries()) {
            if (series.name != m_overlaySeries)
                continue;
            for (const ContextPoint &point : series.pointsOf(m_overlayEntity)) {
                if (content.series.isEmpty()
                    || content.series.bucketIndexFor(point.date.addMonths(6)) >= 0)
                    content.overlay.emplace_back(point.date, point.value);
            }
            content.overlayLabel = tr("%1, %2 (context)").arg(m_overlayEntity, series.name);
        }
    }
    m_chart->setContent(std::move(content), m_options);
}

} // namespace techwinter
