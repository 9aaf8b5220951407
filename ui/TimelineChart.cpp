#include "TimelineChart.h"

#include "ChartScale.h"
#include "ChartStyle.h"
#include "TimeAxisLabels.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace techwinter {

TimelineChart::TimelineChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_bars(new QBarSeries(this))
    , m_layoffSet(new QBarSet(QString(), this))
    , m_aiLine(new QLineSeries(this))
    , m_aiPoints(new QScatterSeries(this))
    , m_launches(new QScatterSeries(this))
    , m_overlay(new QLineSeries(this))
    , m_compare(new CompareLayer(this))
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

    m_layoffSet->setBrush(QBrush(ChartStyle::layoffColor));
    m_layoffSet->setBorderColor(ChartStyle::layoffColor.darker(130));
    m_bars->append(m_layoffSet);
    m_bars->setName(QStringLiteral("layoffs"));
    // The legend's hide/show choice is kept by object name; the line and its log-scale points
    // are one legend entry.
    m_bars->setObjectName(QStringLiteral("layoffs"));
    m_aiLine->setObjectName(QStringLiteral("aiMoney"));
    m_aiPoints->setObjectName(QStringLiteral("aiMoney"));
    m_launches->setObjectName(QStringLiteral("launches"));
    m_bars->setBarWidth(0.8);
    QPen pen(ChartStyle::aiColor);
    pen.setWidthF(2.5);
    m_aiLine->setPen(pen);
    m_aiLine->setPointsVisible(false);
    m_aiPoints->setColor(ChartStyle::aiColor);
    m_aiPoints->setBorderColor(ChartStyle::aiColor.darker(130));
    m_aiPoints->setMarkerSize(9);
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
    static_cast<QValueAxis *>(m_peopleAxis)->setLabelFormat(QStringLiteral("%'.0f"));
    // Each label sits on the boundary where its year (or quarter) begins, on a grid line.
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setTruncateLabels(false);
    // Grid lines at the category boundaries mark where each year (or quarter) starts.
    m_timeAxis->setGridLineVisible(true);
    m_timeAxis->setGridLineColor(QColor(0, 0, 0, 70));

    legend()->setAlignment(Qt::AlignTop);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // A bar set's marker follows the series' shape, which draws it as a hollow white square:
    // give it the bars' own fill.
    for (QLegendMarker *marker : legend()->markers(m_bars)) {
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setBrush(QBrush(ChartStyle::layoffColor));
        marker->setPen(QPen(ChartStyle::layoffColor.darker(130)));
    }
    // Clicking a legend entry hides or shows its series; the entry stays, dimmed.
    for (QLegendMarker *marker : legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            QAbstractSeries *s = marker->series();
            // The bar series' legend names its set, and names change with the language: key
            // everything by the series' object name.
            const QString key = s->objectName();
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
    // The window lays the chart out in posted events after a content change; place the overlays
    // again once that has happened.
    connect(this, &QGraphicsWidget::geometryChanged, this, &TimelineChart::layoutOverlays);

    QColor band = ChartStyle::highlightColor;
    band.setAlpha(110);
    m_band->setBrush(band);
    m_band->setPen(Qt::NoPen);
    m_band->setZValue(-1); // over the plot background, under the bars
    m_band->setVisible(false);
    applyFonts();
    applyTheme();
}

void TimelineChart::applyTheme()
{
    const bool dark = m_options.darkTheme;
    const QColor text = dark ? QColor(0xEE, 0xEE, 0xEE) : ChartStyle::textColor;
    const QColor muted = dark ? QColor(0xC8, 0xC8, 0xC8) : ChartStyle::mutedTextColor;
    setBackgroundBrush(dark ? QColor(0x1E, 0x1E, 0x1E) : QColor(Qt::white));
    setPlotAreaBackgroundVisible(false);
    m_title->setBrush(text);
    m_empty->setBrush(muted);
    m_subtitle->setBrush(muted);
    m_footer->setBrush(muted);
    legend()->setLabelColor(text);
    for (QAbstractAxis *axis : axes()) {
        axis->setTitleBrush(text);
        if (axis != m_moneyAxis)
            axis->setLabelsColor(text);
    }
    // A blank people axis keeps its labels, drawn clear: hidden, Qt Charts also drops the first
    // year label beside it (seen in 1960-2013 exports).
    if (m_peopleBlank)
        m_peopleAxis->setLabelsColor(Qt::transparent);
    // The money axis keeps its series' blue; a lighter blue reads on dark.
    if (m_moneyAxis)
        m_moneyAxis->setLabelsColor(dark ? ChartStyle::aiColor.lighter(170) : ChartStyle::aiColor);
    m_timeAxis->setGridLineColor(dark ? QColor(255, 255, 255, 80) : QColor(0, 0, 0, 70));
    m_peopleAxis->setGridLineColor(dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 30));
    m_timeAxis->setLinePenColor(muted);
    // The money line's blue is too dark to read on a dark slide: lighten it there.
    QPen line = m_aiLine->pen();
    line.setColor(dark ? ChartStyle::aiColor.lighter(160) : ChartStyle::aiColor);
    m_aiLine->setPen(line);
}

