#include "EventDetailsPanel.h"

#include "ExchangeRates.h"

#include "Formatting.h"

#include "ChartContent.h"

#include <QEvent>
#include <QLocale>

namespace techwinter {

EventDetailsPanel::EventDetailsPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setObjectName(QStringLiteral("eventDetails"));
    setPlaceholderText(tr("Select an event in the table to see its details and source."));
    setMinimumWidth(240);
}

void EventDetailsPanel::setEvent(
    const std::optional<Event> &event, const std::optional<EventDetails> &details)
{
    m_event = event;
    m_details = details;
    render();
}

void EventDetailsPanel::setMoney(const MoneySettings &money)
{
    m_money = money;
    render();
}

void EventDetailsPanel::render()
{
    if (m_event)
        setHtml(html(*m_event, m_details, m_money));
    else
        clear();
}

void EventDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setPlaceholderText(tr("Select an event in the table to see its details and source."));
        render();
    }
    QTextBrowser::changeEvent(event);
}

namespace {

QString tableRow(const QString &label, const QString &value)
{
    return value.isEmpty()
        ? QString()
        : QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
              .arg(label.toHtmlEscaped(), value);
}

} // namespace

QString EventDetailsPanel::convertedRow(const Event &e, const MoneySettings &settings)
{
    const auto money = MoneyConverter(settings).convert(e);
    if (!settings.converts() || !money)
        return {};
    const QLocale locale;
    const bool won = settings.currency == DisplayCurrency::Krw;
    QStringList rates;
    if (money->cpiFactor)
        rates << tr("×%1 for US prices (CPI-U)").arg(locale.toString(*money->cpiFactor, 'f', 3));
    if (money->krwPerUsd) {
        const MonthValue &rate = *money->krwPerUsd;
        rates << (settings.realYear
                ? tr("%1, %2 average")
                      .arg(formatKrwPerUsd(rate.value, locale), QString::number(*settings.realYear))
                : tr("%1, %2 average")
                      .arg(formatKrwPerUsd(rate.value, locale),
                          rate.extrapolated ? tr("%1 (the last month known)").arg(rate.month.text())
                                            : rate.month.text()));
    }
    const QString label = settings.realYear
        ? (won ? tr("In won of %1 prices") : tr("In dollars of %1 prices")).arg(*settings.realYear)
        : tr("In won");
    QString value
        = formatMoney(money->value, displayCurrencyCode(money->currency), locale).toHtmlEscaped();
    if (!rates.isEmpty())
        value += QStringLiteral(" <span style='color:#666'>(%1)</span>")
                     .arg(rates.join(QStringLiteral("; ")).toHtmlEscaped());
    return tableRow(label, value);
}

