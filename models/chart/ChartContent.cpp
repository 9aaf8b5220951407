#include "ChartContent.h"

#include "EventStore.h"
#include "FilterDescription.h"
#include "Formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <optional>

namespace techwinter {

namespace {
// The chart's words, translated in context "ChartContent"; a class of its own so that lupdate
// files them there (a free tr() helper lands them under the namespace's name).
class ChartContent
{
    Q_DECLARE_TR_FUNCTIONS(ChartContent)
};
} // namespace

namespace {

// The words around the series; shared by both ways of computing the series, so a chart made
// from the database's sums reads exactly like one made from the events.
// How many of the events drawn carry a source URL; unknown on the database-sums path.
struct Provenance
{
    qint64 sourced = 0;
    qint64 unsourced = 0;
};

QString footerText(
    const QString &databaseName, qint64 eventCount, const std::optional<Provenance> &provenance)
{
    const QLocale locale;
    QString what;
    if (!provenance) {
        what = ChartContent::tr("%1 events").arg(locale.toString(eventCount));
    } else if (provenance->unsourced == 0) {
        what = ChartContent::tr("%1 events from public reports, each with its source URL")
                   .arg(locale.toString(provenance->sourced));
    } else if (provenance->sourced == 0) {
        what = ChartContent::tr("%1 events without source URLs")
                   .arg(locale.toString(provenance->unsourced));
    } else {
        what = ChartContent::tr("%1 events with a source URL; %2 without a source")
                   .arg(locale.toString(provenance->sourced),
                       locale.toString(provenance->unsourced));
    }
    return ChartContent::tr("Data: %1 — %2 · Chart: TechWinter %3")
        .arg(databaseName, what, QCoreApplication::applicationVersion());
}

// Sums the converted AI money of `rows` per bucket; an event no rate reaches adds nothing.
std::vector<double> convertedAiMoney(const EventStore &store, std::span<const int> rows,
    const TimelineSeries &series, const MoneySettings &money)
{
    std::vector<double> sums(series.buckets().size(), 0.0);
    const MoneyConverter converter(money);
    BucketCursor cursor(series.buckets());
    for (int row : rows) {
        if (store.kind(row) != EventKind::AiInvestment || !store.amountUsd(row))
            continue;
        const auto bucket = cursor.find(store.date(row).toJulianDay());
        if (!bucket)
            continue;
        if (const auto converted = converter.convert(store.event(row)))
            sums[*bucket] += converted->value;
    }
    return sums;
}

QString moneyText(double value, const MoneySettings &money)
{
    return formatMoney(value, displayCurrencyCode(money.currency));
}

void describe(TimelineChartContent &content, const EventStore &store, const FilterState &state,
    qint64 eventCount, QDate firstDate, QDate lastDate, bool storeIsEmpty,
    const QString &databaseName, const std::optional<Provenance> &provenance)
{
    QString when = FilterDescription::dateRange(state);
    if (when.isEmpty() && eventCount > 0) {
        const int first = firstDate.year();
        const int last = lastDate.year();
        when
            = first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
    }
    // Up to five companies by name ("and 1 more" would be no shorter than the name); the title
    // is elided where it does not fit, with the full text in its tooltip and the metadata.
    const int named = state.companies && state.companies->size() <= 5 ? 5 : 4;
    QStringList about { FilterDescription::companies(state, store, named) };
    if (const QString kinds = FilterDescription::kinds(state); !kinds.isEmpty())
        about << kinds;
    if (!when.isEmpty())
        about << when;
    // The text search changes what is drawn, so the title says so.
    if (const QString text = state.text.trimmed(); !text.isEmpty())
        about << ChartContent::tr("matching “%1”").arg(text);
    content.title
        = ChartContent::tr("Layoffs vs AI investment — %1").arg(about.join(QStringLiteral(", ")));

    const QLocale locale;
    const qint64 people = content.series.totalLayoffHeadcount();
    const double usd = content.series.totalAiInvestmentUsd();
    double shownMoney = 0;
    for (int i = 0; i < int(content.series.buckets().size()); ++i)
        shownMoney += content.aiMoneyAt(i);
    const bool layoffs = content.series.totalEventsOfKind(EventKind::Layoff) > 0;
    if (usd > 0 && layoffs)
        content.subtitle = ChartContent::tr("%1 jobs cut · %2 invested in AI · %3 events")
                               .arg(locale.toString(people), moneyText(shownMoney, content.money),
                                   locale.toString(eventCount));
    else if (usd > 0)
        content.subtitle
            = ChartContent::tr("no layoffs in this selection · %1 invested in AI · %2 events")
                  .arg(moneyText(shownMoney, content.money), locale.toString(eventCount));
    else
        content.subtitle
            = ChartContent::tr("%1 jobs cut · no AI money in this selection · %2 events")
                  .arg(locale.toString(people), locale.toString(eventCount));
    // What the chart cannot draw yet is named, so the counts in the subtitle add up.
    QStringList hidden;
    qint64 hiddenEvents = 0;
    for (EventKind kind : { EventKind::Acquisition, EventKind::Investment,
             EventKind::AiInfrastructure, EventKind::Restructuring }) {
        if (const qint64 count = content.series.totalEventsOfKind(kind); count > 0) {
            hidden << QStringLiteral("%1 (%2)").arg(eventKindLabel(kind), locale.toString(count));
            hiddenEvents += count;
        }
    }
    if (!hidden.isEmpty()) {
        content.notDrawn = hidden.join(QStringLiteral(", "));
        content.subtitle
            += QStringLiteral(" · ") + ChartContent::tr("not drawn: %1").arg(content.notDrawn);
    }
    const qint64 launches = content.series.totalEventsOfKind(EventKind::Launch);
    content.nothingDrawn
        = eventCount > 0 && hiddenEvents > 0 && people == 0 && usd <= 0 && launches == 0;
    content.footer = footerText(databaseName, eventCount, provenance);
    // Converted money names the rates and prices it used, on a line of its own.
    if (const QString note = MoneyConverter(content.money).sourceNote(); !note.isEmpty())
        content.footer += QLatin1Char('\n') + note;
    content.emptyText = storeIsEmpty
        ? ChartContent::tr("This database holds no events yet. Import a file to begin.")
        : ChartContent::tr(
            "No events match the filter. Choose companies, kinds or dates on the left.");
    if (content.nothingDrawn)
        content.emptyText = ChartContent::tr(
            "The chart draws layoffs, AI investment and launches; none of the %1 events that "
            "match is one: %2.")
                                .arg(locale.toString(eventCount), content.notDrawn);
}

} // namespace

TimelineChartContent makeChartContent(const EventStore &store, const FilterState &state,
    std::span<const int> rows, BucketSize bucket, const QString &databaseName, bool compare,
    const MoneySettings &money)
{
    TimelineChartContent content;
    content.series = TimelineSeries::compute(store, rows, bucket, state.from, state.to);
    content.money = money;
    if (money.converts())
        content.aiMoney = convertedAiMoney(store, rows, content.series, money);
    if (compare)
        content.compare = CompareSeries::compute(store, rows, content.series);
    Provenance provenance;
    for (int row : rows) {
        if (store.kind(row) == EventKind::Launch)
            content.launches.push_back(store.event(row));
        ++(store.sourceUrl(row).isEmpty() ? provenance.unsourced : provenance.sourced);
    }
    describe(content, store, state, qint64(rows.size()),
        rows.empty() ? QDate() : store.date(rows.front()),
        rows.empty() ? QDate() : store.date(rows.back()), store.isEmpty(), databaseName,
        provenance);
    return content;
}

TimelineChartContent makeChartContent(const EventStore &companies, const FilterState &state,
    std::span<const MonthSum> sums, std::span<const Event> launches, bool storeIsEmpty,
    BucketSize bucket, const QString &databaseName)
{
    TimelineChartContent content;
    qint64 eventCount = 0;
    content.series = TimelineSeries::fromMonthSums(sums, companies, state, bucket, &eventCount);
    if (state.acceptsKind(EventKind::Launch)) {
        for (const Event &e : launches) {
            const auto company = companies.findCompany(e.company);
            if ((state.from.isValid() && e.date < state.from)
                || (state.to.isValid() && e.date > state.to)
                || (state.companies && (!company || !state.companies->contains(*company))))
                continue;
            content.launches.push_back(e);
        }
    }
    // The first and last matching months stand in for the first and last events: only their
    // years are shown.
    const auto &buckets = content.series.buckets();
    QDate first, last;
    for (const TimelineBucket &b : buckets) {
        if (b.eventCount > 0) {
            if (!first.isValid())
                first = b.start;
            last = b.start;
        }
    }
    describe(content, companies, state, eventCount, first, last, storeIsEmpty, databaseName,
        std::nullopt);
    return content;
}

double TimelineChartContent::aiMoneyAt(int bucket) const
{
    if (bucket < 0 || bucket >= int(series.buckets().size()))
        return 0;
    return aiMoney.empty() ? series.buckets()[size_t(bucket)].aiInvestmentUsd
                           : aiMoney[size_t(bucket)];
}

QMap<QString, QString> chartMetadata(
    const EventStore &store, const ViewState &view, const TimelineChartContent &content)
{
    const FilterState state = view.filterFor(store);
    QMap<QString, QString> meta;
    meta.insert(QStringLiteral("Title"), content.title);
    meta.insert(QStringLiteral("Description"), content.subtitle);
    // The filter in full: every company by name, the kinds, the dates and the text search.
    QStringList filter { FilterDescription::companies(
        state, store, std::numeric_limits<int>::max()) };
    for (const QString &part :
        { FilterDescription::kinds(state), FilterDescription::dateRange(state) }) {
        if (!part.isEmpty())
            filter << part;
    }
    if (const QString text = state.text.trimmed(); !text.isEmpty())
        filter << QStringLiteral("text “%1”").arg(text);
    meta.insert(QStringLiteral("Filter"), filter.join(QStringLiteral(", ")));
    const auto &buckets = content.series.buckets();
    if (!buckets.empty())
        meta.insert(QStringLiteral("Date range"),
            QStringLiteral("%1 to %2")
                .arg(buckets.front().start.toString(Qt::ISODate),
                    buckets.back().end.toString(Qt::ISODate)));
    meta.insert(QStringLiteral("Bucket"), bucketSizeName(view.bucket));
    meta.insert(QStringLiteral("Source"), content.footer);
    meta.insert(QStringLiteral("Software"),
        QStringLiteral("TechWinter %1").arg(QCoreApplication::applicationVersion()));
    return meta;
}

QString bucketTooltip(const EventStore &store, std::span<const int> rows,
    const TimelineSeries &series, int bucket, int maxEvents, const MoneySettings &money)
{
    if (bucket < 0 || bucket >= int(series.buckets().size()))
        return {};
    const TimelineBucket &b = series.buckets()[size_t(bucket)];
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b><br>").arg(series.label(bucket).toHtmlEscaped());
    text += ChartContent::tr("Jobs cut: %1 (%2 layoffs)")
                .arg(locale.toString(b.layoffHeadcount))
                .arg(b.layoffEvents);
    text += QStringLiteral("<br>");
    std::span<const int> inBucket = series.rowsInBucket(store, rows, bucket);
    const MoneyConverter converter(money);
    double aiMoney = b.aiInvestmentUsd;
    if (money.converts()) {
        aiMoney = 0;
        for (int row : inBucket) {
            if (store.kind(row) != EventKind::AiInvestment || !store.amountUsd(row))
                continue;
            if (const auto converted = converter.convert(store.event(row)))
                aiMoney += converted->value;
        }
    }
    text += ChartContent::tr("AI investment: %1 (%2 deals)")
                .arg(moneyText(aiMoney, money))
                .arg(b.aiInvestmentEvents);

    std::vector<int> largest(inBucket.begin(), inBucket.end());
    // "Largest" across kinds: people for layoffs, dollars for money; launches still show.
    const auto weight = [&](int row) {
        return double(store.headcountOrZero(row)) * 1e6 + store.amountUsd(row).value_or(0) / 1e3;
    };
    std::stable_sort(
        largest.begin(), largest.end(), [&](int a, int c) { return weight(a) > weight(c); });
    const int shown = std::min(int(largest.size()), maxEvents);
    for (int i = 0; i < shown; ++i) {
        const Event e = store.event(largest[size_t(i)]);
        QString figure;
        if (e.headcount)
            figure = ChartContent::tr("%1 jobs").arg(locale.toString(*e.headcount));
        else if (const auto converted = converter.convert(e); converted && e.amountUsd)
            figure = moneyText(converted->value, money);
        // In Korean, the company's and the event's Korean names where the dataset has them.
        const QString company = store.company(store.companyIndex(largest[size_t(i)])).displayName();
        const QString title
            = locale.language() == QLocale::Korean && !e.titleKo.isEmpty() ? e.titleKo : e.title;
        text += QStringLiteral("<br>• %1: %2%3")
                    .arg(company.toHtmlEscaped(), title.toHtmlEscaped(),
                        figure.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(figure));
    }
    if (int(largest.size()) > shown)
        text += QStringLiteral("<br>")
            + ChartContent::tr("… and %1 more").arg(int(largest.size()) - shown);
    return text;
}

} // namespace techwinter
