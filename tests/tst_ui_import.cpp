// Importing through the window, the details of imported events, and context overlays, driven as a
// user would (offscreen platform).
#include "tst_ui_support.h"

#include <QDialogButtonBox>
#include <QProgressBar>
#include <QSet>

#include <catch2/catch.hpp>

using namespace techwinter;
using namespace techwinter::test;

TEST_CASE("File → Import… previews a layoffs.fyi file, imports it off the GUI thread, and the "
          "window shows it")
{
    WindowFixture f;
    const int before = f.window->filter()->store().size();
    const int rowsBefore = f.tableRows();
    const QString file = test::fixture(QStringLiteral("import_layoffs_quirks.csv"));

    // The import dialog the window opens, checked as the user would see it.
    bool previewed = false;
    WriteLock lock;
    const auto checkPreview = [&](ImportDialog *import) {
        previewed = true;
        QAbstractItemModelTester tester(const_cast<ImportPreviewModel *>(import->previewModel()),
            QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(import->mapping().format == ImportFormat::LayoffsFyi);
        const int previewRows = import->previewModel()->rowCount();
        CHECK(previewRows == 8); // 12 rows, 4 rejected; the repeat is found only when storing
        CHECK(import->previewModel()->index(0, ImportPreviewModel::LineColumn).data() == 2);
        CHECK(import->previewModel()->index(0, ImportPreviewModel::KindColumn).data().toString()
            == QStringLiteral("Layoff"));
        // Editing the mapping re-runs the preview: without a company column nothing can be
        // imported.
        auto *button = import->findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *company = import->findChild<QComboBox *>(QStringLiteral("map_company"));
        CHECK(company);
        if (!company)
            return;
        const int companyIndex = company->currentIndex();
        company->setCurrentIndex(0);
        CHECK(import->previewModel()->rowCount() == 0);
        CHECK_FALSE(button->isEnabled());
        company->setCurrentIndex(companyIndex);
        CHECK(import->previewModel()->rowCount() == previewRows);
        CHECK(button->isEnabled());
        // Another program holds the database's write lock when Import is clicked: the import
        // waits for it, on its worker thread, while this (the GUI) thread goes on.
        CHECK(lock.take(f.window->database().location().filePath()));
    };
    // While the import waits, the dialog keeps answering: it is busy on several ticks of this
    // thread's event loop. Then the lock goes and the import finishes.
    int busyTicks = 0;
    const ModalDialogs::Step releaseLock = [&](QWidget *dialog) {
        auto *import = qobject_cast<ImportDialog *>(dialog);
        if (import && import->isBusy() && lock.held() && ++busyTicks < 5)
            return false;
        lock.release();
        return true;
    };
    ImportSeen seen;
    QString report;
    ModalDialogs answers(
        { chooseFile(file), clickImport(&seen, checkPreview), releaseLock, readMessage(&report) });
    action(*f.window, QStringLiteral("&Import…"))->trigger();

    INFO(answers.progress());
    REQUIRE(answers.allAnswered());
    CHECK(previewed);
    CHECK(busyTicks == 5);
    // The fixture's 7 new events (see tst_import_fixtures.cpp), reported to the user.
    CHECK(seen.imported == 7);
    INFO(report.toStdString());
    CHECK(report.startsWith(QStringLiteral("import_layoffs_quirks.csv: 12 rows read, 7 imported, "
                                           "1 duplicates skipped, 4 rejected")));
    // The window reloaded its database: the new events are in the store and in the table.
    CHECK(before == 9);
    CHECK(f.window->filter()->store().size() == 9 + 7);
    CHECK(rowsBefore == 9);
    CHECK(f.tableRows() == 9 + 7);
}

TEST_CASE("The import dialog explains a file it cannot use and offers no Import button")
{
    QTemporaryDir dir;
    ImportDialog dialog(test::fixture(QStringLiteral("bad_truncated_quote.csv")),
        DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("x.sqlite"))));
    QSignalSpy ready(&dialog, &ImportDialog::ready);
    REQUIRE(ready.wait(10000));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    const auto labels = dialog.findChildren<QLabel *>();
    const bool explained = std::any_of(labels.begin(), labels.end(),
        [](QLabel *l) { return l->text().contains(QStringLiteral("bad_truncated_quote.csv:")); });
    CHECK(explained);
}

TEST_CASE("The details panel shows where an imported event came from")
{
    Event e = test::makeEvent(QStringLiteral("2023-01-20"), QStringLiteral("Google <Alphabet>"),
        EventKind::Layoff, 12000);
    EventDetails details;
    details.batchId = 3;
    details.source = QStringLiteral("layoffs.csv");
    details.sourceRow = 42;
    details.attributes
        = { EventAttribute { QStringLiteral("country"), QStringLiteral("United States") } };
    const QString html = EventDetailsPanel::html(e, details);
    CHECK(html.contains(QStringLiteral("layoffs.csv, line 42")));
    CHECK(html.contains(QStringLiteral("United States")));
    CHECK(html.contains(QStringLiteral("Google &lt;Alphabet&gt;")));
}

