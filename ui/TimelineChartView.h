#pragma once

#include "ContextSeries.h"
#include "TimelineChart.h"

#include <memory>

#include <QChartView>
#include <QPointer>

namespace techwinter {

class EventFilter;

/// The interactive chart: follows the shared filter, shows bucket tooltips, zooms the time axis
/// with a rubber band, and reports clicked buckets so the table can select their events.
class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(EventFilter *filter, QWidget *parent = nullptr);

    TimelineChart *timelineChart() const { return m_chart; }
    BucketSize bucketSize() const { return m_bucket; }
    bool isComparing() const { return m_compare; }
    const TimelineChartOptions &options() const { return m_options; }
    void setDatabaseName(const QString &name);
    /// The background series the overlay can draw from (OWID-style imports).
    void setContextSeries(std::shared_ptr<const std::vector<ContextSeries>> series);
    const std::vector<ContextSeries> &contextSeries() const;
    QString overlaySeries() const { return m_overlaySeries; }
    QString overlayEntity() const { return m_overlayEntity; }

public Q_SLOTS:
    void setBucketSize(BucketSize bucket);
    void setCumulative(bool on);
    void setLogMoney(bool on);
    /// Compare mode: one colour per company.
    void setCompare(bool on);
    void setStackedBars(bool on);
    /// Money in won or dollars, nominal or real: the line, its axis, the tooltips and totals.
    void setMoney(const MoneySettings &money);
    void resetZoom();
    /// Draws one entity of a context series behind the events ("World"); empty entity: none.
    void setOverlay(const QString &seriesName, const QString &entity);
    /// Highlights the bucket holding `date` (invalid: none).
    void highlightDate(QDate date);

Q_SIGNALS:
    /// The user clicked a bucket: these are its first and last day.
    void bucketActivated(QDate first, QDate last);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showTooltipAt(const QPoint &viewPosition, const QPoint &globalPosition);
    void activateBucket(int bucket);

    QPointer<EventFilter> m_filter;
    TimelineChart *m_chart;
    BucketSize m_bucket = BucketSize::Month;
    TimelineChartOptions m_options;
    bool m_compare = false;
    MoneySettings m_money;
    QString m_databaseName;
    std::shared_ptr<const std::vector<ContextSeries>> m_contextSeries;
    QString m_overlaySeries;
    QString m_overlayEntity;
    QPoint m_pressedAt; // where the left button went down; a release near it is a click
    bool m_pressed = false;
    int m_tooltipBucket = -1;
};

} // namespace techwinter
