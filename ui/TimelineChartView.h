#pragma once

#include "TimelineChart.h"

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
    const TimelineChartOptions &options() const { return m_options; }
    void setDatabaseName(const QString &name);

public Q_SLOTS:
    void setBucketSize(BucketSize bucket);
    void setCumulative(bool on);
    void setLogMoney(bool on);
    void resetZoom();
    /// Highlights the bucket holding `date` (invalid: none).
    void highlightDate(QDate date);

Q_SIGNALS:
    /// The user clicked a bucket: these are its first and last day.
    void bucketActivated(QDate first, QDate last);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refresh();

    QPointer<EventFilter> m_filter;
    TimelineChart *m_chart;
    BucketSize m_bucket = BucketSize::Month;
    TimelineChartOptions m_options;
    QString m_databaseName;
};

} // namespace techwinter
