#pragma once

#include <QTableView>

namespace techwinter {

class EventTableModel;

/// The event table: sortable, sized for reading, and a click on a source opens it in the browser.
class EventTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(EventTableModel *model, QWidget *parent = nullptr);

    /// Selects every row whose event date lies in [first, last] and scrolls to the first one.
    void selectDateRange(QDate first, QDate last);

Q_SIGNALS:
    /// The current event changed; `storeRow` is -1 when nothing is selected.
    void currentEventChanged(int storeRow);

private:
    /// Sizes the date, kind, count and amount columns for their widest likely cell in the shown
    /// language and currency.
    void fitFigureColumns();

    EventTableModel *m_model;
};

} // namespace techwinter