void TimelineChart::setContent(TimelineChartContent content, const TimelineChartOptions &options)
{
    m_content = std::move(content);
    m_options = options;
    applyFonts();
    rebuild();
    applyTheme();
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
    updateMargins();
}

// Room for the title and subtitle above the plot; where a value axis is hidden, room for half a
// year label, which is centred on the plot's edge and would be cut otherwise.
void TimelineChart::updateMargins()
{
    const int b = m_options.baseFontPixels;
    const qreal top = QFontMetricsF(m_title->font()).height()
        + QFontMetricsF(m_subtitle->font()).height() + b * 1.2;
    const int halfLabel
        = int(QFontMetricsF(pixelFont(b)).horizontalAdvance(QStringLiteral("0000")) / 2);
    // The axes are made again by rebuild(); before the first one there are none.
    const auto side = [&](const QAbstractAxis *axis) {
        return !axis || (axis->isVisible() && axis->labelsVisible())
            ? b
            : std::max(b, halfLabel + b / 2);
    };
    // The footer may take a second line (the rates of converted money).
    const qreal footerLines = qreal(m_content.footer.count(QLatin1Char('\n')));
    setMargins(QMargins(side(m_peopleAxis), int(top), side(m_moneyAxis),
        int(b * 2.2 + footerLines * QFontMetricsF(m_footer->font()).lineSpacing())));
}

