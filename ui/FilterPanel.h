#pragma once

#include "Event.h"

#include <QPointer>
#include <QWidget>

#include <map>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace techwinter {

class CompanyListModel;
class CompanyPanel;
class EventFilter;

/// The left-hand side of the window: companies, kinds and a month-precision date range, all
/// editing the one shared EventFilter and following it when it changes elsewhere.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    FilterPanel(EventFilter *filter, CompanyListModel *companies, QWidget *parent = nullptr);

    CompanyPanel *companyPanel() const { return m_companies; }
    QCheckBox *kindToggle(EventKind kind) const { return m_kindBoxes.at(kind); }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

public Q_SLOTS:
    /// Opens the date range to everything the data covers.
    void resetDates();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncFromFilter();
    void applyDates();

    QPointer<EventFilter> m_filter;
    CompanyPanel *m_companies;
    std::map<EventKind, QCheckBox *> m_kindBoxes;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QGroupBox *m_companyBox;
    QGroupBox *m_kindBox;
    QGroupBox *m_dateBox;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QPushButton *m_allDates;
};

} // namespace techwinter
