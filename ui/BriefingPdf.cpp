#include "BriefingPdf.h"

#include "AtomicFile.h"
#include "Formatting.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace techwinter {

namespace {

// The briefing's words, translated in context "BriefingText"; a class of its own so that lupdate
// files them there.
class BriefingText
{
    Q_DECLARE_TR_FUNCTIONS(BriefingText)
};

// At 96 dpi a page is laid out in the same pixels as a chart export (A4 landscape is about
// 1123 × 794), so the charts' fonts and margins read as they do on screen.
constexpr int dpi = 96;
constexpr qreal margin = 48;

QFont font(qreal pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(int(pixels));
    f.setBold(bold);
    return f;
}

// Draws `text` in `box`, elided where it does not fit.
void cell(QPainter &p, const QRectF &box, const QString &text, Qt::Alignment align)
{
    const QString shown = QFontMetricsF(p.font()).elidedText(text, Qt::ElideRight, box.width());
    p.drawText(box, int(align | Qt::AlignVCenter), shown);
}

class PageDrawer
{
public:
    PageDrawer(QPdfWriter &writer, QPainter &painter, const Briefing &briefing,
        const TimelineChartOptions &chartOptions)
        : m_writer(writer)
        , m_p(painter)
        , m_briefing(briefing)
        , m_chartOptions(chartOptions)
        , m_pages(BriefingPdf::pageCount(briefing))
        , m_page(QRectF(QPointF(0, 0), writer.pageLayout().fullRectPixels(dpi).size().toSizeF()))
    {
    }

    void drawAll()
    {
        cover();
        next();
        chartPage(m_briefing.overview, content().height());
        const auto &league = m_briefing.league;
        for (size_t first = 0; first < std::max<size_t>(league.size(), 1);
             first += BriefingPdf::leagueRowsPerPage) {
            next();
            leaguePage(first);
        }
        for (const BriefingCompany &company : m_briefing.companies) {
            next();
            companyPage(company);
        }
        footer();
    }

private:
    QRectF content() const { return m_page.adjusted(margin, margin, -margin, -margin * 1.5); }

    void next()
    {
        footer();
        m_writer.newPage();
        ++m_number;
    }

    void footer()
    {
        m_p.setFont(font(11));
        m_p.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF line(margin, m_page.height() - margin, m_page.width() - 2 * margin, 20);
        cell(m_p, line, m_briefing.overview.footer, Qt::AlignLeft);
        cell(m_p, line, BriefingText::tr("Page %1 of %2").arg(m_number).arg(m_pages),
            Qt::AlignRight);
    }

    qreal heading(const QString &text, qreal top)
    {
        m_p.setFont(font(22, true));
        m_p.setPen(QColor(0x22, 0x22, 0x22));
        const QRectF box(content().left(), top, content().width(), 34);
        cell(m_p, box, text, Qt::AlignLeft);
        return box.bottom() + 8;
    }

