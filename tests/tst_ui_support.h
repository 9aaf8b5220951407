#pragma once

// What the UI tests share: a window over the sample events, what a user sees of it, and helpers
// that answer the modal dialogs as a user would.
#include "ChartContent.h"
#include "ChartExporter.h"
#include "CompanyListModel.h"
#include "CompanyPanel.h"
#include "EventDatabase.h"
#include "EventDetailsPanel.h"
#include "EventFilter.h"
#include "EventStore.h"
#include "EventTableView.h"
#include "FilterPanel.h"
#include "ImportDialog.h"
#include "ImportPreviewModel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TimelineChartView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>

#include <catch2/catch.hpp>

namespace techwinter::test {

// A window over the sample events in a fresh database; settings are the test's own.
struct WindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    /// `freshSettings` false: the window starts from the settings an earlier window left.
    explicit WindowFixture(bool freshSettings = true)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (freshSettings)
            QSettings().clear();
        auto db = EventDatabase::open(
            DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("ui.sqlite"))),
            { .seedBundled = false });
        REQUIRE(db.ok());
        REQUIRE(db.value().addCompanies(test::sampleCompanies()).ok());
        REQUIRE(db.value().addEvents(test::sampleEvents(), QStringLiteral("sample")).ok());
        REQUIRE(db.value().reload().ok());
        window = std::make_unique<MainWindow>(std::move(db).value());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    CompanyPanel *companies() const { return window->filterPanel()->companyPanel(); }
    QAbstractItemModel *companyView() const { return companies()->listView()->model(); }
    int tableRows() const { return window->tableView()->model()->rowCount(); }
    TimelineChart *chart() const { return window->chartView()->timelineChart(); }

    // Clicks the check box of the company shown in list row `row`.
    void clickCompany(int row) const
    {
        QListView *list = companies()->listView();
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        // The indicator sits at the left of the item.
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
    }
};

// The window's action whose menu text is `text` (with its "&" mnemonic).
inline QAction *action(const MainWindow &window, const QString &text)
{
    const auto actions = window.findChildren<QAction *>();
    const auto found = std::find_if(
        actions.begin(), actions.end(), [&](QAction *a) { return a->text() == text; });
    if (found == actions.end())
        FAIL("no action " << text.toStdString());
    return *found;
}

// What the user sees of the filters and the chart's settings, one line each: the company list's
// check boxes, the kind toggles, the date fields, the event search, the checked View actions, and
// what the chart and the table then show.
inline std::vector<std::string> whatTheUserSees(const WindowFixture &f)
{
    std::vector<std::string> seen;
    const auto add = [&](const QString &line) {
        seen.push_back(line.toStdString());
    };
    f.companies()->searchField()->clear();
    const QAbstractItemModel *list = f.companyView();
    for (int row = 0; row < list->rowCount(); ++row) {
        const QModelIndex index = list->index(row, 0);
        add(QStringLiteral("company %1: %2")
                .arg(index.data().toString(),
                    index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked
                        ? QStringLiteral("checked")
                        : QStringLiteral("unchecked")));
    }
    for (EventKind kind : AllEventKinds)
        add(QStringLiteral("kind %1: %2")
                .arg(eventKindName(kind),
                    f.window->filterPanel()->kindToggle(kind)->isChecked()
                        ? QStringLiteral("on")
                        : QStringLiteral("off")));
    add(QStringLiteral("from %1").arg(f.window->filterPanel()->fromEdit()->text()));
    add(QStringLiteral("to %1").arg(f.window->filterPanel()->toEdit()->text()));
    add(QStringLiteral("event search \"%1\"")
            .arg(f.window->findChild<QLineEdit *>(QStringLiteral("eventSearch"))->text()));
    for (const QString &text :
        { QStringLiteral("By &Month"), QStringLiteral("By &Quarter"), QStringLiteral("By &Year"),
            QStringLiteral("&Running Totals"), QStringLiteral("&Log Scale for Money") })
        add(QStringLiteral("%1: %2").arg(text,
            action(*f.window, text)->isChecked() ? QStringLiteral("checked")
                                                 : QStringLiteral("unchecked")));
    const TimelineChartOptions &options = f.chart()->options();
    add(QStringLiteral("chart: %1 buckets of a %2, %3, %4")
            .arg(f.chart()->content().series.buckets().size())
            .arg(bucketSizeName(f.window->chartView()->bucketSize()))
            .arg(options.cumulative ? QStringLiteral("running totals")
                                    : QStringLiteral("per bucket"))
            .arg(options.logMoney ? QStringLiteral("log money") : QStringLiteral("linear money")));
    add(QStringLiteral("table: %1 rows").arg(f.tableRows()));
    return seen;
}

