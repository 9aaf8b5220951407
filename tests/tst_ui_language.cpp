// View → Language and View → Currency on the real window: a switch at run time reaches every
// string a user reads, and back again (issue 14).
#include "AppTranslations.h"
#include "EventTableModel.h"
#include "TimelineChart.h"
#include "tst_ui_support.h"

#include <QAbstractAxis>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QRegularExpression>
#include <QStatusBar>

using namespace techwinter;
using namespace techwinter::test;

namespace {

// Every string the window shows, each tagged with where it was seen.
QStringList visibleTexts(MainWindow &window)
{
    QStringList texts;
    const auto add = [&texts](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts << where + QStringLiteral(": ") + text;
    };
    for (const QLabel *label : window.findChildren<QLabel *>())
        add(QStringLiteral("label"), label->text());
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        add(QStringLiteral("button"), button->text());
        add(QStringLiteral("button tooltip"), button->toolTip());
    }
    for (const QGroupBox *box : window.findChildren<QGroupBox *>())
        add(QStringLiteral("group"), box->title());
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        add(QStringLiteral("placeholder"), edit->placeholderText());
    for (const QComboBox *combo : window.findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            add(QStringLiteral("combo"), combo->itemText(i));
    }
    for (const QAction *action : window.findChildren<QAction *>()) {
        add(QStringLiteral("action"), action->text());
        add(QStringLiteral("status tip"), action->statusTip());
    }
    for (const QMenu *menu : window.findChildren<QMenu *>())
        add(QStringLiteral("menu"), menu->title());
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        add(QStringLiteral("dock"), dock->windowTitle());
    add(QStringLiteral("status"), window.statusBar()->currentMessage());
    add(QStringLiteral("details placeholder"), window.detailsPanel()->placeholderText());
    add(QStringLiteral("details"), window.detailsPanel()->toPlainText());
    for (const QHeaderView *header : window.findChildren<QHeaderView *>()) {
        if (header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i)
            add(QStringLiteral("heading"),
                header->model()->headerData(i, Qt::Horizontal).toString());
    }
    const TimelineChart *chart = window.chartView()->timelineChart();
    add(QStringLiteral("chart title"), chart->content().title);
    add(QStringLiteral("chart subtitle"), chart->content().subtitle);
    add(QStringLiteral("chart footer"), chart->content().footer);
    for (const QAbstractAxis *axis : chart->axes())
        add(QStringLiteral("axis"), axis->titleText());
    for (const QLegendMarker *marker : chart->legend()->markers())
        add(QStringLiteral("legend"), marker->label());
    const QAbstractItemModel *table = window.tableView()->model();
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            add(QStringLiteral("cell"), table->index(row, column).data().toString());
    }
    return texts;
}

// Text that reads the same in both languages: numbers, dates, URLs, names of languages, the
// app's and the sample companies' names, and event titles the dataset has only in English.
bool languageNeutral(const QString &tagged)
{
    const QString text = tagged.section(QStringLiteral(": "), 1);
    static const QRegularExpression noWords(QStringLiteral("^[^A-Za-z]*$"));
    static const QRegularExpression neutral(QStringLiteral(
        "^(English|TechWinter|https?://\\S+|Microsoft|Google|Kakao|Alphabet|MSFT|"
        "(Microsoft|Google|Kakao|Alphabet|구글|카카오) (layoff|ai_investment|investment|launch|"
        "restructuring|acquisition)[^,]*)$"));
    return noWords.match(text).hasMatch() || neutral.match(text).hasMatch()
        || tagged.startsWith(QStringLiteral("cell: ")) && text.startsWith(QStringLiteral("US$"))
        || tagged.startsWith(QStringLiteral("cell: https"));
}

