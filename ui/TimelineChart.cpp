#include "TimelineChart.h"

#include "ChartStyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace techwinter {

namespace {

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(6, pixels));
    font.setBold(bold);
    return font;
}

// A tidy upper bound: 1, 2, 2.5 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

TimelineChart::TimelineChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_bars(new QBarSeries(this))
    , m_layoffSet(new QBarSet(tr("Layoffs (people)"), this))
    , m_aiLine(new QLineSeries(this))
    , m_aiPoints(new QScatterSeries(this))
    , m_launches(new QScatterSeries(this))
    , m_overlay(new QLineSeries(this))
    , m_timeAxis(new QCategoryAxis(this))
    , m_peopleAxis(new QValueAxis(this))
    , m_band(new QGraphicsRectItem(this))
    , m_title(new QGraphicsSimpleTextItem(this))
    , m_footer(new QGraphicsSimpleTextItem(this))
    , m_subtitle(new QGraphicsSimpleTextItem(this))
    , m_empty(new QGraphicsSimpleTextItem(this))
{
    setBackgroundRoundness(0);
    setAnimationOptions(QChart::NoAnimation);

    m_layoffSet->setColor(ChartStyle::layoffColor);
    m_layoffSet->setBorderColor(ChartStyle::layoffColor.darker(130));
    m_bars->append(m_layoffSet);
    m_bars->setName(QStringLiteral("layoffs"));
    m_bars->setBarWidth(0.8);
    m_aiLine->setName(tr("AI investment (US$ bn)"));
    QPen pen(ChartStyle::aiColor);
    pen.setWidthF(2.5);
    m_aiLine->setPen(pen);
    m_aiLine->setPointsVisible(false);
    m_aiPoints->setName(m_aiLine->name());
    m_aiPoints->setColor(ChartStyle::aiColor);
    m_aiPoints->setBorderColor(ChartStyle::aiColor.darker(130));
    m_aiPoints->setMarkerSize(9);
    m_launches->setName(tr("Launches"));
    m_launches->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_launches->setColor(ChartStyle::launchColor);
    m_launches->setBorderColor(ChartStyle::launchColor.darker(140));
    m_launches->setMarkerSize(11);

    addSeries(m_bars);
    addSeries(m_aiLine);
    addSeries(m_aiPoints);
    addSeries(m_launches);
    addSeries(m_overlay);
    QPen overlayPen(ChartStyle::mutedTextColor);
    overlayPen.setStyle(Qt::DashLine);
    overlayPen.setWidthF(2);
    m_overlay->setPen(overlayPen);
    m_overlay->setPointsVisible(true);
    addAxis(m_timeAxis, Qt::AlignBottom);
    addAxis(m_peopleAxis, Qt::AlignLeft);
    for (QAbstractSeries *s :
        { static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_launches) }) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_peopleAxis);
    }
    m_aiLine->attachAxis(m_timeAxis);
    m_aiPoints->attachAxis(m_timeAxis);
    m_overlay->attachAxis(m_timeAxis);
    m_peopleAxis->setTitleText(tr("Jobs cut (people)"));
    static_cast<QValueAxis *>(m_peopleAxis)->setLabelFormat(QStringLiteral("%'.0f"));
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_timeAxis->setTruncateLabels(false);
    // Grid lines at the category boundaries mark where each year (or quarter) starts.
    m_timeAxis->setGridLineVisible(true);
    m_timeAxis->setGridLineColor(QColor(0, 0, 0, 40));

    legend()->setAlignment(Qt::AlignTop);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // Clicking a legend entry hides or shows its series; the entry stays, dimmed.
    for (QLegendMarker *marker : legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            QAbstractSeries *s = marker->series();
            // The bar series' legend names its set; key everything by the series' own name.
            const QString key = s->name();
            const bool nowVisible = !s->isVisible();
            s->setVisible(nowVisible);
            if (nowVisible)
                m_hiddenByUser.remove(key);
            else
                m_hiddenByUser.insert(key);
            marker->setVisible(true);
            QColor label = marker->labelBrush().color();
            label.setAlphaF(nowVisible ? 1.0 : 0.4);
            marker->setLabelBrush(label);
            layoutOverlays();
        });
    }

    connect(m_layoffSet, &QBarSet::hovered, this,
        [this](bool status, int index) { Q_EMIT bucketHovered(index, status); });
    connect(m_layoffSet, &QBarSet::clicked, this, &TimelineChart::bucketClicked);
    connect(m_aiLine, &QLineSeries::hovered, this, [this](const QPointF &p, bool state) {
        Q_EMIT bucketHovered(int(std::lround(p.x())), state);
    });
    connect(m_aiLine, &QLineSeries::clicked, this,
        [this](const QPointF &p) { Q_EMIT bucketClicked(int(std::lround(p.x()))); });
    connect(m_aiPoints, &QScatterSeries::hovered, this, [this](const QPointF &p, bool state) {
        Q_EMIT bucketHovered(int(std::lround(p.x())), state);
    });
    connect(m_launches, &QScatterSeries::hovered, this, [this](const QPointF &p, bool state) {
        Q_EMIT bucketHovered(int(std::lround(p.x())), state);
    });
    connect(this, &QChart::plotAreaChanged, this, &TimelineChart::layoutOverlays);
    connect(m_timeAxis, &QValueAxis::rangeChanged, this, &TimelineChart::layoutOverlays);

    m_title->setBrush(ChartStyle::textColor);
    QColor band = ChartStyle::highlightColor;
    band.setAlpha(110);
    m_band->setBrush(band);
    m_band->setPen(Qt::NoPen);
    m_band->setZValue(-1); // over the plot background, under the bars
    m_band->setVisible(false);
    m_empty->setBrush(ChartStyle::mutedTextColor);
    m_subtitle->setBrush(ChartStyle::mutedTextColor);
    m_footer->setBrush(ChartStyle::mutedTextColor);
    applyFonts();
}

