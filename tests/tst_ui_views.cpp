// The Views menu on the real window: save what is shown, change it, open the view again
// (issue 15, saved views).
#include "ViewsMenu.h"
#include "tst_ui_support.h"

#include <QInputDialog>

using namespace techwinter;
using namespace techwinter::test;

namespace {

// A step: a QInputDialog answered with `text` (a line edit) or the item `text` (a combo box).
ModalDialogs::Step answer(const QString &text)
{
    return [text](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        if (!input)
            return false;
        // A line edit takes the text; a list of choices selects the item of that text.
        input->setTextValue(text);
        input->accept();
        return true;
    };
}

} // namespace

TEST_CASE("Views menu: a saved view brings back its companies, kinds, dates and bucket")
{
    WindowFixture f;
    ViewState google;
    google.companies = QStringList { QStringLiteral("Google") };
    google.kinds.reset();
    google.setKind(EventKind::Layoff, true);
    google.setKind(EventKind::AiInvestment, true);
    google.from = QDate(2023, 1, 1);
    google.bucket = BucketSize::Quarter;
    f.window->applyViewState(google);
    const ViewState shown = f.window->viewState();
    const int googleRows = f.tableRows();

    auto *menu = f.window->findChild<ViewsMenu *>(QStringLiteral("viewsMenu"));
    REQUIRE(menu != nullptr);
    QAction *save = f.window->findChild<QAction *>(QStringLiteral("saveViewAction"));
    REQUIRE(save != nullptr);
    {
        ModalDialogs dialogs({ answer(QStringLiteral("Google since 2023")),
            answer(QStringLiteral("Since 2023-01-01, up to the day it is opened")) });
        save->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(dialogs.allAnswered(), 10000);
    }
    SavedViews stored = [] {
        QSettings settings;
        return SavedViews::load(settings);
    }();
    REQUIRE(stored.views().size() == 1);
    CHECK(stored.views().front().view == shown);
    CHECK(stored.views().front().range.kind == RelativeRange::Kind::Since);

    f.window->applyViewState(ViewState {}); // everything
    CHECK(f.tableRows() > googleRows);

    // The menu lists the view by name and range; choosing it shows Google again, up to today.
    Q_EMIT menu->aboutToShow();
    const auto actions = menu->actions();
    const auto entry = std::find_if(actions.begin(), actions.end(), [](QAction *a) {
        return a->text() == QStringLiteral("Google since 2023 (since 2023-01-01)");
    });
    REQUIRE(entry != actions.end());
    (*entry)->trigger();
    const ViewState reopened = f.window->viewState();
    CHECK(reopened.companies == shown.companies);
    CHECK(reopened.kinds == shown.kinds);
    CHECK(reopened.from == QDate(2023, 1, 1));
    CHECK(reopened.to == QDate::currentDate());
    CHECK(reopened.bucket == BucketSize::Quarter);
    CHECK(f.tableRows() == googleRows);
}