void switchTo(MainWindow &window, const QString &objectName)
{
    auto *action = window.findChild<QAction *>(objectName);
    REQUIRE(action);
    action->trigger();
    // LanguageChange is posted to the windows: let it arrive.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("View menu Language switches every string of the main window to Korean and back")
{
    WindowFixture f;
    AppTranslations translations(LanguageChoice::English);
    f.window->setTranslations(&translations);
    QCoreApplication::processEvents();
    f.window->tableView()->selectRow(0);
    const QStringList english = visibleTexts(*f.window);
    REQUIRE(english.size() > 60);

    switchTo(*f.window, QStringLiteral("language_ko"));
    CHECK(QLocale().language() == QLocale::Korean);
    const QStringList korean = visibleTexts(*f.window);
    QStringList left;
    for (const QString &text : english) {
        if (korean.contains(text) && !languageNeutral(text))
            left << text;
    }
    INFO(left.join(QLatin1Char('\n')).toStdString());
    CHECK(left.isEmpty());
    // Korean company names follow the switch: the list and the table.
    CHECK(korean.contains(QStringLiteral("cell: 구글")));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("ko"));

    switchTo(*f.window, QStringLiteral("language_en"));
    QStringList back = visibleTexts(*f.window);
    QStringList missing;
    for (const QString &text : english) {
        if (!back.contains(text))
            missing << text;
    }
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("View menu Currency shows the table amounts and the money axis in won")
{
    WindowFixture f;
    AppTranslations translations(LanguageChoice::Korean);
    f.window->setTranslations(&translations);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QAbstractItemModel *table = f.window->tableView()->model();
    const auto amountOf = [table](const QString &company) {
        for (int row = 0; row < table->rowCount(); ++row) {
            const QModelIndex amount = table->index(row, EventTableModel::AmountUsdColumn);
            if (table->index(row, EventTableModel::CompanyColumn).data(EventTableModel::CompanyRole)
                    == company
                && !amount.data().toString().isEmpty())
                return amount.data().toString();
        }
        return QString();
    };
    const auto moneyAxisTitle = [&f] {
        for (const QAbstractAxis *axis : f.window->chartView()->timelineChart()->axes()) {
            if (axis->alignment() == Qt::AlignRight)
                return axis->titleText();
        }
        return QString();
    };
    const QString dollars = amountOf(QStringLiteral("Microsoft"));
    const QString dollarAxis = moneyAxisTitle();
    CHECK(dollarAxis.contains(QStringLiteral("달러")));

    switchTo(*f.window, QStringLiteral("currency_KRW"));
    CHECK(f.window->viewState().money.currency == DisplayCurrency::Krw);
    const QString won = amountOf(QStringLiteral("Microsoft"));
    INFO(dollars.toStdString() << " -> " << won.toStdString());
    CHECK(won != dollars);
    CHECK(won.endsWith(QStringLiteral("원")));
    CHECK(table->headerData(EventTableModel::AmountUsdColumn, Qt::Horizontal).toString()
        == QStringLiteral("금액 (원)"));
    CHECK(moneyAxisTitle() == QStringLiteral("AI 투자 (조 원)"));
    CHECK(
        f.window->chartView()->timelineChart()->content().footer.contains(QStringLiteral("H.10")));

    switchTo(*f.window, QStringLiteral("currency_USD"));
    CHECK(amountOf(QStringLiteral("Microsoft")) == dollars);
    CHECK(moneyAxisTitle() == dollarAxis);
}

TEST_CASE("View menu Currency choices come back at the next start and real money names its year")
{
    QString nominal;
    {
        WindowFixture f;
        const QAbstractItemModel *table = f.window->tableView()->model();
        nominal = table->headerData(EventTableModel::AmountUsdColumn, Qt::Horizontal).toString();
        switchTo(*f.window, QStringLiteral("currency_KRW"));
        // Real money asks for the year of its prices.
        ModalDialogs dialogs({ [](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            if (!input)
                return false;
            input->setTextValue(QStringLiteral("2019"));
            input->accept();
            return true;
        } });
        switchTo(*f.window, QStringLiteral("realDollars"));
        CHECK(dialogs.allAnswered());
        CHECK(f.window->viewState().money.realYear == 2019);
        CHECK(table->headerData(EventTableModel::AmountUsdColumn, Qt::Horizontal).toString()
            == QStringLiteral("Amount (KRW, 2019 prices)"));
        CHECK(f.window->chartView()->timelineChart()->content().footer.contains(
            QStringLiteral("2019")));
        f.window->close();
    }
    WindowFixture again(false);
    CHECK(again.window->viewState().money.currency == DisplayCurrency::Krw);
    CHECK(again.window->viewState().money.realYear == 2019);
    auto *nominalAction = again.window->findChild<QAction *>(QStringLiteral("currency_USD"));
    REQUIRE(nominalAction);
    CHECK_FALSE(nominalAction->isChecked());
    switchTo(*again.window, QStringLiteral("currency_USD"));
    CHECK(again.window->viewState().money.currency == DisplayCurrency::Usd);
}