void TimelineChart::setContent(TimelineChartContent content, const TimelineChartOptions &options)
{
    m_content = std::move(content);
    m_options = options;
    applyFonts();
    rebuild();
}

void TimelineChart::applyFonts()
{
    const int b = m_options.baseFontPixels;
    // Title and subtitle are our own items (QChart has no subtitle); the top margin makes room.
    m_title->setFont(pixelFont(int(b * 1.55), true));
    legend()->setFont(pixelFont(b));
    for (QAbstractAxis *axis : axes()) {
        axis->setLabelsFont(pixelFont(b));
        axis->setTitleFont(pixelFont(b, true));
    }
    m_subtitle->setFont(pixelFont(int(b * 1.05)));
    m_footer->setFont(pixelFont(int(b * 0.85)));
    m_empty->setFont(pixelFont(int(b * 1.4)));
    for (QGraphicsSimpleTextItem *label : m_launchLabels)
        label->setFont(pixelFont(int(b * 0.85)));
    const qreal top = QFontMetricsF(m_title->font()).height()
        + QFontMetricsF(m_subtitle->font()).height() + b * 1.2;
    setMargins(QMargins(b, int(top), b, int(b * 2.2)));
}

void TimelineChart::rebuild()
{
    m_plotted = m_options.cumulative ? m_content.series.cumulative() : m_content.series;
    const int n = int(m_plotted.buckets().size());
    m_title->setText(m_content.title);
    m_subtitle->setText(m_content.subtitle);
    m_footer->setText(m_content.footer);
    ensureMoneyAxis();
    m_moneyAxis->setTitleText(m_options.cumulative
            ? tr("AI investment, running total (US$ billions)")
            : tr("AI investment (US$ billions)"));
    m_peopleAxis->setTitleText(
        m_options.cumulative ? tr("Jobs cut, running total (people)") : tr("Jobs cut (people)"));
    m_peopleAxis->setLinePenColor(ChartStyle::layoffColor);

    const PlotExtent extent = plotValues();
    const double peopleTop = setAxisRanges(extent);
    placeLaunches(peopleTop);
    labelTimeAxis();
    resetTimeRange();
    updateVisibility(n == 0);
    highlightBucket(m_highlighted < n ? m_highlighted : -1);
    layoutOverlays();
}

