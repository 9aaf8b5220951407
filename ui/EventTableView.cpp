#include "EventTableView.h"

#include "EventTableModel.h"
#include "Formatting.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QItemSelection>
#include <QLocale>
#include <QUrl>

namespace techwinter {

EventTableView::EventTableView(EventTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setObjectName(QStringLiteral("eventTable"));
    setSortingEnabled(true);
    sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(EventTableModel::CompanyColumn, 9 * em);
    setColumnWidth(EventTableModel::TitleColumn, 26 * em);
    setColumnWidth(EventTableModel::CounterpartyColumn, 9 * em);
    fitFigureColumns();
    // A switch of currency or language renames the columns and changes their figures' length.
    connect(model, &QAbstractItemModel::headerDataChanged, this, &EventTableView::fitFigureColumns);

    connect(this, &QTableView::clicked, this, [](const QModelIndex &index) {
        if (index.column() != EventTableModel::SourceColumn)
            return;
        const QUrl url(index.data(EventTableModel::SourceUrlRole).toString());
        if (url.isValid()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            QDesktopServices::openUrl(url);
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            Q_EMIT currentEventChanged(
                current.isValid() ? current.data(EventTableModel::StoreRowRole).toInt() : -1);
        });
    connect(
        model, &QAbstractItemModel::modelReset, this, [this] { Q_EMIT currentEventChanged(-1); });
}

void EventTableView::fitFigureColumns()
{
    // Widths from what the cells hold, so dates, kinds and amounts are never cut to "…".
    const QFontMetrics fm = fontMetrics();
    const int pad = 3 * fm.horizontalAdvance(QLatin1Char(' ')) + 16;
    const auto fit = [&](int column, const QString &sample) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        setColumnWidth(column,
            std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(header) + 12) + pad);
    };
    const QLocale locale;
    fit(EventTableModel::DateColumn, locale.toString(QDate(2023, 12, 28), QLocale::ShortFormat));
    fit(EventTableModel::KindColumn, eventKindLabel(EventKind::AiInvestment));
    fit(EventTableModel::HeadcountColumn, locale.toString(188888));
    const bool won = m_model->money().currency == DisplayCurrency::Krw;
    // A long figure of each kind: "US$888.8 bn", "8,888억 달러", "888조 8,888억 원".
    fit(EventTableModel::AmountUsdColumn,
        formatMoney(
            won ? 888.8888e12 : 888.8e9, displayCurrencyCode(m_model->money().currency), locale));
}

void EventTableView::selectDateRange(QDate first, QDate last)
{
    QItemSelection selection;
    int firstRow = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate date = m_model->eventAt(row).date;
        if (date >= first && date <= last) {
            selection.select(
                m_model->index(row, 0), m_model->index(row, EventTableModel::ColumnCount - 1));
            if (firstRow < 0)
                firstRow = row;
        }
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (firstRow >= 0) {
        selectionModel()->setCurrentIndex(
            m_model->index(firstRow, 0), QItemSelectionModel::NoUpdate);
        scrollTo(m_model->index(firstRow, 0), QAbstractItemView::PositionAtTop);
    }
}

} // namespace techwinter
