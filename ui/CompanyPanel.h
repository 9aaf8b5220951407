#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace techwinter {

class CompanyListModel;

/// The company chooser: a search box that narrows the list as you type (names, aliases and
/// Korean names), checkable companies with their event counts, All / None, sort by name or count.
class CompanyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyPanel(CompanyListModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    /// Companies the list shows right now (after the search), as store indexes.
    QList<int> visibleCompanies() const;

public Q_SLOTS:
    /// All / None act on the companies the search shows, or on every company when the box is empty.
    void checkVisible();
    void uncheckVisible();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    CompanyListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_list;
    QComboBox *m_sort;
    QPushButton *m_all;
    QPushButton *m_none;
};

} // namespace techwinter
