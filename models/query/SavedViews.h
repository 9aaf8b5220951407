#pragma once

#include "Result.h"
#include "ViewState.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <vector>

class QSettings;

namespace techwinter {

/// A date range that stays relative when a view is saved: "last 12 months", "this year", or
/// "since a date" (up to today). Resolved against the day the view is opened.
struct RelativeRange
{
    enum class Kind : std::uint8_t {
        Fixed, ///< the view's own from/to, as saved
        LastMonths, ///< the `months` whole months up to and including the current one
        ThisYear, ///< 1 January of the current year to today
        Since, ///< `since` to today
    };
    Kind kind = Kind::Fixed;
    int months = 12;
    QDate since;

    bool operator==(const RelativeRange &) const = default;

    /// Sets view.from/to for `today`; a Fixed range leaves them alone.
    void applyTo(ViewState &view, QDate today) const;
    /// "last 12 months", "this year", "since 2022-11-30"; empty for Fixed.
    QString describe() const;
    /// null for Fixed; {"last_months": 12}, {"this_year": true} or {"since": "2022-11-30"}.
    QJsonValue toJson() const;
    static Result<RelativeRange> fromJson(const QJsonValue &json);
};

/// A view the user named, to open again or share as a file.
struct SavedView
{
    QString name;
    ViewState view;
    RelativeRange range;

    bool operator==(const SavedView &) const = default;

    /// The view as it reads on `today`: relative ranges resolved.
    ViewState resolved(QDate today) const;
};

/// The user's named views: kept in the settings, exported and imported as JSON files
/// ({"techwinter_views": 1, "views": [{"name": ..., "view": {...}, "range": ...}]}).
class SavedViews
{
public:
    const std::vector<SavedView> &views() const { return m_views; }
    const SavedView *find(const QString &name) const;

    /// Adds `view`, or replaces the view of the same name (names compare case-insensitively).
    /// An empty name is an error.
    Status save(SavedView view);
    /// Renames `from` to `to`; an error when `from` is missing or `to` is taken by another view.
    Status rename(const QString &from, const QString &to);
    bool remove(const QString &name);

    QByteArray toJson(QJsonDocument::JsonFormat format = QJsonDocument::Indented) const;
    /// Reads toJson()'s layout; `file` labels errors.
    static Result<SavedViews> fromJson(const QByteArray &json, const QString &file);
    /// Writes the views to `path` atomically.
    Status exportFile(const QString &path) const;
    /// Adds every view of the file at `path`, replacing same-named ones; all or nothing. Returns
    /// how many views the file held.
    Result<int> importFile(const QString &path);

    static SavedViews load(QSettings &settings);
    void store(QSettings &settings) const;

private:
    std::vector<SavedView> m_views;
};

} // namespace techwinter