void TimelineChart::ensureMoneyAxis()
{
    const bool wantLog = m_options.logMoney;
    // Linear or log, recreated only when the kind changes.
    if (!m_moneyAxis || (qobject_cast<QLogValueAxis *>(m_moneyAxis) != nullptr) != wantLog) {
        // Old values include zeros, which a log axis rejects; the new values come below.
        m_aiLine->clear();
        m_aiPoints->clear();
        m_overlay->clear();
        if (m_moneyAxis) {
            m_aiLine->detachAxis(m_moneyAxis);
            m_aiPoints->detachAxis(m_moneyAxis);
            m_overlay->detachAxis(m_moneyAxis);
            removeAxis(m_moneyAxis);
            delete m_moneyAxis;
        }
        if (wantLog) {
            auto *log = new QLogValueAxis(this);
            log->setBase(10);
            log->setLabelFormat(QStringLiteral("%g"));
            log->setMinorTickCount(0);
            log->setMinorGridLineVisible(false);
            m_moneyAxis = log;
        } else {
            auto *linear = new QValueAxis(this);
            linear->setLabelFormat(QStringLiteral("%.0f"));
            m_moneyAxis = linear;
        }
        m_moneyAxis->setLinePenColor(ChartStyle::aiColor);
        m_moneyAxis->setLabelsColor(ChartStyle::aiColor);
        m_moneyAxis->setGridLineVisible(false);
        addAxis(m_moneyAxis, Qt::AlignRight);
        m_aiLine->attachAxis(m_moneyAxis);
        m_aiPoints->attachAxis(m_moneyAxis);
        m_overlay->attachAxis(m_moneyAxis);
        applyFonts();
    }
}

TimelineChart::PlotExtent TimelineChart::plotValues()
{
    const auto &buckets = m_plotted.buckets();
    const int n = int(buckets.size());
    const bool wantLog = m_options.logMoney;
    QList<qreal> layoffs;
    QList<QPointF> money;
    PlotExtent extent;
    double &maxPeople = extent.maxPeople;
    double &maxMoney = extent.maxMoney;
    double &minMoney = extent.minMoney;
    for (int i = 0; i < n; ++i) {
        const double people = double(buckets[size_t(i)].layoffHeadcount);
        const double billions = buckets[size_t(i)].aiInvestmentUsd / 1e9;
        layoffs << people;
        maxPeople = std::max(maxPeople, people);
        // A log axis cannot show zero: those buckets are left out of the line there.
        if (!wantLog || billions > 0)
            money << QPointF(i, billions);
        if (billions > 0)
            minMoney = minMoney > 0 ? std::min(minMoney, billions) : billions;
        maxMoney = std::max(maxMoney, billions);
    }
    m_layoffSet->remove(0, m_layoffSet->count());
    m_layoffSet->append(layoffs);
    m_aiLine->replace(wantLog ? QList<QPointF> {} : money);
    m_aiPoints->replace(wantLog ? money : QList<QPointF> {});

    // The overlay sits at the middle of each of its periods, in the same billions as the line.
    QList<QPointF> overlay;
    for (const auto &[date, usd] : m_content.overlay) {
        const int bucket = m_plotted.bucketIndexFor(
            date.addMonths(m_plotted.bucketSize() == BucketSize::Year ? 0 : 6));
        const double billions = usd / 1e9;
        if (bucket < 0 || (wantLog && billions <= 0))
            continue;
        overlay << QPointF(bucket, billions);
        maxMoney = std::max(maxMoney, billions);
        if (billions > 0)
            minMoney = minMoney > 0 ? std::min(minMoney, billions) : billions;
    }
    m_overlay->setName(m_content.overlayLabel);
    m_overlay->replace(overlay);

    return extent;
}