    void cover()
    {
        const QRectF area = content();
        m_p.setPen(QColor(0x22, 0x22, 0x22));
        m_p.setFont(font(34, true));
        m_p.drawText(QRectF(area.left(), area.top() + 120, area.width(), 50), Qt::AlignLeft,
            BriefingText::tr("TechWinter briefing"));
        m_p.setFont(font(20));
        const QRectF title(area.left(), area.top() + 190, area.width(), 90);
        m_p.drawText(title, Qt::AlignLeft | Qt::TextWordWrap, m_briefing.title);
        m_p.setPen(QColor(0x44, 0x44, 0x44));
        m_p.setFont(font(15));
        QStringList lines { BriefingText::tr("Filter: %1").arg(m_briefing.filter),
            m_briefing.totals,
            BriefingText::tr("Companies in the league table: %1").arg(m_briefing.league.size()),
            BriefingText::tr("Made on %1")
                .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)) };
        m_p.drawText(QRectF(area.left(), area.top() + 300, area.width(), 260),
            Qt::AlignLeft | Qt::TextWordWrap, lines.join(QLatin1Char('\n')));
    }

    void chartPage(const TimelineChartContent &chart, qreal height)
    {
        const QRectF area = content();
        ChartExporter::paint(m_p, QRectF(area.topLeft(), QSizeF(area.width(), height)), chart,
            m_chartOptions, ChartExportOptions {});
    }

    void leaguePage(size_t first)
    {
        qreal y
            = heading(BriefingText::tr("League table: who cut how many, who put how much into AI"),
                content().top());
        const QStringList headings { BriefingText::tr("Company"), BriefingText::tr("Jobs cut"),
            BriefingText::tr("Layoffs"), BriefingText::tr("AI investment"),
            BriefingText::tr("AI per job cut"), BriefingText::tr("Acquisitions"),
            BriefingText::tr("Acquired for"), BriefingText::tr("First"), BriefingText::tr("Last") };
        const std::array<qreal, 9> widths { 0.2, 0.1, 0.07, 0.12, 0.11, 0.09, 0.11, 0.1, 0.1 };
        const QLocale locale;
        const auto row = [&](const QStringList &cells, bool bold) {
            m_p.setFont(font(12, bold));
            qreal x = content().left();
            for (int i = 0; i < cells.size(); ++i) {
                const qreal w = widths[size_t(i)] * content().width();
                cell(m_p, QRectF(x + 3, y, w - 6, 22), cells[i],
                    i == 0 ? Qt::AlignLeft : Qt::AlignRight);
                x += w;
            }
            y += 22;
        };
        m_p.setPen(QColor(0x22, 0x22, 0x22));
        row(headings, true);
        const auto &league = m_briefing.league;
        if (league.empty()) {
            row({ BriefingText::tr("No company has events in this selection.") }, false);
            return;
        }
        const size_t end = std::min(league.size(), first + BriefingPdf::leagueRowsPerPage);
        for (size_t i = first; i < end; ++i) {
            const LeagueRow &r = league[i];
            if ((i - first) % 2 == 0)
                m_p.fillRect(
                    QRectF(content().left(), y, content().width(), 22), QColor(0xF2, 0xF2, 0xF2));
            const auto perJob = r.aiUsdPerJobCut();
            row({ r.name, locale.toString(r.jobsCut), locale.toString(r.layoffEvents),
                    r.aiUsd > 0 ? formatUsd(r.aiUsd) : QString(),
                    perJob ? formatUsd(*perJob) : QString(), locale.toString(r.acquisitions),
                    r.acquisitionUsd > 0 ? formatUsd(r.acquisitionUsd) : QString(),
                    r.firstEvent.toString(Qt::ISODate), r.lastEvent.toString(Qt::ISODate) },
                false);
        }
    }

    void companyPage(const BriefingCompany &company)
    {
        const QRectF area = content();
        const qreal chartHeight = area.height() * 0.58;
        chartPage(company.chart, chartHeight);
        qreal y = area.top() + chartHeight + 10;
        m_p.setPen(QColor(0x22, 0x22, 0x22));
        m_p.setFont(font(14, true));
        m_p.drawText(QRectF(area.left(), y, area.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
            BriefingText::tr("Largest events of %1").arg(company.name));
        y += 26;
        const QLocale locale;
        for (const Event &e : company.largest) {
            if (y > area.bottom() - 20)
                break;
            const QString figure = e.kind == EventKind::Layoff && e.headcount
                ? BriefingText::tr("%1 jobs").arg(locale.toString(*e.headcount))
                : (e.amountUsd ? formatUsd(*e.amountUsd) : QString());
            const QString title = QLocale().language() == QLocale::Korean && !e.titleKo.isEmpty()
                ? e.titleKo
                : e.title;
            m_p.setFont(font(12));
            m_p.setPen(QColor(0x22, 0x22, 0x22));
            cell(m_p, QRectF(area.left(), y, 90, 20), e.dateText(), Qt::AlignLeft);
            cell(m_p, QRectF(area.left() + 95, y, 110, 20), eventKindLabel(e.kind), Qt::AlignLeft);
            cell(m_p, QRectF(area.left() + 210, y, 100, 20), figure, Qt::AlignRight);
            cell(m_p, QRectF(area.left() + 320, y, area.width() - 320, 20), title, Qt::AlignLeft);
            m_p.setFont(font(10));
            m_p.setPen(QColor(0x1F, 0x5F, 0x9F));
            cell(m_p, QRectF(area.left() + 320, y + 18, area.width() - 320, 16),
                e.sourceUrl.isEmpty() ? BriefingText::tr("no source URL") : e.sourceUrl,
                Qt::AlignLeft);
            y += 40;
        }
    }

    QPdfWriter &m_writer;
    QPainter &m_p;
    const Briefing &m_briefing;
    const TimelineChartOptions &m_chartOptions;
    int m_pages;
    QRectF m_page;
    int m_number = 1;
};

} // namespace

int BriefingPdf::pageCount(const Briefing &briefing)
{
    const int leaguePages
        = std::max(1, int((briefing.league.size() + leagueRowsPerPage - 1) / leagueRowsPerPage));
    return 2 + leaguePages + int(briefing.companies.size());
}

Status BriefingPdf::write(
    const QString &path, const Briefing &briefing, const TimelineChartOptions &chartOptions)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(briefing.title);
        writer.setCreator(QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion());
        QPainter painter(&writer);
        if (!painter.isActive())
            return Error { ErrorKind::Io, BriefingText::tr("cannot start the PDF"), path };
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        PageDrawer(writer, painter, briefing, chartOptions).drawAll();
    }
    return writeFileAtomically(path, buffer.data());
}

} // namespace techwinter
