#pragma once

#include "AppTranslations.h"
#include "ViewState.h"

#include <QMenu>

#include <array>

QT_BEGIN_NAMESPACE
class QActionGroup;
QT_END_NAMESPACE

namespace techwinter {

class TimelineChartView;

/// The View menu: bucket size, chart modes, the context overlay, zoom, and the window's language
/// and currency. It retranslates itself when the language changes.
class ViewMenu : public QMenu
{
    Q_OBJECT
public:
    ViewMenu(TimelineChartView *chart, QWidget *parent);

    /// View → Find Company; the window connects it to the company search box.
    QAction *findAction() const { return m_find; }

    /// The menu's share of the view: bucket, modes, money.
    void readInto(ViewState &view) const;
    /// Checks what `view` says (and so changes the chart); the overlay is the chart's.
    void apply(const ViewState &view);
    const MoneySettings &money() const { return m_money; }

    /// Checks the entry of the language in use.
    void showLanguage(LanguageChoice choice);
    /// Lists the chart's context series again (after a database change or an import).
    void rebuildOverlayMenu();

Q_SIGNALS:
    void languageChosen(LanguageChoice choice);
    /// The currency or the nominal/real choice changed.
    void moneyChanged(const MoneySettings &money);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createLanguageMenu();
    void createCurrencyMenu();
    void retranslateUi();
    void setMoney(const MoneySettings &money);

    TimelineChartView *m_chart;
    MoneySettings m_money;
    QAction *m_find;
    QActionGroup *m_bucketGroup;
    std::array<QAction *, 3> m_buckets {};
    QAction *m_cumulative;
    QAction *m_logMoney;
    QAction *m_compare;
    QAction *m_stackedBars;
    QMenu *m_overlayMenu;
    QAction *m_resetZoom;
    QMenu *m_languageMenu = nullptr;
    QAction *m_systemLanguage = nullptr;
    std::array<QAction *, 3> m_languages {};
    QMenu *m_currencyMenu = nullptr;
    QAction *m_usd = nullptr;
    QAction *m_krw = nullptr;
    QAction *m_nominal = nullptr;
    QAction *m_real = nullptr;
};

} // namespace techwinter