double TimelineChart::setAxisRanges(const PlotExtent &extent)
{
    const double maxMoney = extent.maxMoney;
    const double minMoney = extent.minMoney;
    const double peopleTop = niceCeiling(std::max(extent.maxPeople, 10.0) * 1.25);
    static_cast<QValueAxis *>(m_peopleAxis)->setRange(0, peopleTop);
    static_cast<QValueAxis *>(m_peopleAxis)->setTickCount(6);
    if (auto *log = qobject_cast<QLogValueAxis *>(m_moneyAxis)) {
        const double low = minMoney > 0 ? std::pow(10.0, std::floor(std::log10(minMoney))) : 0.01;
        log->setRange(
            low, std::pow(10.0, std::ceil(std::log10(std::max(maxMoney, low * 10)))) * 1.01);
    } else if (auto *linear = qobject_cast<QValueAxis *>(m_moneyAxis)) {
        linear->setRange(0, niceCeiling(std::max(maxMoney, 1.0) * 1.1));
        linear->setTickCount(6);
        linear->setLabelFormat(maxMoney < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    }

    return peopleTop;
}

void TimelineChart::placeLaunches(double peopleTop)
{
    // Markers ride along the top of the plot, one per launch, at their bucket.
    QList<QPointF> marks;
    for (const Event &launch : m_content.launches) {
        const int bucket = m_plotted.bucketIndexFor(launch.date);
        if (bucket >= 0)
            marks << QPointF(bucket, peopleTop * 0.93);
    }
    m_launches->replace(marks);
}

void TimelineChart::labelTimeAxis()
{
    const auto &buckets = m_plotted.buckets();
    const int n = int(buckets.size());
    const bool empty = n == 0;
    // One label per year, or per quarter when the span is short.
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(-0.5);
    if (!empty) {
        const bool quarterly = m_plotted.bucketSize() == BucketSize::Month && n <= 30;
        for (int i = 0; i < n; ++i) {
            const QDate start = buckets[size_t(i)].start;
            const QDate next = i + 1 < n ? buckets[size_t(i + 1)].start : QDate();
            const bool lastOfGroup = !next.isValid() || next.year() != start.year()
                || (quarterly && (next.month() - 1) / 3 != (start.month() - 1) / 3);
            if (lastOfGroup) {
                const QString label = quarterly
                    ? QStringLiteral("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year())
                    : m_plotted.bucketSize() == BucketSize::Year ? m_plotted.label(i)
                                                                 : QString::number(start.year());
                m_timeAxis->append(label, i + 0.5);
            }
        }
    }
    resetTimeRange();
}

void TimelineChart::updateVisibility(bool empty)
{
    const bool wantLog = m_options.logMoney;
    for (QAbstractSeries *s : series())
        s->setVisible(!empty);
    m_aiLine->setVisible(!empty && !wantLog);
    m_overlay->setVisible(!empty && !m_content.overlay.empty());
    for (QLegendMarker *marker : legend()->markers(m_overlay))
        marker->setVisible(!m_content.overlay.empty());
    m_aiPoints->setVisible(!empty && wantLog);
    // One legend entry for the money, whichever form it takes.
    QAbstractSeries *shownMoney = wantLog ? static_cast<QAbstractSeries *>(m_aiPoints) : m_aiLine;
    QAbstractSeries *hiddenMoney = wantLog ? static_cast<QAbstractSeries *>(m_aiLine) : m_aiPoints;
    for (QLegendMarker *marker : legend()->markers(hiddenMoney))
        marker->setVisible(false);
    for (QLegendMarker *marker : legend()->markers(shownMoney))
        marker->setVisible(true);
    // Series the user switched off in the legend stay off across filter changes.
    for (QAbstractSeries *s : { static_cast<QAbstractSeries *>(m_bars), shownMoney,
             static_cast<QAbstractSeries *>(m_launches) }) {
        if (m_hiddenByUser.contains(s->name()))
            s->setVisible(false);
    }
    for (QAbstractAxis *axis : axes())
        axis->setVisible(!empty);
    legend()->setVisible(!empty);
    m_empty->setText(m_content.emptyText);
    m_empty->setVisible(empty);
}

std::pair<double, double> TimelineChart::timeRange() const
{
    return { m_timeAxis->min(), m_timeAxis->max() };
}

void TimelineChart::setTimeRange(double min, double max)
{
    m_timeAxis->setRange(min, max);
}

void TimelineChart::resetTimeRange()
{
    const int n = int(m_plotted.buckets().size());
    m_timeAxis->setRange(-0.5, std::max(0.5, n - 0.5));
}

void TimelineChart::highlightBucket(int bucket)
{
    m_highlighted = bucket;
    layoutOverlays();
}

bool TimelineChart::isShowingEmptyState() const
{
    return m_empty->isVisible();
}

double TimelineChart::layoffValue(int bucket) const
{
    return m_layoffSet->at(bucket);
}

double TimelineChart::aiValueBillions(int bucket) const
{
    const auto points = m_options.logMoney ? m_aiPoints->points() : m_aiLine->points();
    for (const QPointF &p : points) {
        if (int(std::lround(p.x())) == bucket)
            return p.y();
    }
    return 0;
}

void TimelineChart::layoutOverlays()
{
    const QRectF area = plotArea();
    const QRectF whole = QRectF(QPointF(0, 0), size());
    const int b = m_options.baseFontPixels;

    const QRectF titleRect = m_title->boundingRect();
    m_title->setPos(whole.center().x() - titleRect.width() / 2, b * 0.5);
    const QRectF sub = m_subtitle->boundingRect();
    m_subtitle->setPos(whole.center().x() - sub.width() / 2, b * 0.6 + titleRect.height());
    m_footer->setPos(b, whole.bottom() - m_footer->boundingRect().height() - b * 0.4);

    const int n = int(m_plotted.buckets().size());
    if (m_highlighted >= 0 && m_highlighted < n && area.width() > 0) {
        const qreal left
            = std::max(area.left(), mapToPosition(QPointF(m_highlighted - 0.5, 0), m_launches).x());
        const qreal right = std::min(
            area.right(), mapToPosition(QPointF(m_highlighted + 0.5, 0), m_launches).x());
        m_band->setRect(QRectF(left, area.top(), std::max(2.0, right - left), area.height()));
        m_band->setVisible(right > left);
    } else {
        m_band->setVisible(false);
    }

    const QRectF er = m_empty->boundingRect();
    m_empty->setPos(whole.center() - QPointF(er.width() / 2, er.height() / 2));

    // Launch labels: left to right, in up to three staggered rows, skipping any that would
    // overlap its row's previous label; the markers and tooltips still show every launch.
    for (QGraphicsSimpleTextItem *label : m_launchLabels)
        delete label;
    m_launchLabels.clear();
    if (m_content.launches.empty() || !m_launches->isVisible() || area.width() < 50)
        return;
    const QFont font = pixelFont(int(b * 0.85));
    const QFontMetricsF fm(font);
    const int rows = 3;
    std::vector<qreal> rowEnd(rows, -1e9);
    const auto peopleRange = static_cast<QValueAxis *>(m_peopleAxis);
    for (const Event &launch : m_content.launches) {
        const int bucket = m_plotted.bucketIndexFor(launch.date);
        if (bucket < 0 || bucket < m_timeAxis->min() || bucket > m_timeAxis->max())
            continue;
        const QPointF at = mapToPosition(QPointF(bucket, peopleRange->max() * 0.93), m_launches);
        // Most titles already start with the company; only add it where they do not.
        const QString full = launch.title.startsWith(launch.company)
            ? launch.title
            : launch.company + QStringLiteral(": ") + launch.title;
        const QString text = fm.elidedText(full, Qt::ElideRight, b * 17);
        const qreal width = fm.horizontalAdvance(text);
        // Near the right edge a label hangs to the left of its marker instead of off the plot.
        const qreal left = at.x() + b * 0.6 + width <= area.right() ? at.x() + b * 0.6
                                                                    : at.x() - b * 0.6 - width;
        for (int row = 0; row < rows; ++row) {
            if (left > rowEnd[size_t(row)] + b) {
                auto *label = new QGraphicsSimpleTextItem(text, this);
                label->setFont(font);
                label->setBrush(ChartStyle::launchColor.darker(160));
                label->setPos(left, at.y() + b * 0.5 + row * fm.height());
                label->setZValue(10);
                m_launchLabels.push_back(label);
                rowEnd[size_t(row)] = left + width;
                break;
            }
        }
    }
}

} // namespace techwinter