void TimelineChart::rebuild()
{
    m_plotted = m_options.cumulative ? m_content.series.cumulative() : m_content.series;
    const int n = int(m_plotted.buckets().size());
    m_title->setText(m_content.title);
    m_subtitle->setText(m_content.subtitle);
    m_footer->setText(m_content.footer);
    // Named here, not once: the content is rebuilt after a language or currency switch.
    m_layoffSet->setLabel(tr("Layoffs (people)"));
    m_aiLine->setName(moneyWords().legend);
    m_aiPoints->setName(m_aiLine->name());
    m_launches->setName(tr("Launches"));
    ensureMoneyAxis();
    m_moneyAxis->setTitleText(
        m_options.cumulative ? moneyWords().cumulativeAxis : moneyWords().axis);
    m_peopleAxis->setTitleText(
        m_options.cumulative ? tr("Jobs cut, running total (people)") : tr("Jobs cut (people)"));
    // In compare mode the bars take their companies' colours, so the axis stays neutral.
    m_peopleAxis->setLinePenColor(
        m_content.compare ? ChartStyle::mutedTextColor : ChartStyle::layoffColor);

    m_compare->clear(); // before its lines' money axis can be replaced
    PlotExtent extent = plotValues();
    if (m_content.compare) {
        const CompareSeries compare
            = m_options.cumulative ? m_content.compare->cumulative() : *m_content.compare;
        const auto e = m_compare->plot(compare, m_options.stackedBars, m_options.logMoney,
            m_timeAxis, m_peopleAxis, m_moneyAxis);
        extent = { e.maxPeople, e.maxMoney, e.minMoney };
    }
    const double peopleTop = setAxisRanges(extent);
    placeLaunches(peopleTop);
    resetTimeRange();
    labelTimeAxis(true);
    updateVisibility(n == 0 || m_content.nothingDrawn);
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

MoneyWords TimelineChart::moneyWords() const
{
    // Compare mode plots each company's nominal dollars.
    return MoneyWords::of(m_content.compare ? MoneySettings {} : m_content.money);
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
    const double unit = moneyWords().unit;
    double running = 0;
    for (int i = 0; i < n; ++i) {
        const double people = double(buckets[size_t(i)].layoffHeadcount);
        // m_plotted holds running totals already; converted money is summed up here.
        running += m_content.aiMoneyAt(i);
        const double value = m_content.aiMoney.empty() ? buckets[size_t(i)].aiInvestmentUsd
            : m_options.cumulative                     ? running
                                                       : m_content.aiMoneyAt(i);
        const double billions = value / unit;
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
    // The overlay is nominal US dollars: it is left out when the money axis shows anything else.
    const bool overlayFits = !m_content.money.converts() || m_content.compare;
    for (const auto &[date, usd] :
        overlayFits ? m_content.overlay : decltype(m_content.overlay) {}) {
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
        // Room above the largest point, so a point at a power of ten is not cut in half.
        const double top = std::max(maxMoney, low * 10);
        log->setRange(low, std::max(std::pow(10.0, std::ceil(std::log10(top))), top * 1.8));
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

void TimelineChart::labelTimeAxis(bool force)
{
    // How wide the plot is and how much time it shows decide how many labels fit.
    const QRectF area = plotArea();
    const qreal width = area.width() > 50 ? area.width() : std::max(200.0, size().width() * 0.8);
    const double visibleBuckets = std::max(1.0, m_timeAxis->max() - m_timeAxis->min());
    const int monthsPerBucket = m_plotted.bucketSize() == BucketSize::Month ? 1
        : m_plotted.bucketSize() == BucketSize::Quarter                     ? 3
                                                                            : 12;
    const QFontMetricsF fm(m_timeAxis->labelsFont());
    const TimeAxisLabelling labelling
        = chooseTimeAxisLabelling(width / (visibleBuckets * monthsPerBucket / 12.0), visibleBuckets,
            m_plotted.bucketSize(), fm.horizontalAdvance(QStringLiteral("2024")),
            fm.horizontalAdvance(QStringLiteral("Q4 2024")), m_options.baseFontPixels * 1.5);
    if (!force && labelling == m_labelling)
        return;
    m_labelling = labelling;

    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(-1.0);
    for (const auto &[label, value] : timeAxisLabels(m_plotted, labelling))
        m_timeAxis->append(label, value);
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
    // No AI money in the selection: no money line, legend entry or axis (the subtitle says so).
    const bool noMoney = m_content.series.totalAiInvestmentUsd() <= 0 && m_content.overlay.empty();
    if (noMoney) {
        m_aiLine->setVisible(false);
        m_aiPoints->setVisible(false);
    }
    // One legend entry for the money, whichever form it takes.
    QAbstractSeries *shownMoney = wantLog ? static_cast<QAbstractSeries *>(m_aiPoints) : m_aiLine;
    QAbstractSeries *hiddenMoney = wantLog ? static_cast<QAbstractSeries *>(m_aiLine) : m_aiPoints;
    for (QLegendMarker *marker : legend()->markers(hiddenMoney))
        marker->setVisible(false);
    for (QLegendMarker *marker : legend()->markers(shownMoney))
        marker->setVisible(!noMoney);
    // Likewise no layoffs: no people axis or bars entry; no launches: no launches entry.
    const bool noLayoffs = m_content.series.totalEventsOfKind(EventKind::Layoff) == 0;
    for (QLegendMarker *marker : legend()->markers(m_launches))
        marker->setVisible(!m_content.launches.empty());
    // Series the user switched off in the legend stay off across filter changes.
    for (QAbstractSeries *s : { static_cast<QAbstractSeries *>(m_bars), shownMoney,
             static_cast<QAbstractSeries *>(m_launches) }) {
        if (m_hiddenByUser.contains(s->objectName()))
            s->setVisible(false);
    }
    // Compare mode draws its own series in place of the totals (their legend entries too).
    const bool compare = m_content.compare.has_value();
    for (QAbstractSeries *s : { static_cast<QAbstractSeries *>(m_bars), shownMoney }) {
        s->setVisible(s->isVisible() && !compare);
        for (QLegendMarker *marker : legend()->markers(s))
            marker->setVisible((s == m_bars ? !noLayoffs : !noMoney) && !compare);
    }
    m_compare->setVisible(!empty);
    for (QAbstractAxis *axis : axes())
        axis->setVisible(!empty && !(noMoney && axis == m_moneyAxis));
    // With no layoffs the people axis keeps its place (the first year label needs its room) but
    // shows nothing; the money axis draws the grid instead.
    const bool blankPeople = noLayoffs && !noMoney;
    m_peopleBlank = blankPeople;
    applyTheme();
    m_peopleAxis->setTitleVisible(!blankPeople);
    m_peopleAxis->setLineVisible(!blankPeople);
    m_peopleAxis->setGridLineVisible(!blankPeople);
    m_moneyAxis->setGridLineColor(m_peopleAxis->gridLineColor());
    m_moneyAxis->setGridLineVisible(blankPeople);
    updateMargins();
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

QPointF TimelineChart::positionOf(double bucket, double people) const
{
    const QRectF area = plotArea();
    const auto *peopleAxis = static_cast<const QValueAxis *>(m_peopleAxis);
    const double span = std::max(1e-9, m_timeAxis->max() - m_timeAxis->min());
    const double height = std::max(1e-9, peopleAxis->max() - peopleAxis->min());
    return { area.left() + (bucket - m_timeAxis->min()) / span * area.width(),
        area.bottom() - (people - peopleAxis->min()) / height * area.height() };
}

int TimelineChart::bucketAt(const QPointF &position) const
{
    const QRectF area = plotArea();
    const int n = int(m_plotted.buckets().size());
    if (n == 0 || isShowingEmptyState() || !area.contains(position) || area.width() <= 0)
        return -1;
    const double span = m_timeAxis->max() - m_timeAxis->min();
    const double value = m_timeAxis->min() + (position.x() - area.left()) / area.width() * span;
    const int bucket = int(std::lround(value));
    return bucket >= 0 && bucket < n ? bucket : -1;
}

void TimelineChart::layoutOverlays()
{
    const QRectF area = plotArea();
    const QRectF whole = QRectF(QPointF(0, 0), size());
    const int b = m_options.baseFontPixels;

    // Labels on the time axis thin out to what fits the width and the zoom.
    labelTimeAxis(false);

    // Title, subtitle and footer fit the width: elided, with the full text as tooltip.
    const qreal textWidth = std::max(50.0, whole.width() - 2.0 * b);
    const auto fit = [textWidth](QGraphicsSimpleTextItem *item, const QString &full) {
        QStringList lines = full.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = QFontMetricsF(item->font()).elidedText(line, Qt::ElideRight, textWidth);
        const QString shown = lines.join(QLatin1Char('\n'));
        item->setText(shown);
        item->setToolTip(shown == full ? QString() : full);
    };
    fit(m_title, m_content.title);
    fit(m_subtitle, m_content.subtitle);
    fit(m_footer, m_content.footer);
    const QRectF titleRect = m_title->boundingRect();
    m_title->setPos(whole.center().x() - titleRect.width() / 2, b * 0.5);
    const QRectF sub = m_subtitle->boundingRect();
    m_subtitle->setPos(whole.center().x() - sub.width() / 2, b * 0.6 + titleRect.height());
    m_footer->setPos(b, whole.bottom() - m_footer->boundingRect().height() - b * 0.4);

    const int n = int(m_plotted.buckets().size());
    if (m_highlighted >= 0 && m_highlighted < n && area.width() > 0) {
        const qreal left = std::max(area.left(), positionOf(m_highlighted - 0.5, 0).x());
        const qreal right = std::min(area.right(), positionOf(m_highlighted + 0.5, 0).x());
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
        // From the axes' ranges and the plot area as they are now: the series' own mapping can
        // still hold the previous range while a filter change is being laid out.
        const QPointF at = positionOf(bucket, peopleRange->max() * 0.93);
        // Most titles already start with the company; only add it where they do not. Korean
        // readers get the title written for them, which names the company itself.
        const bool korean = QLocale().language() == QLocale::Korean && !launch.titleKo.isEmpty();
        const QString full = korean ? launch.titleKo
            : launch.title.startsWith(launch.company)
            ? launch.title
            : launch.company + QStringLiteral(": ") + launch.title;
        const QString text = fm.elidedText(full, Qt::ElideRight, b * 17);
        const qreal width = fm.horizontalAdvance(text);
        // Near the right edge a label hangs to the left of its marker instead of off the plot.
        const qreal left = at.x() + b * 0.6 + width <= area.right() ? at.x() + b * 0.6
                                                                    : at.x() - b * 0.6 - width;
        // Labels stay inside the plot, clear of the axes' labels.
        if (left < area.left() || left + width > area.right())
            continue;
        for (int row = 0; row < rows; ++row) {
            const qreal top = at.y() + b * 0.5 + row * fm.height();
            if (top + fm.height() > area.bottom())
                break;
            if (left > rowEnd[size_t(row)] + b) {
                auto *label = new QGraphicsSimpleTextItem(text, this);
                label->setFont(font);
                label->setBrush(m_options.darkTheme ? ChartStyle::launchColor.lighter(150)
                                                    : ChartStyle::launchColor.darker(160));
                label->setPos(left, top);
                label->setZValue(10);
                m_launchLabels.push_back(label);
                rowEnd[size_t(row)] = left + width;
                break;
            }
        }
    }
}

} // namespace techwinter
