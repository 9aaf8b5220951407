// Saved views: relative ranges, names, and the JSON file shared with a colleague (issue 15).
#include "SavedViews.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace techwinter;

namespace {

ViewState googleLayoffs()
{
    ViewState view;
    view.companies = QStringList { QStringLiteral("Google") };
    view.kinds.reset();
    view.setKind(EventKind::Layoff, true);
    view.from = QDate(2023, 1, 1);
    view.bucket = BucketSize::Quarter;
    return view;
}

} // namespace

TEST_CASE("Relative ranges resolve against the day the view is opened")
{
    const QDate today(2026, 12, 1);
    SavedView view { QStringLiteral("v"), googleLayoffs(), {} };
    CHECK(view.resolved(today).from == QDate(2023, 1, 1)); // fixed: as saved
    CHECK_FALSE(view.resolved(today).to.isValid());

    view.range = { RelativeRange::Kind::LastMonths, 12, {} };
    CHECK(view.resolved(today).from == QDate(2026, 1, 1)); // December 2026 and the 11 before
    CHECK(view.resolved(today).to == today);
    CHECK(view.resolved(QDate(2024, 3, 15)).from == QDate(2023, 4, 1));
    CHECK(view.range.describe() == QStringLiteral("last 12 months"));

    view.range = { RelativeRange::Kind::ThisYear, 12, {} };
    CHECK(view.resolved(today).from == QDate(2026, 1, 1));
    CHECK(view.resolved(QDate(2027, 2, 3)).from == QDate(2027, 1, 1));
    CHECK(view.resolved(QDate(2027, 2, 3)).to == QDate(2027, 2, 3));

    view.range = { RelativeRange::Kind::Since, 12, QDate(2022, 11, 30) };
    CHECK(view.resolved(today).from == QDate(2022, 11, 30));
    CHECK(view.resolved(today).to == today);
    CHECK(view.range.describe() == QStringLiteral("since 2022-11-30"));
    // The rest of the view is untouched.
    CHECK(view.resolved(today).companies == googleLayoffs().companies);
    CHECK(view.resolved(today).bucket == BucketSize::Quarter);
}

TEST_CASE("Views are named once, case aside, and renamed only to a free name")
{
    SavedViews views;
    REQUIRE(views.save({ QStringLiteral("Google cuts"), googleLayoffs(), {} }).ok());
    REQUIRE(views.save({ QStringLiteral("All"), ViewState {}, {} }).ok());
    CHECK_FALSE(views.save({ QStringLiteral("  "), ViewState {}, {} }).ok());
    ViewState changed = googleLayoffs();
    changed.cumulative = true;
    REQUIRE(views.save({ QStringLiteral("google CUTS "), changed, {} }).ok());
    REQUIRE(views.views().size() == 2);
    CHECK(views.find(QStringLiteral("Google Cuts"))->view.cumulative);

    const Status taken = views.rename(QStringLiteral("All"), QStringLiteral("GOOGLE cuts"));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().kind == ErrorKind::Conflict);
    CHECK(views.rename(QStringLiteral("All"), QStringLiteral("Everything")).ok());
    CHECK(views.find(QStringLiteral("everything")) != nullptr);
    CHECK(views.rename(QStringLiteral("Nope"), QStringLiteral("x")).error().kind
        == ErrorKind::NotFound);
    CHECK(views.remove(QStringLiteral("EVERYTHING")));
    CHECK_FALSE(views.remove(QStringLiteral("Everything")));
    CHECK(views.views().size() == 1);
}

TEST_CASE("Views go to a JSON file and come back the same — a bad file changes nothing")
{
    QTemporaryDir dir;
    SavedViews views;
    REQUIRE(views.save({ QStringLiteral("Google cuts"), googleLayoffs(), {} }).ok());
    REQUIRE(views
                .save({ QStringLiteral("Since ChatGPT"), ViewState {},
                    { RelativeRange::Kind::Since, 12, QDate(2022, 11, 30) } })
                .ok());
    REQUIRE(views
                .save({ QStringLiteral("Recent"), ViewState {},
                    { RelativeRange::Kind::LastMonths, 6, {} } })
                .ok());
    const QString path = dir.filePath(QStringLiteral("views.json"));
    REQUIRE(views.exportFile(path).ok());

    SavedViews colleague;
    REQUIRE(colleague.save({ QStringLiteral("Recent"), googleLayoffs(), {} }).ok());
    auto count = colleague.importFile(path);
    REQUIRE(count.ok());
    CHECK(*count == 3);
    // Same-named "Recent" replaced by the file's, in its place; the others added after it.
    const auto sameAsExported = [&] {
        if (colleague.views().size() != views.views().size())
            return false;
        return std::all_of(views.views().begin(), views.views().end(), [&](const SavedView &v) {
            const SavedView *got = colleague.find(v.name);
            return got && *got == v;
        });
    };
    CHECK(sameAsExported());
    CHECK(colleague.views().front().name == QStringLiteral("Recent"));

    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"techwinter_views": 1, "views": [
  {"name": "Fine", "view": {}},
  {"name": "Broken", "view": {"bucket": "fortnight"}}
]})");
    bad.close();
    auto refused = colleague.importFile(bad.fileName());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().toString().contains(QStringLiteral("Broken")));
    CHECK(sameAsExported()); // not even "Fine" was added

    QFile notViews(dir.filePath(QStringLiteral("other.json")));
    REQUIRE(notViews.open(QIODevice::WriteOnly));
    notViews.write("{\n  \"views\": [1,\n");
    notViews.close();
    auto broken = colleague.importFile(notViews.fileName());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().line == 3);
}

TEST_CASE("Views are kept in the settings between runs")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        SavedViews views;
        REQUIRE(views
                    .save({ QStringLiteral("구글 감원"), googleLayoffs(),
                        { RelativeRange::Kind::ThisYear, 12, {} } })
                    .ok());
        views.store(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    const SavedViews loaded = SavedViews::load(settings);
    REQUIRE(loaded.views().size() == 1);
    CHECK(loaded.views().front().name == QStringLiteral("구글 감원"));
    CHECK(loaded.views().front().view == googleLayoffs());
    CHECK(loaded.views().front().range.kind == RelativeRange::Kind::ThisYear);
}