QString EventDetailsPanel::html(
    const Event &e, const std::optional<EventDetails> &details, const MoneySettings &money)
{
    const QLocale locale;
    const auto row = &tableRow;
    QString figures;
    figures += row(tr("Date"),
        e.dateText().toHtmlEscaped()
            + (e.precision == DatePrecision::Day ? QString()
                                                 : QStringLiteral(" ")
                        + tr("(only %1 known)").arg(datePrecisionName(e.precision))));
    figures += row(tr("Company"), e.company.toHtmlEscaped());
    figures += row(tr("Kind"), eventKindLabel(e.kind).toHtmlEscaped());
    figures += row(tr("Counterparty"), e.counterparty.toHtmlEscaped());
    if (e.headcount)
        figures += row(tr("Jobs cut"), locale.toString(*e.headcount));
    if (e.workforcePct)
        figures += row(tr("Share of staff"),
            QStringLiteral("%1%").arg(locale.toString(*e.workforcePct, 'g', 4)));
    if (e.amount && !e.currency.isEmpty() && e.currency != QLatin1String("USD")) {
        const bool won = e.currency == QLatin1String("KRW");
        figures += row(tr("Amount"),
            won ? formatMoney(*e.amount, e.currency, locale).toHtmlEscaped()
                : QStringLiteral("%1 %2").arg(
                    locale.toString(*e.amount, 'f', 0), e.currency.toHtmlEscaped()));
        // The H.10 average of the event's month, next to the source's own figure, so a reader
        // can see both and which month's rate it was.
        if (const auto rate = ExchangeRates::bundled().perUsd(
                e.currency, e.date, e.precision == DatePrecision::Year)) {
            const QString perDollar = won
                ? formatKrwPerUsd(rate->value, locale)
                : tr("%1 %2 per US$").arg(locale.toString(rate->value, 'f', 4), e.currency);
            const QString when = rate->extrapolated
                ? tr("%1 average, the last month known").arg(rate->month.text())
                : tr("%1 average").arg(rate->month.text());
            figures += row(tr("At the month's rate"),
                tr("%1 at %2, %3")
                    .arg(formatUsd(*e.amount / rate->value, locale), perDollar, when)
                    .toHtmlEscaped());
        }
    }
    if (e.amountUsd) {
        QString usd = formatUsd(*e.amountUsd).toHtmlEscaped();
        if (e.usdRate && e.currency != QLatin1String("USD") && !e.currency.isEmpty())
            usd += QStringLiteral(" <span style='color:#666'>(%1)</span>")
                       .arg(tr("at %1 USD per %2")
                                .arg(locale.toString(*e.usdRate, 'g', 6),
                                    e.currency.toHtmlEscaped()));
        figures += row(tr("Amount (USD)"), usd);
        figures += convertedRow(e, money);
    } else if (e.kind == EventKind::AiInvestment || e.kind == EventKind::Investment
        || e.kind == EventKind::Acquisition) {
        figures += row(tr("Amount"), tr("not disclosed or not known"));
    }
    const auto link = [](const QString &url) {
        return QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped());
    };
    if (!e.sourceUrl.isEmpty()) {
        figures += row(tr("Source"), link(e.sourceUrl));
    } else {
        // The bundled dataset's few unsourced events say why in their notes (UNVERIFIED).
        figures += row(tr("Source"),
            QStringLiteral("<b>%1</b>").arg(tr("unverified: no public report was found")));
    }
    QStringList others;
    for (const QString &url : e.otherSourceUrls())
        others << link(url.trimmed());
    figures += row(tr("Also reported by"), others.join(QStringLiteral("<br>")));
    if (details) {
        for (const EventAttribute &a : details->attributes)
            figures += row(a.name, a.value.toHtmlEscaped());
        if (details->batchId > 0) {
            // The bundled dataset's batch is stored under an English name; the reader sees theirs.
            const QString source = details->source == QLatin1String("bundled dataset")
                ? tr("bundled dataset")
                : details->source;
            QString origin = source.toHtmlEscaped();
            if (details->sourceRow > 0)
                origin += QStringLiteral(", ") + tr("line %1").arg(details->sourceRow);
            if (details->importedAt.isValid())
                origin += QStringLiteral(", ")
                    + tr("imported %1")
                          .arg(details->importedAt.toLocalTime().toString(
                              QStringLiteral("yyyy-MM-dd HH:mm"))); // unambiguous in any language
            figures += row(tr("From"), origin);
        }
    }
    QString notes;
    if (!e.notes.isEmpty())
        notes = QStringLiteral("<p style='color:#333'>%1</p>").arg(e.notes.toHtmlEscaped());
    // In Korean the Korean title leads, with the English one under it.
    const bool korean = QLocale().language() == QLocale::Korean && !e.titleKo.isEmpty();
    const QString heading = korean ? QStringLiteral("<h3>%1</h3><p style='color:#666'>%2</p>")
                                         .arg(e.titleKo.toHtmlEscaped(), e.title.toHtmlEscaped())
                                   : QStringLiteral("<h3>%1</h3>").arg(e.title.toHtmlEscaped());
    return QStringLiteral("%1<table>%2</table>%3").arg(heading, figures, notes);
}

} // namespace techwinter
