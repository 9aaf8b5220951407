#include "ViewsMenu.h"

#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>

namespace techwinter {

ViewsMenu::ViewsMenu(std::function<ViewState()> current, QWidget *parent)
    : QMenu(tr("Vie&ws"), parent)
    , m_current(std::move(current))
{
    setObjectName(QStringLiteral("viewsMenu"));
    // Rebuilt each time it opens, so views saved from the command line or another window show.
    connect(this, &QMenu::aboutToShow, this, &ViewsMenu::rebuild);
    rebuild();
}

void ViewsMenu::rebuild()
{
    clear();
    QAction *save = addAction(tr("&Save Current View…"), this, &ViewsMenu::saveCurrent);
    save->setObjectName(QStringLiteral("saveViewAction"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QSettings settings;
    const SavedViews views = SavedViews::load(settings);
    if (!views.views().empty())
        addSection(tr("Saved Views"));
    for (const SavedView &v : views.views()) {
        const QString range = v.range.describe();
        QAction *open = addAction(range.isEmpty() ? v.name : tr("%1 (%2)").arg(v.name, range));
        open->setData(v.name);
        connect(open, &QAction::triggered, this, [this, name = v.name] { openView(name); });
    }
    addSeparator();
    QAction *rename = addAction(tr("&Rename a View…"), this, &ViewsMenu::renameOne);
    QAction *remove = addAction(tr("&Delete a View…"), this, &ViewsMenu::deleteOne);
    rename->setEnabled(!views.views().empty());
    remove->setEnabled(!views.views().empty());
    addSeparator();
    addAction(tr("&Export Views…"), this, &ViewsMenu::exportViews)
        ->setEnabled(!views.views().empty());
    addAction(tr("&Import Views…"), this, &ViewsMenu::importViews);
}

void ViewsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("Vie&ws"));
        rebuild();
    }
    QMenu::changeEvent(event);
}

Status ViewsMenu::saveView(const QString &name, const ViewState &view, const RelativeRange &range)
{
    QSettings settings;
    SavedViews views = SavedViews::load(settings);
    if (Status saved = views.save({ name, view, range }); !saved)
        return saved;
    views.store(settings);
    rebuild();
    return Ok {};
}

bool ViewsMenu::openView(const QString &name)
{
    QSettings settings;
    const SavedViews views = SavedViews::load(settings);
    const SavedView *view = views.find(name);
    if (!view)
        return false;
    Q_EMIT viewChosen(view->resolved(QDate::currentDate()));
    return true;
}

void ViewsMenu::saveCurrent()
{
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Save Current View"),
        tr("Name of the view (an existing name is replaced):"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const ViewState view = m_current();
    QStringList choices { tr("The dates as shown"), tr("The last 12 months, whenever opened"),
        tr("This year, whenever opened") };
    if (view.from.isValid())
        choices << tr("Since %1, up to the day it is opened").arg(view.from.toString(Qt::ISODate));
    const QString choice = QInputDialog::getItem(
        parentWidget(), tr("Save Current View"), tr("Dates:"), choices, 0, false, &ok);
    if (!ok)
        return;
    RelativeRange range;
    switch (choices.indexOf(choice)) {
    case 1:
        range = { RelativeRange::Kind::LastMonths, 12, {} };
        break;
    case 2:
        range.kind = RelativeRange::Kind::ThisYear;
        break;
    case 3:
        range = { RelativeRange::Kind::Since, 12, view.from };
        break;
    default:
        break;
    }
    if (const Status saved = saveView(name, view, range); !saved)
        QMessageBox::warning(parentWidget(), tr("Save Current View"), saved.error().toString());
}

QString ViewsMenu::chooseView(const QString &title) const
{
    QSettings settings;
    QStringList names;
    const SavedViews views = SavedViews::load(settings);
    for (const SavedView &v : views.views())
        names << v.name;
    if (names.isEmpty())
        return {};
    bool ok = false;
    const QString name
        = QInputDialog::getItem(parentWidget(), title, tr("View:"), names, 0, false, &ok);
    return ok ? name : QString();
}

void ViewsMenu::renameOne()
{
    const QString from = chooseView(tr("Rename a View"));
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(
        parentWidget(), tr("Rename a View"), tr("New name:"), QLineEdit::Normal, from, &ok);
    if (!ok)
        return;
    QSettings settings;
    SavedViews views = SavedViews::load(settings);
    if (const Status renamed = views.rename(from, to); !renamed) {
        QMessageBox::warning(parentWidget(), tr("Rename a View"), renamed.error().toString());
        return;
    }
    views.store(settings);
    rebuild();
}

void ViewsMenu::deleteOne()
{
    const QString name = chooseView(tr("Delete a View"));
    if (name.isEmpty())
        return;
    QSettings settings;
    SavedViews views = SavedViews::load(settings);
    if (views.remove(name))
        views.store(settings);
    rebuild();
}

void ViewsMenu::exportViews()
{
    const QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Export Views"),
        QStringLiteral("techwinter-views.json"), tr("TechWinter views (*.json)"));
    if (path.isEmpty())
        return;
    QSettings settings;
    if (const Status written = SavedViews::load(settings).exportFile(path); !written)
        QMessageBox::warning(parentWidget(), tr("Export Views"), written.error().toString());
}

void ViewsMenu::importViews()
{
    const QString path = QFileDialog::getOpenFileName(
        parentWidget(), tr("Import Views"), QString(), tr("TechWinter views (*.json)"));
    if (path.isEmpty())
        return;
    QSettings settings;
    SavedViews views = SavedViews::load(settings);
    auto count = views.importFile(path);
    if (!count) {
        QMessageBox::warning(parentWidget(), tr("Import Views"),
            tr("No view was imported: %1").arg(count.error().toString()));
        return;
    }
    views.store(settings);
    rebuild();
}

} // namespace techwinter
