#include "FilterPanel.h"

#include "CompanyPanel.h"
#include "EventFilter.h"
#include "EventStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace techwinter {

namespace {

// A month box that takes a typed month after Ctrl+A. QDateTimeEdit edits one section at a time;
// with the whole text selected, typed digits land in no section and the date is silently kept
// (or only partly changed). Select-all here selects the year, so "2022-01" types the year, the
// "-" moves to the month, and "01" is the month.
class MonthEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->matches(QKeySequence::SelectAll)) {
            setSelectedSection(QDateTimeEdit::YearSection);
            event->accept();
            return;
        }
        // Typing over a whole selection (e.g. after a triple click) starts at the year too.
        if (!event->text().isEmpty() && event->text().front().isDigit()
            && lineEdit()->selectedText() == lineEdit()->text())
            setSelectedSection(QDateTimeEdit::YearSection);
        QDateEdit::keyPressEvent(event);
    }
};

QDateEdit *monthEdit(QWidget *parent, const QString &name)
{
    auto *edit = new MonthEdit(parent);
    // Month precision: typing "2023-04" is enough, and the calendar is there for picking.
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setCalendarPopup(true);
    // The date is taken when typing ends (Enter, Tab, leaving the box), not at each keystroke:
    // a half-typed "2" would otherwise filter, and syncing back would overwrite the typing.
    edit->setKeyboardTracking(false);
    // The whole section is replaced by what is typed, and typing the separator moves on.
    edit->setCurrentSection(QDateTimeEdit::YearSection);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    edit->setObjectName(name);
    return edit;
}

} // namespace

FilterPanel::FilterPanel(EventFilter *filter, CompanyListModel *companies, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_companies(new CompanyPanel(companies, this))
    , m_from(monthEdit(this, QStringLiteral("fromDate")))
    , m_to(monthEdit(this, QStringLiteral("toDate")))
    , m_companyBox(new QGroupBox(this))
    , m_kindBox(new QGroupBox(this))
    , m_dateBox(new QGroupBox(this))
    , m_fromLabel(new QLabel(m_dateBox))
    , m_toLabel(new QLabel(m_dateBox))
    , m_allDates(new QPushButton(m_dateBox))
{
    auto *companyLayout = new QVBoxLayout(m_companyBox);
    companyLayout->addWidget(m_companies);

    auto *kindLayout = new QGridLayout(m_kindBox);
    int i = 0;
    for (EventKind kind : AllEventKinds) {
        auto *box = new QCheckBox(m_kindBox);
        box->setObjectName(QStringLiteral("kind_") + eventKindName(kind));
        connect(box, &QCheckBox::toggled, this,
            [this, kind](bool on) { m_filter->setKindEnabled(kind, on); });
        kindLayout->addWidget(box, i / 2, i % 2);
        m_kindBoxes[kind] = box;
        ++i;
    }

    auto *dateLayout = new QFormLayout(m_dateBox);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    dateLayout->addRow(m_fromLabel, m_from);
    dateLayout->addRow(m_toLabel, m_to);
    m_allDates->setObjectName(QStringLiteral("allDates"));
    dateLayout->addRow(m_allDates);
    connect(m_allDates, &QPushButton::clicked, this, &FilterPanel::resetDates);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterPanel::applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterPanel::applyDates);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_companyBox, 1);
    layout->addWidget(m_kindBox);
    layout->addWidget(m_dateBox);

    connect(filter, &EventFilter::changed, this, &FilterPanel::syncFromFilter);
    syncFromFilter();
    retranslateUi();
}

void FilterPanel::retranslateUi()
{
    m_companyBox->setTitle(tr("Companies"));
    m_kindBox->setTitle(tr("Kinds"));
    m_dateBox->setTitle(tr("Dates"));
    for (auto &[kind, box] : m_kindBoxes)
        box->setText(eventKindLabel(kind));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_allDates->setText(tr("All dates"));
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterPanel::resetDates()
{
    m_filter->setDateRange(QDate(), QDate());
}

void FilterPanel::applyDates()
{
    QDate from = m_from->date();
    QDate to = m_to->date();
    from = QDate(from.year(), from.month(), 1);
    to = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
    if (to < from)
        std::swap(from, to);
    const EventStore &store = m_filter->store();
    // The whole span of the data is the same as no date filter: keep it open so new data shows.
    const bool coversAll = !store.isEmpty() && from <= store.firstDate() && to >= store.lastDate();
    if (coversAll && !m_filter->state().from.isValid() && !m_filter->state().to.isValid())
        return;
    m_filter->setDateRange(from, to);
}

void FilterPanel::syncFromFilter()
{
    const FilterState &state = m_filter->state();
    for (auto &[kind, box] : m_kindBoxes) {
        const QSignalBlocker block(box);
        box->setChecked(state.acceptsKind(kind));
    }
    const EventStore &store = m_filter->store();
    const QDate from = state.from.isValid() ? state.from
        : store.isEmpty()                   ? QDate(2019, 1, 1)
                                            : store.firstDate();
    const QDate to = state.to.isValid() ? state.to
        : store.isEmpty()               ? QDate(2025, 12, 31)
                                        : store.lastDate();
    // The range follows the data: imported events may go back to the 1960s or earlier.
    const QDate floor = std::min(QDate(1990, 1, 1),
        store.isEmpty() ? QDate(1990, 1, 1) : QDate(store.firstDate().year(), 1, 1));
    const QDate ceiling = std::max(QDate(2100, 12, 31),
        store.isEmpty() ? QDate(2100, 12, 31) : QDate(store.lastDate().year(), 12, 31));
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    for (QDateEdit *edit : { m_from, m_to })
        edit->setDateRange(floor, ceiling);
    // Never rewrite a box while the user is typing in it.
    if (!m_from->hasFocus() || m_from->date() != from)
        m_from->setDate(from);
    if (!m_to->hasFocus() || m_to->date() != to)
        m_to->setDate(to);
}

} // namespace techwinter