TEST_CASE("A context series can be overlaid on the chart and is never added to the event sums")
{
    WindowFixture f;
    QTemporaryDir dir;
    const QString owid = dir.filePath(QStringLiteral("owid.csv"));
    QFile file(owid);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Entity,Code,Year,Estimated investment - Field: All\n"
               "World,OWID_WRL,2022,100000000000\nWorld,OWID_WRL,2023,120000000000\n"
               "United States,USA,2023,60000000000\n");
    file.close();
    const double aiBefore = f.chart()->content().series.totalAiInvestmentUsd();

    // Imported the user's way: File → Import…, the file, Import, the summary.
    ImportSeen seen;
    QString report;
    ModalDialogs answers({ chooseFile(owid), clickImport(&seen), readMessage(&report) });
    action(*f.window, QStringLiteral("&Import…"))->trigger();
    INFO(answers.progress());
    REQUIRE(answers.allAnswered());
    CHECK(seen.imported == 3);
    INFO(report.toStdString());
    CHECK(report.contains(QStringLiteral("3 imported")));

    const auto &series = f.window->chartView()->contextSeries();
    REQUIRE(series.size() == 1);
    CHECK(f.chart()->content().series.totalAiInvestmentUsd() == aiBefore);

    // By year, with View → Context Overlay → World.
    action(*f.window, QStringLiteral("By &Year"))->trigger();
    action(*f.window, QStringLiteral("World"))->trigger();
    CHECK(f.chart()->overlayLine()->isVisible());
    REQUIRE(f.chart()->overlayLine()->count() == 2);
    CHECK(f.chart()->overlayLine()->at(1).y() == Approx(120.0)); // billions, on the money axis
    CHECK(f.chart()->content().overlayLabel.contains(QStringLiteral("World")));
    CHECK(f.chart()->content().series.totalAiInvestmentUsd() == aiBefore);

    action(*f.window, QStringLiteral("None"))->trigger();
    CHECK_FALSE(f.chart()->overlayLine()->isVisible());
}

TEST_CASE("The details panel lists every source of an event, and says when there is none")
{
    Event e = test::makeEvent(QStringLiteral("2025-03-31"), QStringLiteral("OpenAI"),
        EventKind::AiInvestment, std::nullopt, 40e9, QStringLiteral("OpenAI raises $40B"));
    e.sourceUrl = QStringLiteral("https://example.org/first");
    e.otherSources = QStringLiteral("https://example.org/second | https://example.org/third");
    const QString html = EventDetailsPanel::html(e);
    CHECK(html.contains(QStringLiteral("href=\"https://example.org/first\"")));
    CHECK(html.contains(QStringLiteral("href=\"https://example.org/second\"")));
    CHECK(html.contains(QStringLiteral("href=\"https://example.org/third\"")));
    CHECK(html.contains(QStringLiteral("Also reported by")));

    e.sourceUrl.clear();
    e.otherSources.clear();
    const QString none = EventDetailsPanel::html(e);
    CHECK(none.contains(QStringLiteral("unverified: no public report was found")));
    CHECK_FALSE(none.contains(QStringLiteral("Also reported by")));
}

TEST_CASE("Cancel in the import dialog while it stores a big file changes nothing, and the bar "
          "moves meanwhile")
{
    QTemporaryDir dir;
    const DatabaseLocation location
        = DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("cancel.sqlite")));
    auto db = EventDatabase::open(location, { .seedBundled = false });
    REQUIRE(db);
    REQUIRE(db->store()->size() == 0);
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("date,company,kind,headcount\n");
        for (int i = 0; i < 60000; ++i)
            out.write(QStringLiteral("%1,Company%2,layoff,%3\n")
                          .arg(QDate(2020, 1, 1).addDays(i % 1500).toString(Qt::ISODate))
                          .arg(i % 300)
                          .arg(i + 1)
                          .toUtf8());
    }
    ImportDialog dialog(file, location);
    QSignalSpy ready(&dialog, &ImportDialog::ready);
    QSignalSpy finished(&dialog, &ImportDialog::finished);
    REQUIRE((ready.count() > 0 || ready.wait(30000)));
    auto *bar = dialog.findChild<QProgressBar *>();
    REQUIRE(bar);
    dialog.startImport();
    // The bar is updated from the worker thread while the rows are stored.
    QSet<int> values;
    while (finished.isEmpty()
        && !(bar->format().startsWith(QStringLiteral("Storing")) && bar->value() > bar->minimum()
            && values.size() >= 2)) {
        QTest::qWait(1);
        if (bar->format().startsWith(QStringLiteral("Storing")))
            values.insert(bar->value());
    }
    REQUIRE(finished.isEmpty()); // still storing: the cancel comes in the middle
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::Cancel)->click();
    REQUIRE((finished.count() > 0 || finished.wait(30000)));
    CHECK(finished.front().front().toBool() == false);
    CHECK_FALSE(dialog.summary());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("Import cancelled. Nothing was changed."));
    CHECK(values.size() >= 2);
    auto after = EventDatabase::open(location, { .seedBundled = false });
    REQUIRE(after);
    CHECK(after->store()->size() == 0);
    auto batches = after->importBatches();
    REQUIRE(batches);
    CHECK(batches->empty());
}
