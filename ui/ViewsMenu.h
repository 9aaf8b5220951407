#pragma once

#include "SavedViews.h"

#include <QMenu>

#include <functional>

namespace techwinter {

/// The Views menu: save what the window shows under a name, open, rename and delete saved views,
/// and share them as JSON files. The views live in the user's settings (SavedViews).
class ViewsMenu : public QMenu
{
    Q_OBJECT

public:
    /// `current` reads the window's view when the user saves one.
    ViewsMenu(std::function<ViewState()> current, QWidget *parent);

    /// Saves `view` under `name` with `range` and refreshes the list (also the dialog's end).
    Status saveView(const QString &name, const ViewState &view, const RelativeRange &range);
    /// Opens the saved view `name` (resolved for today); false when there is none.
    bool openView(const QString &name);

Q_SIGNALS:
    /// The user chose a saved view; the window shows it.
    void viewChosen(const ViewState &view);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void saveCurrent();
    void renameOne();
    void deleteOne();
    void exportViews();
    void importViews();
    QString chooseView(const QString &title) const;

    std::function<ViewState()> m_current;
};

} // namespace techwinter