// Answers the modal dialogs a menu action opens, in order, as the user would. Each step is offered
// the active modal dialog on every tick of a timer (the dialogs run their own event loops) and
// returns true once it has dealt with it; a step that is still waiting (for its dialog to
// appear, for a preview) returns false and is asked again. Steps check with CHECK only: an
// exception must not cross Qt's event loop. Whatever is left open after `timeoutMs` is rejected,
// so a test fails instead of hanging.
class ModalDialogs
{
public:
    using Step = std::function<bool(QWidget *dialog)>;

    explicit ModalDialogs(std::vector<Step> steps, int timeoutMs = 60000)
        : m_steps(std::move(steps))
    {
        QObject::connect(&m_tick, &QTimer::timeout, [this] { offer(); });
        m_tick.start(10);
        m_deadline.start();
        m_timeoutMs = timeoutMs;
    }

    /// Every step ran, in time.
    bool allAnswered() const { return m_next == m_steps.size() && !m_timedOut; }
    /// For the failure message: how far the steps got, and what was left open.
    std::string progress() const
    {
        return std::to_string(m_next) + " of " + std::to_string(m_steps.size())
            + " dialogs answered" + (m_timedOut ? ", timed out at " + m_stuckAt : std::string());
    }

private:
    void offer()
    {
        QWidget *dialog = QApplication::activeModalWidget();
        if (m_deadline.elapsed() > m_timeoutMs) {
            if (!m_timedOut && dialog)
                m_stuckAt = dialog->metaObject()->className() + std::string(" \"")
                    + dialog->windowTitle().toStdString() + "\"";
            m_timedOut = true;
            if (auto *d = qobject_cast<QDialog *>(dialog))
                d->reject();
            return;
        }
        if (!dialog || m_next == m_steps.size())
            return;
        if (m_steps[m_next](dialog))
            ++m_next;
    }

    std::vector<Step> m_steps;
    size_t m_next = 0;
    QTimer m_tick;
    QElapsedTimer m_deadline;
    int m_timeoutMs = 0;
    bool m_timedOut = false;
    std::string m_stuckAt;
};

// A step: the file dialog of File → Import…, answered by typing `path` into its file name field
// and pressing Enter. The dialog lists its folder in the background and may reset the field
// meanwhile: the step tries again until the dialog has taken the file and closed.
inline ModalDialogs::Step chooseFile(const QString &path)
{
    return [path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        auto *name
            = files ? files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        if (!name || !name->isVisible())
            return false;
        name->setText(path);
        if (files->selectedFiles() != QStringList { path })
            return false;
        QTest::keyClick(name, Qt::Key_Return);
        return !files->isVisible();
    };
}

// What the import dialog did after Import was clicked.
struct ImportSeen
{
    qint64 imported = -1; ///< what the dialog stored (-1: nothing)
};

// A step: the import dialog, once its preview is ready: `check` looks at it, then Import is
// clicked. The dialog closes itself when the import is stored.
inline ModalDialogs::Step clickImport(
    ImportSeen *seen, std::function<void(ImportDialog *)> check = {})
{
    return [seen, check](QWidget *dialog) {
        auto *import = qobject_cast<ImportDialog *>(dialog);
        if (!import)
            return false;
        auto *button = import->findChild<QPushButton *>(QStringLiteral("importButton"));
        if (!button->isEnabled())
            return false; // still reading the file
        if (check)
            check(import);
        QObject::connect(import, &ImportDialog::finished, [import, seen](bool stored) {
            seen->imported = stored && import->summary() ? import->summary()->imported : -1;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    };
}

// Another program's write lock on a database (BEGIN IMMEDIATE on a connection of its own): an
// import waits for it, up to the writers' busy timeout.
class WriteLock
{
public:
    ~WriteLock() { release(); }
    bool take(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        return m_held;
    }
    void release()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_held = false;
    }
    bool held() const { return m_held; }

private:
    QString m_name = QUuid::createUuid().toString();
    bool m_held = false;
};

// A step: the message box that reports the import's summary; its text goes to `text`.
inline ModalDialogs::Step readMessage(QString *text)
{
    return [text](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (!box)
            return false;
        *text = box->text();
        box->accept();
        return true;
    };
}

inline int countColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace techwinter::test
