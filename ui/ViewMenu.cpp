#include "ViewMenu.h"

#include "PriceIndex.h"
#include "TimelineChartView.h"

#include <QActionGroup>
#include <QEvent>
#include <QInputDialog>

namespace techwinter {

namespace {

QAction *checkable(QMenu *menu, QActionGroup *group = nullptr)
{
    QAction *action = menu->addAction(QString());
    action->setCheckable(true);
    if (group)
        group->addAction(action);
    return action;
}

// The years whose average prices the real-dollar figures can use: those CPI-U knows fully.
QList<int> realDollarYears()
{
    QList<int> years;
    for (int year = 2019; year <= 2100; ++year) {
        const auto average = PriceIndex::bundled().yearAverage(year);
        if (!average || average->extrapolated)
            break;
        years.prepend(year);
    }
    return years;
}

} // namespace

ViewMenu::ViewMenu(TimelineChartView *chart, QWidget *parent)
    : QMenu(parent)
    , m_chart(chart)
    , m_find(addAction(QString()))
    , m_bucketGroup(new QActionGroup(this))
{
    setObjectName(QStringLiteral("viewMenu"));
    m_find->setShortcut(QKeySequence::Find);
    addSeparator();
    const BucketSize sizes[] = { BucketSize::Month, BucketSize::Quarter, BucketSize::Year };
    for (size_t i = 0; i < m_buckets.size(); ++i) {
        QAction *action = checkable(this, m_bucketGroup);
        action->setData(int(sizes[i]));
        action->setChecked(sizes[i] == BucketSize::Month);
        connect(action, &QAction::triggered, m_chart,
            [this, size = sizes[i]] { m_chart->setBucketSize(size); });
        m_buckets[i] = action;
    }
    addSeparator();
    m_cumulative = checkable(this);
    connect(m_cumulative, &QAction::toggled, m_chart, &TimelineChartView::setCumulative);
    m_logMoney = checkable(this);
    connect(m_logMoney, &QAction::toggled, m_chart, &TimelineChartView::setLogMoney);
    m_compare = checkable(this);
    connect(m_compare, &QAction::toggled, m_chart, &TimelineChartView::setCompare);
    m_stackedBars = checkable(this);
    connect(m_stackedBars, &QAction::toggled, m_chart, &TimelineChartView::setStackedBars);
    m_stackedBars->setEnabled(false); // only compare mode has bars to stack
    connect(m_compare, &QAction::toggled, m_stackedBars, &QAction::setEnabled);
    m_overlayMenu = addMenu(QString());
    m_resetZoom = addAction(QString(), m_chart, &TimelineChartView::resetZoom);
    m_resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    addSeparator();
    createCurrencyMenu();
    createLanguageMenu();
    retranslateUi();
}

void ViewMenu::createLanguageMenu()
{
    m_languageMenu = addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(m_languageMenu);
    const LanguageChoice choices[]
        = { LanguageChoice::System, LanguageChoice::English, LanguageChoice::Korean };
    for (size_t i = 0; i < m_languages.size(); ++i) {
        QAction *action = checkable(m_languageMenu, group);
        action->setObjectName(QStringLiteral("language_") + AppTranslations::name(choices[i]));
        connect(action, &QAction::triggered, this,
            [this, choice = choices[i]] { Q_EMIT languageChosen(choice); });
        m_languages[i] = action;
    }
    // Each language is named in itself, so a reader who cannot read the current one finds theirs.
    m_languages[1]->setText(QStringLiteral("English"));
    m_languages[2]->setText(QStringLiteral("한국어"));
    m_languages[0]->setChecked(true);
}

void ViewMenu::createCurrencyMenu()
{
    m_currencyMenu = addMenu(QString());
    m_currencyMenu->setObjectName(QStringLiteral("currencyMenu"));
    auto *currencies = new QActionGroup(m_currencyMenu);
    m_usd = checkable(m_currencyMenu, currencies);
    m_usd->setObjectName(QStringLiteral("currency_USD"));
    m_krw = checkable(m_currencyMenu, currencies);
    m_krw->setObjectName(QStringLiteral("currency_KRW"));
    m_usd->setChecked(true);
    for (QAction *action : { m_usd, m_krw }) {
        connect(action, &QAction::triggered, this, [this, action] {
            MoneySettings money = m_money;
            money.currency = action == m_krw ? DisplayCurrency::Krw : DisplayCurrency::Usd;
            setMoney(money);
        });
    }
    m_currencyMenu->addSeparator();
    auto *kinds = new QActionGroup(m_currencyMenu);
    m_nominal = checkable(m_currencyMenu, kinds);
    m_nominal->setChecked(true);
    m_real = checkable(m_currencyMenu, kinds);
    m_real->setObjectName(QStringLiteral("realDollars"));
    connect(m_nominal, &QAction::triggered, this, [this] {
        MoneySettings money = m_money;
        money.realYear.reset();
        setMoney(money);
    });
    connect(m_real, &QAction::triggered, this, [this] {
        const QList<int> years = realDollarYears();
        QStringList items;
        for (int year : years)
            items << QString::number(year);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(parentWidget(), tr("Real Money"),
            tr("Money in the average prices of:"), items, 0, false, &ok);
        MoneySettings money = m_money;
        if (ok && !chosen.isEmpty())
            money.realYear = chosen.toInt();
        setMoney(money);
    });
}

void ViewMenu::setMoney(const MoneySettings &money)
{
    m_usd->setChecked(money.currency == DisplayCurrency::Usd);
    m_krw->setChecked(money.currency == DisplayCurrency::Krw);
    m_nominal->setChecked(!money.realYear);
    m_real->setChecked(money.realYear.has_value());
    const bool changed = money != m_money;
    m_money = money;
    retranslateUi(); // the real entry names its year
    if (changed)
        Q_EMIT moneyChanged(m_money);
}

void ViewMenu::showLanguage(LanguageChoice choice)
{
    m_languages[size_t(choice)]->setChecked(true);
}

void ViewMenu::readInto(ViewState &view) const
{
    view.bucket = m_chart->bucketSize();
    view.cumulative = m_cumulative->isChecked();
    view.logMoney = m_logMoney->isChecked();
    view.compare = m_compare->isChecked();
    view.stackedBars = m_stackedBars->isChecked();
    view.money = m_money;
}

void ViewMenu::apply(const ViewState &view)
{
    for (QAction *action : m_buckets) {
        if (action->data().toInt() == int(view.bucket))
            action->trigger();
    }
    m_cumulative->setChecked(view.cumulative);
    m_logMoney->setChecked(view.logMoney);
    m_compare->setChecked(view.compare);
    m_stackedBars->setChecked(view.stackedBars);
    setMoney(view.money);
    for (QAction *action : m_overlayMenu->actions()) {
        if (action->isCheckable())
            action->setChecked(view.overlayEntity.isEmpty()
                    ? action->data().toString().isEmpty()
                    : action->data().toString() == view.overlayEntity);
    }
}

void ViewMenu::rebuildOverlayMenu()
{
    m_overlayMenu->clear();
    auto *group = new QActionGroup(m_overlayMenu);
    QAction *none = checkable(m_overlayMenu, group);
    none->setObjectName(QStringLiteral("overlayNone"));
    none->setText(tr("None"));
    none->setChecked(true);
    connect(none, &QAction::triggered, m_chart, [this] { m_chart->setOverlay({}, {}); });
    const auto &all = m_chart->contextSeries();
    m_overlayMenu->setEnabled(!all.empty());
    retranslateUi(); // the tooltip says how to fill an empty overlay menu
    for (const ContextSeries &series : all) {
        m_overlayMenu->addSection(series.name);
        const QStringList entities = series.entities();
        // Aggregates (World) first, then a handful of the largest countries by their latest value.
        QStringList shown;
        for (const QString &entity : entities) {
            const auto points = series.pointsOf(entity);
            if (!points.empty() && points.front().aggregate && shown.size() < 3)
                shown << entity;
        }
        for (const QString &country : { QStringLiteral("United States"), QStringLiteral("China"),
                 QStringLiteral("South Korea") }) {
            if (entities.contains(country))
                shown << country;
        }
        for (const QString &entity : shown) {
            QAction *action = checkable(m_overlayMenu, group);
            action->setText(entity);
            action->setData(entity);
            connect(action, &QAction::triggered, m_chart,
                [this, name = series.name, entity] { m_chart->setOverlay(name, entity); });
        }
        QAction *other = checkable(m_overlayMenu, group);
        other->setText(tr("Other…"));
        other->setObjectName(QStringLiteral("overlayOther"));
        connect(other, &QAction::triggered, this, [this, name = series.name, entities, other] {
            bool ok = false;
            const QString entity = QInputDialog::getItem(
                parentWidget(), tr("Context Overlay"), tr("Entity:"), entities, 0, false, &ok);
            if (ok)
                m_chart->setOverlay(name, entity);
            other->setChecked(ok);
        });
    }
}

void ViewMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void ViewMenu::retranslateUi()
{
    setTitle(tr("&View"));
    m_find->setText(tr("&Find Company"));
    m_buckets[0]->setText(tr("By &Month"));
    m_buckets[1]->setText(tr("By &Quarter"));
    m_buckets[2]->setText(tr("By &Year"));
    m_cumulative->setText(tr("&Running Totals"));
    m_logMoney->setText(tr("&Log Scale for Money"));
    m_compare->setText(tr("&Compare Companies"));
    m_compare->setStatusTip(tr("Each company's layoffs and AI money in its own colour"));
    m_stackedBars->setText(tr("S&tack Compared Bars"));
    m_overlayMenu->setTitle(tr("Context &Overlay"));
    m_resetZoom->setText(tr("Reset &Zoom"));
    m_resetZoom->setStatusTip(
        tr("Drag across the chart to zoom in; right-click or Ctrl+0 to zoom out"));
    m_languageMenu->setTitle(tr("&Language"));
    m_languages[0]->setText(tr("System Language"));
    m_currencyMenu->setTitle(tr("C&urrency"));
    m_usd->setText(tr("US Dollars (US$)"));
    m_krw->setText(tr("Korean Won (₩)"));
    m_nominal->setText(tr("Nominal (Money of Its Day)"));
    m_real->setText(m_money.realYear ? tr("Real, in %1 Prices…").arg(*m_money.realYear)
                                     : tr("Real, in One Year's Prices…"));
    m_overlayMenu->setToolTip(m_chart->contextSeries().empty()
            ? tr("Import a country-year series (e.g. OWID's private AI investment) to overlay it")
            : QString());
    for (QAction *action : m_overlayMenu->actions()) {
        if (action->objectName() == QLatin1String("overlayNone"))
            action->setText(tr("None"));
        else if (action->objectName() == QLatin1String("overlayOther"))
            action->setText(tr("Other…"));
    }
}

} // namespace techwinter
