#include "CompanyPanel.h"

#include "CompanyListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace techwinter {

namespace {

// Draws "Google  (23)": the count right-aligned and muted, so names stay easy to scan.
class CompanyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString count = QString::number(index.data(CompanyListModel::EventCountRole).toInt());
        painter->save();
        QColor muted = option.palette.color(
            option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        muted.setAlphaF(0.6);
        painter->setPen(muted);
        painter->drawText(
            option.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, count);
        painter->restore();
    }
};

} // namespace

CompanyPanel::CompanyPanel(CompanyListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_sort(new QComboBox(this))
    , m_all(new QPushButton(this))
    , m_none(new QPushButton(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(CompanyListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortRole(CompanyListModel::NameRole);
    m_proxy->sort(0);

    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("companySearch"));
    connect(
        m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new CompanyDelegate(m_list));
    m_list->setObjectName(QStringLiteral("companyList"));
    m_list->setUniformItemSizes(true);

    m_sort->addItem(QString(), int(CompanyListModel::NameRole));
    m_sort->addItem(QString(), int(CompanyListModel::EventCountRole));
    m_sort->setObjectName(QStringLiteral("companySort"));
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        const int role = m_sort->currentData().toInt();
        m_proxy->setSortRole(role);
        m_proxy->sort(
            0, role == CompanyListModel::EventCountRole ? Qt::DescendingOrder : Qt::AscendingOrder);
    });

    m_all->setObjectName(QStringLiteral("companiesAll"));
    m_none->setObjectName(QStringLiteral("companiesNone"));
    connect(m_all, &QPushButton::clicked, this, &CompanyPanel::checkVisible);
    connect(m_none, &QPushButton::clicked, this, &CompanyPanel::uncheckVisible);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addWidget(m_sort, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    retranslateUi();
}

void CompanyPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search companies (Ctrl+F)…"));
    m_sort->setItemText(0, tr("Sort by name"));
    m_sort->setItemText(1, tr("Sort by events"));
    m_all->setText(tr("All"));
    m_none->setText(tr("None"));
    m_all->setToolTip(tr("Check every company the list shows"));
    m_none->setToolTip(tr("Uncheck every company the list shows"));
}

void CompanyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QList<int> CompanyPanel::visibleCompanies() const
{
    QList<int> indexes;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        indexes << m_proxy->index(row, 0).data(CompanyListModel::CompanyIndexRole).toInt();
    return indexes;
}

void CompanyPanel::checkVisible()
{
    if (m_search->text().isEmpty())
        m_model->checkAll();
    else
        m_model->setChecked(visibleCompanies(), true);
}

void CompanyPanel::uncheckVisible()
{
    if (m_search->text().isEmpty())
        m_model->checkNone();
    else
        m_model->setChecked(visibleCompanies(), false);
}

} // namespace techwinter
